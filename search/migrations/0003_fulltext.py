"""The database engine's own full-text index and facet columns on ``search_searchentry``.

- ``topic_slugs`` and ``state_codes``: copies of the topic and state relations on the row
  (``text[]`` on PostgreSQL, JSON text on SQLite), so one pass over the entries can
  filter and count them.
- PostgreSQL: a weighted ``search_vector`` column (title A, summary B, body C, document
  text D) filled by a trigger, with GIN indexes on it and on the two lists. The long
  columns are stored out of line, so a scan of the facet columns reads a narrow table.
- SQLite: an FTS5 table over the four text columns whose rowid is the entry's id, kept in
  step by triggers, and a covering index of the facet and sort columns (SQLite otherwise
  reads each wide row, long text included, to reach them).

Neither the vector nor the FTS table is declared on the model: the ORM never reads or
writes them. The queries are in ``search/fulltext.py`` and ``search/facet_sql.py``; why
they are built this way is in docs/performance.md ("Search").

Caution for later migrations on SQLite: Django rebuilds a table to alter it, which drops
its triggers and raw indexes. A migration that alters ``SearchEntry`` must run
``create_sqlite`` again (``tests/search/test_fulltext.py`` fails if they are gone).
"""

from django.db import migrations

import search.fields

PG_CONFIG = "english"

POSTGRES_FORWARD = [
    "ALTER TABLE search_searchentry ADD COLUMN search_vector tsvector",
    f"""
    CREATE FUNCTION search_searchentry_vector() RETURNS trigger AS $$
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
    """
    CREATE TRIGGER search_searchentry_vector_update
    BEFORE INSERT OR UPDATE OF title, summary, body, document_text ON search_searchentry
    FOR EACH ROW EXECUTE FUNCTION search_searchentry_vector()
    """,
    # Long values out of line (uncompressed, so reading one back is cheap), short ones
    # always in the row: the table scanned for facets stays narrow.
    "ALTER TABLE search_searchentry SET (toast_tuple_target = 256)",
    """
    ALTER TABLE search_searchentry
      ALTER COLUMN summary SET STORAGE EXTERNAL,
      ALTER COLUMN body SET STORAGE EXTERNAL,
      ALTER COLUMN document_text SET STORAGE EXTERNAL,
      ALTER COLUMN search_vector SET STORAGE EXTERNAL,
      ALTER COLUMN documents SET STORAGE MAIN,
      ALTER COLUMN title SET STORAGE PLAIN,
      ALTER COLUMN url SET STORAGE PLAIN,
      ALTER COLUMN topic_slugs SET STORAGE PLAIN,
      ALTER COLUMN state_codes SET STORAGE PLAIN
    """,
    # No statistics on the vector: the planner then assumes a text match is selective
    # and always reads matches from the GIN index. With statistics it scans the table for
    # common words and unpacks every entry's vector to test it, ten times slower.
    "ALTER TABLE search_searchentry ALTER COLUMN search_vector SET STATISTICS 0",
    "UPDATE search_searchentry SET title = title",
    "CREATE INDEX search_searchentry_vector_gin ON search_searchentry USING gin (search_vector)",
    "CREATE INDEX search_searchentry_topics_gin ON search_searchentry USING gin (topic_slugs)",
    "CREATE INDEX search_searchentry_states_gin ON search_searchentry USING gin (state_codes)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_searchentry_topics_gin",
    "DROP INDEX IF EXISTS search_searchentry_states_gin",
    "DROP TRIGGER IF EXISTS search_searchentry_vector_update ON search_searchentry",
    "DROP FUNCTION IF EXISTS search_searchentry_vector()",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS search_vector",
    "ALTER TABLE search_searchentry RESET (toast_tuple_target)",
]

FTS_COLUMNS = "title, summary, body, document_text"
SQLITE_FORWARD = [
    # External content: the text stays in search_searchentry only. Porter stemming, as
    # PostgreSQL's english configuration stems ("evaluations" finds "evaluation").
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
      VALUES (new.id, new.title, new.summary, new.body, new.document_text);
    END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS search_searchentry_fts_delete
    AFTER DELETE ON search_searchentry BEGIN
      INSERT INTO search_searchentry_fts(search_searchentry_fts, rowid, {FTS_COLUMNS})
      VALUES ('delete', old.id, old.title, old.summary, old.body, old.document_text);
    END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS search_searchentry_fts_update
    AFTER UPDATE OF title, summary, body, document_text ON search_searchentry BEGIN
      INSERT INTO search_searchentry_fts(search_searchentry_fts, rowid, {FTS_COLUMNS})
      VALUES ('delete', old.id, old.title, old.summary, old.body, old.document_text);
      INSERT INTO search_searchentry_fts(rowid, {FTS_COLUMNS})
      VALUES (new.id, new.title, new.summary, new.body, new.document_text);
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
SQLITE_BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_facets",
    "DROP TRIGGER IF EXISTS search_searchentry_fts_insert",
    "DROP TRIGGER IF EXISTS search_searchentry_fts_delete",
    "DROP TRIGGER IF EXISTS search_searchentry_fts_update",
    "DROP TABLE IF EXISTS search_searchentry_fts",
]


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement, params=None)

    return operation


create = run({"postgresql": POSTGRES_FORWARD, "sqlite": SQLITE_FORWARD})
drop = run({"postgresql": POSTGRES_BACKWARD, "sqlite": SQLITE_BACKWARD})
create_sqlite = run({"sqlite": SQLITE_FORWARD})


def copy_topics_and_states(apps, schema_editor):
    SearchEntry = apps.get_model("search", "SearchEntry")
    for entry in SearchEntry.objects.prefetch_related("topics", "states").iterator(2000):
        SearchEntry.objects.filter(pk=entry.pk).update(
            topic_slugs=sorted(topic.slug for topic in entry.topics.all()),
            state_codes=sorted(state.code for state in entry.states.all()),
        )


class Migration(migrations.Migration):
    dependencies = [("search", "0002_trigram"), ("resources", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="topic_slugs",
            field=search.fields.StringListField(),
        ),
        migrations.AddField(
            model_name="searchentry",
            name="state_codes",
            field=search.fields.StringListField(),
        ),
        migrations.RunPython(copy_topics_and_states, migrations.RunPython.noop),
        migrations.RunPython(create, drop),
    ]
