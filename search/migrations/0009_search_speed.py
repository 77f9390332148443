"""Storage and indexes for search at scale (docs/performance.md, "Search").

PostgreSQL: a GIN index of the titles' text (``to_tsvector('english', title)``), from
which a very broad search takes the candidates it ranks (``search/candidates.py``; the
query must use this very expression). Titles are stored in the row, so the index is
small and built without reading the long text.

SQLite: FTS5 filters by column (``title : (...)``) in its own index, so the candidates
need nothing. The covering index of the facet and sort columns (migration 0003) gets the
ranking's columns, ``standing`` and ``names`` (migration 0006): without them, ranking
reads each match's whole row, long text included, to reach them (60 ms for the 213
matches of "text + 3 facets" at 10,000 entries). A later migration that rebuilds the
table must make this index again.
"""

from django.db import migrations

INDEX = "search_searchentry_title_vector"
POSTGRES_FORWARD = (
    f"CREATE INDEX IF NOT EXISTS {INDEX} ON search_searchentry "
    "USING gin (to_tsvector('english'::regconfig, title))"
)
POSTGRES_BACKWARD = f"DROP INDEX IF EXISTS {INDEX}"
COVERING = """
    CREATE INDEX search_entry_facets ON search_searchentry (
      id, kind, resource_type, locale, size_band, stage, status, start_year, end_year,
      topic_slugs, state_codes, published_at, title, rank_boost{extra}
    )
"""
SQLITE_FORWARD = [
    "DROP INDEX IF EXISTS search_entry_facets",
    COVERING.format(extra=", standing, names"),
]
SQLITE_BACKWARD = ["DROP INDEX IF EXISTS search_entry_facets", COVERING.format(extra="")]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_FORWARD)
    elif schema_editor.connection.vendor == "sqlite":
        for statement in SQLITE_FORWARD:
            schema_editor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_BACKWARD)
    elif schema_editor.connection.vendor == "sqlite":
        for statement in SQLITE_BACKWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0008_search_misses")]

    operations = [migrations.RunPython(forward, backward)]
