"""Searches that found nothing (``SearchMiss``), and who may see the search statistics.

Editors and moderators get the report permission and Wagtail's promoted-results
permissions (pin pages for a query). Permissions are created here because Django
creates them only after every migration has run."""

from django.contrib.auth.management import create_permissions
from django.db import migrations, models

GROUPS = ("Editors", "Moderators")
PERMISSIONS = {
    "search": ["view_search_statistics"],
    "wagtailsearchpromotions": [
        "add_searchpromotion",
        "change_searchpromotion",
        "delete_searchpromotion",
    ],
}


def let_editors_see_statistics_and_pin_pages(apps, schema_editor):
    for label in PERMISSIONS:
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    wanted = [
        permission
        for label, codenames in PERMISSIONS.items()
        for permission in Permission.objects.filter(
            content_type__app_label=label, codename__in=codenames
        )
    ]
    for name in GROUPS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*wanted)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0007_synonyms"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchMiss",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("query_string", models.CharField(max_length=255)),
                ("date", models.DateField()),
                ("count", models.PositiveIntegerField(default=0)),
            ],
            options={
                "verbose_name": "search that found nothing",
                "verbose_name_plural": "searches that found nothing",
                "permissions": [("view_search_statistics", "Can view search statistics")],
                "default_permissions": (),
                "indexes": [models.Index(fields=["date"], name="search_sear_date_41a0a8_idx")],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("query_string", "date"), name="one_miss_row_per_day"
                    )
                ],
            },
        ),
        migrations.RunPython(let_editors_see_statistics_and_pin_pages, migrations.RunPython.noop),
    ]
