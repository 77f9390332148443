"""The links move to ``resources.LibraryPageRelation`` (resources 0005 copies them first)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('casestudies', '0003_clause_kind'),
        ('resources', '0006_library_page_relation'),
    ]

    operations = [
        migrations.DeleteModel(
            name='CaseStudyRelatedResource',
        ),
    ]
