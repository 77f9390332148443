"""One relation model for related library pages: the links case studies held to resources
(``casestudies.CaseStudyRelatedResource``) and those resources held to case studies
(``ResourceRelatedCaseStudy``) become ``LibraryPageRelation`` rows, each kept on the page
that held it and in its order. ``casestudies`` 0003 then drops its old model."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


OLD_LINKS = [
    # (app, model, field holding the linked page)
    ("casestudies", "CaseStudyRelatedResource", "resource_id"),
    ("resources", "ResourceRelatedCaseStudy", "case_study_id"),
]


def copy_links(apps, schema_editor):
    Relation = apps.get_model("resources", "LibraryPageRelation")
    for app, name, field in OLD_LINKS:
        rows = apps.get_model(app, name).objects.order_by("pk").values_list(
            "page_id", field, "sort_order"
        )
        Relation.objects.bulk_create(
            Relation(page_id=page_id, related_id=related_id, sort_order=sort_order)
            for page_id, related_id, sort_order in rows
        )


def split_links(apps, schema_editor):
    """Back to one model per side: a link held by a case study goes to the case studies'."""
    Relation = apps.get_model("resources", "LibraryPageRelation")
    case_study_ids = set(
        apps.get_model("casestudies", "CaseStudyPage").objects.values_list("pk", flat=True)
    )
    for app, name, field in OLD_LINKS:
        Old = apps.get_model(app, name)
        holders = Relation.objects.order_by("pk")
        if app == "casestudies":
            holders = holders.filter(page_id__in=case_study_ids)
        else:
            holders = holders.exclude(page_id__in=case_study_ids)
        Old.objects.bulk_create(
            Old(page_id=link.page_id, sort_order=link.sort_order, **{field: link.related_id})
            for link in holders
        )


class Migration(migrations.Migration):

    dependencies = [
        ('resources', '0005_source_snippet_and_citations'),
        ('casestudies', '0003_clause_kind'),
    ]

    operations = [
        migrations.CreateModel(
            name='LibraryPageRelation',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='related_links', to='resources.librarypage')),
                ('related', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='related_from_links', to='resources.librarypage')),
            ],
            options={
                'verbose_name': 'related library page',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.RunPython(copy_links, split_links),
        migrations.DeleteModel(
            name='ResourceRelatedCaseStudy',
        ),
    ]
