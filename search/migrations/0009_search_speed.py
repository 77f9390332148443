"""Storage and indexes for search at scale (docs/performance.md, "Search").

PostgreSQL: a GIN index of the titles' text (``to_tsvector('english', title)``), from
which a very broad search takes the candidates it ranks (``search/candidates.py``; the
query must use this very expression). Titles are stored in the row, so the index is
small and built without reading the long text. SQLite needs nothing: FTS5 filters by
column (``title : (...)``) in its own index.
"""

from django.db import migrations

INDEX = "search_searchentry_title_vector"
POSTGRES_FORWARD = (
    f"CREATE INDEX IF NOT EXISTS {INDEX} ON search_searchentry "
    "USING gin (to_tsvector('english'::regconfig, title))"
)
POSTGRES_BACKWARD = f"DROP INDEX IF EXISTS {INDEX}"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("search", "0008_search_misses")]

    operations = [migrations.RunPython(forward, backward)]
