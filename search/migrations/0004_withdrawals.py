"""Withdrawals: the owner page of every entry (so a page's subtree can be withdrawn in the
transaction that hides it) and the Elasticsearch backlog with its tombstones.

The column is nullable without a default, so SQLite adds it in place (ALTER TABLE ADD
COLUMN) and the full-text triggers of migration 0003 stay.
"""

import django.utils.timezone
from django.db import migrations, models


def fill_owner_pages(apps, schema_editor):
    """Page entries are owned by their page, thread entries by the thread's community."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_types = dict(
        ContentType.objects.filter(
            app_label__in=["wagtailcore", "forums"], model__in=["page", "thread"]
        ).values_list("model", "pk")
    )
    table = "search_searchentry"
    with schema_editor.connection.cursor() as cursor:
        if "page" in content_types:
            cursor.execute(
                f"UPDATE {table} SET owner_page_id = object_id WHERE content_type_id = %s",  # noqa: S608 - fixed SQL
                [content_types["page"]],
            )
        if "thread" in content_types:
            # Raw SQL: the search app's migrations do not depend on the forums app.
            cursor.execute(
                f"UPDATE {table} SET owner_page_id = (SELECT t.community_id FROM forums_thread t "  # noqa: S608 - fixed SQL
                f"WHERE t.id = {table}.object_id) WHERE content_type_id = %s",
                [content_types["thread"]],
            )


class Migration(migrations.Migration):
    dependencies = [("search", "0003_fulltext")]

    operations = [
        migrations.CreateModel(
            name="PendingPush",
            fields=[
                ("entry_id", models.BigIntegerField(primary_key=True, serialize=False)),
                ("withdrawn", models.BooleanField(default=False)),
                (
                    "queued_at",
                    models.DateTimeField(db_index=True, default=django.utils.timezone.now),
                ),
            ],
        ),
        migrations.AddField(
            model_name="searchentry",
            name="owner_page_id",
            field=models.PositiveBigIntegerField(blank=True, db_index=True, null=True),
        ),
        migrations.RunPython(fill_owner_pages, migrations.RunPython.noop),
    ]
