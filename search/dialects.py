"""What differs between PostgreSQL and SQLite in the search SQL.

Full text: PostgreSQL matches ``search_vector`` (weighted title A, summary B, body C,
document text D; GIN index) and ranks with ``ts_rank``, whose default weights put a title
match above a summary match above body above document text. SQLite matches the FTS5
table ``search_searchentry_fts`` and ranks with BM25, with column weights in the same
order. Both match any word of the query (OR), with English stemming, so the two
databases agree on what matches. Only words reach the SQL (``plain_words``), and always
as parameters.

Lists: ``topic_slugs`` and ``state_codes`` are ``text[]`` with GIN indexes on PostgreSQL
and JSON text on SQLite (``search/fields.py``).

Both the index and the lists are made by migration 0003.
"""

import re

from django.db import connection

PG_CONFIG = "english"  # the configuration the trigger in migration 0003 indexes with
FTS_TABLE = "search_searchentry_fts"
FTS_WEIGHTS = (10.0, 5.0, 2.0, 1.0)  # title, summary, body, document text
MAX_WORDS = 32


def plain_words(text):
    """Only the words: quotes, brackets and operators mean something to FTS5 and tsquery."""
    return re.findall(r"\w+", text)[:MAX_WORDS]


def placeholders(values):
    return ", ".join(["%s"] * len(values))


def fetch_ids(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


class PostgreSQL:
    entries = "search_searchentry s"  # FROM, for statements that filter, count or sort
    trigger_check = (
        "SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'search_searchentry_vector_update'"
    )
    triggers = 1

    def rebuild_fulltext(self):
        """Recompute every entry's vector (the trigger runs on update)."""
        with connection.cursor() as cursor:
            cursor.execute("UPDATE search_searchentry SET title = title")

    def tsquery(self, words):
        sql = " || ".join([f"plainto_tsquery('{PG_CONFIG}', %s)"] * len(words))
        return f"({sql})", list(words)

    def text_condition(self, words, alias="s"):
        """SQL true for the entries ``alias`` whose text has any of ``words``."""
        tsquery, params = self.tsquery(words)
        return f"{alias}.search_vector @@ {tsquery}", params

    def all_words_condition(self, words, alias="s"):
        """SQL true for the entries ``alias`` whose text has every one of ``words``."""
        return f"{alias}.search_vector @@ plainto_tsquery('{PG_CONFIG}', %s)", [" ".join(words)]

    def contains_any(self, column, values):
        """SQL true when the list ``column`` holds any of ``values``."""
        return f"{column} && ARRAY[{placeholders(values)}]::text[]", list(values)

    def elements(self, column):
        """A FROM item giving one row per element of the list ``column``, as ``j.value``."""
        return f"CROSS JOIN LATERAL unnest({column}) AS j(value)"

    def ranked_ids(self, words, where, params, limit, offset):
        """Ids of the entries that match ``words`` and meet ``where`` (SQL on alias ``s``,
        or ""), best first."""
        tsquery, text_params = self.tsquery(words)
        restrict = f"AND {where}" if where else ""
        sql = (
            f"SELECT s.id FROM search_searchentry s WHERE s.search_vector @@ {tsquery} "
            f"{restrict} ORDER BY ts_rank(s.search_vector, {tsquery}) * (1 + s.rank_boost) DESC, "
            "s.id "
            "LIMIT %s OFFSET %s"
        )
        return fetch_ids(sql, [*text_params, *params, *text_params, limit, offset])


class SQLite:
    # The covering index holds every facet and sort column (migration 0003); SQLite would
    # otherwise read the wide rows, long text and all, to reach them.
    entries = "search_searchentry s INDEXED BY search_entry_facets"
    trigger_check = (
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' "
        "AND name LIKE 'search_searchentry_fts_%'"
    )
    triggers = 3

    def rebuild_fulltext(self):
        """Rebuild the FTS5 table from the entries."""
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")

    def match(self, words):
        # Each word quoted: FTS5 then reads it as a plain string, never as syntax.
        return " OR ".join(f'"{word}"' for word in words)

    def text_condition(self, words, alias="s"):
        sql = f"{alias}.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)"
        return sql, [self.match(words)]

    def all_words_condition(self, words, alias="s"):
        # Quoted words side by side: FTS5's implicit AND.
        match = " ".join(f'"{word}"' for word in words)
        sql = f"{alias}.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)"
        return sql, [match]

    def contains_any(self, column, values):
        return (
            f"EXISTS (SELECT 1 FROM json_each({column}) WHERE value IN ({placeholders(values)}))",
            list(values),
        )

    def elements(self, column):
        return f"CROSS JOIN json_each({column}) AS j"

    def ranked_ids(self, words, where, params, limit, offset):
        """As for PostgreSQL. BM25 can only be computed in a query on the FTS table: the
        matches drive (CROSS JOIN keeps them the outer loop; otherwise SQLite may look
        the match up once per entry) and each is joined to its entry for the selections
        and ``rank_boost``. BM25 is negative, better when lower, so the boost multiplies."""
        weights = ", ".join(str(weight) for weight in FTS_WEIGHTS)
        restrict = f"AND {where}" if where else ""
        sql = (
            f"SELECT s.id FROM {FTS_TABLE} CROSS JOIN {self.entries} ON s.id = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH %s {restrict} "
            f"ORDER BY bm25({FTS_TABLE}, {weights}) * (1 + s.rank_boost), s.id "
            "LIMIT %s OFFSET %s"
        )
        return fetch_ids(sql, [self.match(words), *params, limit, offset])


def fulltext_triggers_in_place(sql=None):
    """Whether the triggers that keep the full-text index in step exist (migration 0003)."""
    sql = sql or dialect()
    with connection.cursor() as cursor:
        cursor.execute(sql.trigger_check)
        return cursor.fetchone()[0] == sql.triggers


def dialect():
    """The search SQL for the current database."""
    if connection.vendor == "postgresql":
        return PostgreSQL()
    if connection.vendor == "sqlite":
        return SQLite()
    raise NotImplementedError(f"Search needs PostgreSQL or SQLite, not {connection.vendor}.")
