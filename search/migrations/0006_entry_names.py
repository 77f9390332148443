"""The names an entry is known by, and its standing (docs/search.md, "Relevance").

- ``names``: program, organization and topic names (their name keys, one a line),
  searched with the title's weight: weight A in PostgreSQL's vector, a column of its own
  in SQLite's FTS5 table.
- ``standing``: library pages 0, discussions 2, the rest 1 (the order for the same match).

PostgreSQL: the trigger function of migration 0003 is replaced by one that adds the
names at weight A, and the vectors are recomputed.

SQLite: Django rebuilds the table to add a column, which drops its triggers and the
covering index of migration 0003, and the FTS5 table needs the new column: the old FTS5
table and triggers are dropped first, then ``create_sqlite`` below makes them again with
the names and rebuilds the index. A later migration that alters ``SearchEntry`` must call
this ``create_sqlite`` again (``tests/search/test_fulltext.py`` fails if the triggers
are missing).

Entries get their names from their sources: run ``manage.py search_index rebuild``
after migrating a site that already has entries.
"""

from importlib import import_module

from django.db import migrations, models

PG_CONFIG = "english"

POSTGRES_FORWARD = [
    f"""
    CREATE OR REPLACE FUNCTION search_searchentry_vector() RETURNS trigger AS $$
    BEGIN
      NEW.search_vector :=
        setweight(to_tsvector('{PG_CONFIG}', coalesce(NEW.title, '')), 'A') ||
        setweight(to_tsvector('{PG_CONFIG}', coalesce(NEW.names, '')), 'A') ||
        setweight(to_tsvector('{PG_CONFIG}', coalesce(NEW.summary, '')), 'B') ||
        setweight(to_tsvector('{PG_CONFIG}', coalesce(NEW.body, '')), 'C') ||
        setweight(to_tsvector('{PG_CONFIG}', coalesce(NEW.document_text, '')), 'D');
      RETURN NEW;
    END
    $$ LANGUAGE plpgsql
    """,
    "DROP TRIGGER IF EXISTS search_searchentry_vector_update ON search_searchentry",
    """
    CREATE TRIGGER search_searchentry_vector_update
    BEFORE INSERT OR UPDATE OF title, names, summary, body, document_text ON search_searchentry
    FOR EACH ROW EXECUTE FUNCTION search_searchentry_vector()
    """,
    "ALTER TABLE search_searchentry ALTER COLUMN names SET STORAGE EXTERNAL",
    "UPDATE search_searchentry SET title = title",
]
POSTGRES_BACKWARD = [
    f"""
    CREATE OR REPLACE FUNCTION search_searchentry_vector() RETURNS trigger AS $$
    BEGIN
      NEW.search_vector :=
        setweight(to_tsvector('{PG_CONFIG}', coalesce(NEW.title, '')), 'A') ||
        setweight(to_tsvector('{PG_CONFIG}', coalesce(NEW.summary, '')), 'B') ||
        setweight(to_tsvector('{PG_CONFIG}', coalesce(NEW.body, '')), 'C') ||
        setweight(to_tsvector('{PG_CONFIG}', coalesce(NEW.document_text, '')), 'D');
      RETURN NEW;
    END
    $$ LANGUAGE plpgsql
    """,
    "DROP TRIGGER IF EXISTS search_searchentry_vector_update ON search_searchentry",
    """
    CREATE TRIGGER search_searchentry_vector_update
    BEFORE INSERT OR UPDATE OF title, summary, body, document_text ON search_searchentry
    FOR EACH ROW EXECUTE FUNCTION search_searchentry_vector()
    """,
]

SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_searchentry_fts_insert",
    "DROP TRIGGER IF EXISTS search_searchentry_fts_delete",
    "DROP TRIGGER IF EXISTS search_searchentry_fts_update",
    "DROP TABLE IF EXISTS search_searchentry_fts",
]
FTS_COLUMNS = "title, names, summary, body, document_text"
SQLITE_FORWARD = [
    # External content, porter stemming: as migration 0003, with the names.
    f"""
    CREATE VIRTUAL TABLE IF NOT EXISTS search_searchentry_fts USING fts5(
      {FTS_COLUMNS},
      content='search_searchentry', content_rowid='id',
      tokenize='porter unicode61 remove_diacritics 2'
    )
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS search_searchentry_fts_insert
    AFTER INSERT ON search_searchentry BEGIN
      INSERT INTO search_searchentry_fts(rowid, {FTS_COLUMNS})
      VALUES (new.id, new.title, new.names, new.summary, new.body, new.document_text);
    END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS search_searchentry_fts_delete
    AFTER DELETE ON search_searchentry BEGIN
      INSERT INTO search_searchentry_fts(search_searchentry_fts, rowid, {FTS_COLUMNS})
      VALUES ('delete', old.id, old.title, old.names, old.summary, old.body, old.document_text);
    END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS search_searchentry_fts_update
    AFTER UPDATE OF title, names, summary, body, document_text ON search_searchentry BEGIN
      INSERT INTO search_searchentry_fts(search_searchentry_fts, rowid, {FTS_COLUMNS})
      VALUES ('delete', old.id, old.title, old.names, old.summary, old.body, old.document_text);
      INSERT INTO search_searchentry_fts(rowid, {FTS_COLUMNS})
      VALUES (new.id, new.title, new.names, new.summary, new.body, new.document_text);
    END
    """,
    "INSERT INTO search_searchentry_fts(search_searchentry_fts) VALUES ('rebuild')",
    """
    CREATE INDEX IF NOT EXISTS search_entry_facets ON search_searchentry (
      id, kind, resource_type, locale, size_band, stage, status, start_year, end_year,
      topic_slugs, state_codes, published_at, title, rank_boost
    )
    """,
]
# Which kinds are library pages and discussions, for entries written before this.
STANDING = [
    "UPDATE search_searchentry SET standing = 0 WHERE kind IN ('case_study', 'resource')",
    "UPDATE search_searchentry SET standing = 2 WHERE kind = 'discussion'",
]


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement, params=None)

    return operation


def create_sqlite_0003(apps, schema_editor):
    """Backwards: the FTS5 table and triggers of migration 0003."""
    import_module("search.migrations.0003_fulltext").create_sqlite(apps, schema_editor)


drop_sqlite = run({"sqlite": SQLITE_DROP})
create_sqlite = run({"sqlite": SQLITE_FORWARD})
create = run({"postgresql": POSTGRES_FORWARD + STANDING, "sqlite": SQLITE_FORWARD + STANDING})
drop = run({"postgresql": POSTGRES_BACKWARD, "sqlite": SQLITE_DROP})


class Migration(migrations.Migration):
    dependencies = [("search", "0005_facet_choices_registered")]

    operations = [
        migrations.RunPython(drop_sqlite, create_sqlite_0003),
        migrations.AddField(
            model_name="searchentry",
            name="names",
            field=models.TextField(
                blank=True,
                default="",
                help_text="What the item is known by (program, organizations, topics): their "
                "name keys, one a line. Searched with the title's weight; an exact match puts "
                "it first.",
            ),
        ),
        migrations.AddField(
            model_name="searchentry",
            name="standing",
            field=models.SmallIntegerField(
                default=1, help_text="Library pages 0, discussions 2: the order for the same match."
            ),
        ),
        migrations.AlterField(
            model_name="searchentry",
            name="rank_boost",
            field=models.SmallIntegerField(
                default=0,
                help_text="Breaks ties after relevance, e.g. for discussions with an accepted "
                "answer.",
            ),
        ),
        migrations.RunPython(create, drop),
    ]
