"""What differs between PostgreSQL and SQLite in the search SQL.

Full text: PostgreSQL matches ``search_vector`` (weighted title and names A, summary B,
body C, document text D; GIN index); SQLite matches the FTS5 table
``search_searchentry_fts`` (the same five columns). Both match the searched words of a
``TextMatch`` (``search.engines.base``): every word of one of its variants, or, in the
fallback, any word; stop words are removed before (``search.terms``), English stemming
on both. Only words reach the SQL, and always as parameters.

Ranking (docs/search.md, "Relevance") is one ORDER BY in both, built by
``relevance_order`` from each dialect's pieces: the exact-name tier, the words matched
(fallback only: those in the title or names count twice), the words in the title or
names for longer queries (each counted for the phrasing that covers most, so an acronym's
expansion counts as the one word typed), the entry's standing (library pages
before discussions), then the text score (``ts_rank`` on PostgreSQL, lifted by ``ts_rank_cd``'s
cover density for words close together; BM25 on SQLite, with a NEAR bonus) doubled by a
phrase match,
then accepted answers (``rank_boost``) as a tie-breaker.

Lists: ``topic_slugs`` and ``state_codes`` are ``text[]`` with GIN indexes on PostgreSQL
and JSON text on SQLite (``search/fields.py``).

The index and the lists are made by migration 0003; the names column by 0006.
"""

import math
from dataclasses import replace

from django.db import connection

from . import terms

PG_CONFIG = "english"  # the configuration the trigger (migrations 0003, 0006) indexes with
FTS_TABLE = "search_searchentry_fts"
FTS_WEIGHTS = (10.0, 10.0, 5.0, 2.0, 1.0)  # title, names, summary, body, document text
# ts_rank's weights, in PostgreSQL's order {D, C, B, A}: about the ratios of FTS_WEIGHTS.
PG_WEIGHTS = "{0.1, 0.2, 0.5, 1.0}"
PHRASE_BONUS = 1.0  # the score is multiplied by 1 + this when a phrasing appears as typed
TITLE_PHRASE_BONUS = 2.0  # and by 1 + this more when it appears so in the title or names
NEAR_BONUS = 0.5  # words close together: SQLite NEAR_DISTANCE, PostgreSQL ts_rank_cd
NEAR_DISTANCE = 10
MAX_WORDS = 32
TITLE_TIER_WORDS = 3  # queries of this many words or more have a title tier...
TITLE_TIER_SHARE = 0.75  # ...for titles that hold this share of their words


def plain_words(text):
    """Only the words: quotes, brackets and operators mean something to FTS5 and tsquery."""
    return terms.words(text)[:MAX_WORDS]


def placeholders(values):
    return ", ".join(["%s"] * len(values))


def fetch_ids(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def flag(condition):
    return f"(CASE WHEN {condition} THEN 1 ELSE 0 END)"


def relevance_order(sql, match):
    """(ORDER BY terms, params) for ranking the entries ``s`` that match ``match``."""
    parts = []
    names = f"({sql.newline} || s.names || {sql.newline})"
    exact = " OR ".join([sql.contains(names)] * len(match.keys))
    parts.append((f"{flag(exact)} DESC", [f"\n{key}\n" for key in match.keys]))
    if match.any_word:
        # Few pages have every word: those first, then the words in the title or names
        # (counting twice) and anywhere.
        every, params = sql.match_condition(replace(match, any_word=False))
        parts.append((f"{flag(every)} DESC", params))
        in_title, params = coverage(sql, match, sql.in_title)
        covered, more = coverage(sql, match, sql.has_word)
        parts.append((f"(2 * {in_title} + {covered}) DESC", [*params, *more]))
    typed = len(match.variants[0])
    if typed >= TITLE_TIER_WORDS:
        # A title (or name) that holds most of a longer query: the question as asked.
        need = max(TITLE_TIER_WORDS, math.ceil(TITLE_TIER_SHARE * typed))
        in_title, params = coverage(sql, match, sql.in_title)
        # The coverage is a float (a share times the words typed): compare with slack.
        parts.append((f"{flag(f'{in_title} >= {need - 0.001}')} DESC", params))
    parts.append(("s.standing", []))
    score, params = sql.score(match)
    parts.append((score, params))
    parts.append(("s.rank_boost DESC, s.id", []))
    return ", ".join(part for part, _ in parts), [p for _, params in parts for p in params]


def coverage(sql, match, condition):
    """(SQL, params): the share of a phrasing's words that meet ``condition``, for the
    phrasing that does best, in typed words (an acronym's expansion counts as the one
    word typed, not as its three)."""
    typed = len(match.variants[0])
    pieces, params = [], []
    for variant in match.variants:
        count, more = sql.each_word(variant, condition)
        pieces.append(f"(({count}) * {typed / len(variant)})")
        params += more
    return sql.greatest(pieces), params


class PostgreSQL:
    entries = "search_searchentry s"  # FROM, for statements that filter, count or sort
    trigger_check = (
        "SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'search_searchentry_vector_update'"
    )
    triggers = 1
    newline = "chr(10)"

    def rebuild_fulltext(self):
        """Recompute every entry's vector (the trigger runs on update)."""
        with connection.cursor() as cursor:
            cursor.execute("UPDATE search_searchentry SET title = title")

    def any_tsquery(self, words):
        sql = " || ".join([f"plainto_tsquery('{PG_CONFIG}', %s)"] * len(words))
        return f"({sql})", list(words)

    def match_tsquery(self, match):
        """Every word of a variant (or, ``any_word``, any word): one tsquery."""
        if match.any_word:
            return self.any_tsquery(match.words)
        sql = " || ".join([f"plainto_tsquery('{PG_CONFIG}', %s)"] * len(match.variants))
        return f"({sql})", [" ".join(variant) for variant in match.variants]

    def text_condition(self, words, alias="s"):
        """SQL true for the entries ``alias`` whose text has any of ``words``."""
        tsquery, params = self.any_tsquery(words)
        return f"{alias}.search_vector @@ {tsquery}", params

    def all_words_condition(self, words, alias="s"):
        """SQL true for the entries ``alias`` whose text has every one of ``words``."""
        return f"{alias}.search_vector @@ plainto_tsquery('{PG_CONFIG}', %s)", [" ".join(words)]

    def match_condition(self, match, alias="s"):
        """SQL true for the entries ``alias`` that ``match`` finds."""
        tsquery, params = self.match_tsquery(match)
        return f"{alias}.search_vector @@ {tsquery}", params

    def contains(self, haystack):
        return f"strpos({haystack}, %s) > 0"

    def greatest(self, values):
        return f"GREATEST({', '.join(values)})" if len(values) > 1 else values[0]

    def each_word(self, words, condition):
        """(SQL, params): how many of ``words`` meet ``condition(word)``."""
        pieces = [condition(word) for word in words]
        return " + ".join(flag(sql) for sql, _ in pieces) or "0", [
            p for _, ps in pieces for p in ps
        ]

    def has_word(self, word):
        return f"s.search_vector @@ plainto_tsquery('{PG_CONFIG}', %s)", [word]

    def in_title(self, word):
        # Weight A is the title and the names; a word is letters and digits only, so it
        # cannot be tsquery syntax.
        return f"s.search_vector @@ to_tsquery('{PG_CONFIG}', %s)", [f"{word}:A"]

    def score(self, match):
        tsquery, params = self.match_tsquery(match)
        # ts_rank weighs the words by field; ts_rank_cd (cover density, in [0, 1) with
        # normalisation 32) lifts entries whose words stand close together.
        score = (
            f"ts_rank('{PG_WEIGHTS}', s.search_vector, {tsquery}) "
            f"* (1 + {NEAR_BONUS} * ts_rank_cd('{PG_WEIGHTS}', s.search_vector, {tsquery}, 32))"
        )
        params = [*params, *params]
        phrases = [phrase for phrase in match.phrases if len(phrase) > 1]
        if not phrases:
            return f"{score} DESC", params
        phrase = " || ".join([f"phraseto_tsquery('{PG_CONFIG}', %s)"] * len(phrases))
        bonus = flag(f"s.search_vector @@ ({phrase})")
        # The same phrase at weight A (title, names); words are letters and digits only.
        in_title = " || ".join([f"to_tsquery('{PG_CONFIG}', %s)"] * len(phrases))
        title_bonus = flag(f"s.search_vector @@ ({in_title})")
        return (
            f"{score} * (1 + {PHRASE_BONUS} * {bonus} + {TITLE_PHRASE_BONUS} * {title_bonus}) DESC",
            [
                *params,
                *(" ".join(phrase) for phrase in phrases),
                *(" <-> ".join(f"{word}:A" for word in phrase) for phrase in phrases),
            ],
        )

    def contains_any(self, column, values):
        """SQL true when the list ``column`` holds any of ``values``."""
        return f"{column} && ARRAY[{placeholders(values)}]::text[]", list(values)

    def elements(self, column):
        """A FROM item giving one row per element of the list ``column``, as ``j.value``."""
        return f"CROSS JOIN LATERAL unnest({column}) AS j(value)"

    def ranked_ids(self, match, where, params, limit, offset):
        """Ids of the entries that ``match`` finds and meet ``where`` (SQL on alias ``s``,
        or ""), best first."""
        condition, text_params = self.match_condition(match)
        order, order_params = relevance_order(self, match)
        restrict = f"AND {where}" if where else ""
        sql = (
            f"SELECT s.id FROM search_searchentry s WHERE {condition} {restrict} "
            f"ORDER BY {order} LIMIT %s OFFSET %s"
        )
        return fetch_ids(sql, [*text_params, *params, *order_params, limit, offset])


def quoted(word):
    # Each word quoted: FTS5 then reads it as a plain string, never as syntax.
    return f'"{word}"'


class SQLite:
    # The covering index holds every facet and sort column (migration 0003); SQLite would
    # otherwise read the wide rows, long text and all, to reach them.
    entries = "search_searchentry s INDEXED BY search_entry_facets"
    trigger_check = (
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' "
        "AND name LIKE 'search_searchentry_fts_%'"
    )
    triggers = 3
    newline = "char(10)"

    def rebuild_fulltext(self):
        """Rebuild the FTS5 table from the entries."""
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")

    def match(self, words):
        return " OR ".join(quoted(word) for word in words)

    def match_expression(self, match):
        if match.any_word:
            return self.match(match.words)
        # Quoted words side by side: FTS5's implicit AND.
        return " OR ".join(
            "(" + " ".join(quoted(word) for word in variant) + ")" for variant in match.variants
        )

    def fts_ids(self, alias="s"):
        return f"{alias}.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)"

    def text_condition(self, words, alias="s"):
        return self.fts_ids(alias), [self.match(words)]

    def all_words_condition(self, words, alias="s"):
        return self.fts_ids(alias), [" ".join(quoted(word) for word in words)]

    def match_condition(self, match, alias="s"):
        return self.fts_ids(alias), [self.match_expression(match)]

    def contains(self, haystack):
        return f"instr({haystack}, %s) > 0"

    def greatest(self, values):
        # max() of one argument is SQLite's aggregate, of several its scalar.
        return f"max({', '.join(values)})" if len(values) > 1 else values[0]

    def each_word(self, words, condition):
        # A boolean is 0 or 1 in SQLite; each IN (subquery) is computed once.
        pieces = [condition(word) for word in words]
        return " + ".join(f"({sql})" for sql, _ in pieces) or "0", [
            p for _, ps in pieces for p in ps
        ]

    def has_word(self, word):
        return self.fts_ids(), [quoted(word)]

    def in_title(self, word):
        return self.fts_ids(), [f"{{title names}} : {quoted(word)}"]

    def score(self, match):
        """BM25 (negative, better when lower) times the phrase and NEAR bonuses."""
        weights = ", ".join(str(weight) for weight in FTS_WEIGHTS)
        score = f"bm25({FTS_TABLE}, {weights})"
        bonuses, params = [], []
        phrases = [phrase for phrase in match.phrases if len(phrase) > 1]
        if phrases:
            bonuses.append(f"{PHRASE_BONUS} * ({self.fts_ids()})")
            params.append(" OR ".join('"' + " ".join(phrase) + '"' for phrase in phrases))
            bonuses.append(f"{TITLE_PHRASE_BONUS} * ({self.fts_ids()})")
            params.append(
                " OR ".join('{title names} : "' + " ".join(phrase) + '"' for phrase in phrases)
            )
        near = [variant for variant in match.variants if len(variant) > 1]
        if near and not match.any_word:
            bonuses.append(f"{NEAR_BONUS} * ({self.fts_ids()})")
            params.append(
                " OR ".join(
                    "NEAR(" + " ".join(quoted(word) for word in variant) + f", {NEAR_DISTANCE})"
                    for variant in near
                )
            )
        if bonuses:
            score = f"{score} * (1 + {' + '.join(bonuses)})"
        return score, params

    def contains_any(self, column, values):
        return (
            f"EXISTS (SELECT 1 FROM json_each({column}) WHERE value IN ({placeholders(values)}))",
            list(values),
        )

    def elements(self, column):
        return f"CROSS JOIN json_each({column}) AS j"

    def ranked_ids(self, match, where, params, limit, offset):
        """As for PostgreSQL. BM25 can only be computed in a query on the FTS table: the
        matches drive (CROSS JOIN keeps them the outer loop; otherwise SQLite may look
        the match up once per entry) and each is joined to its entry for the selections
        and the ranking columns."""
        order, order_params = relevance_order(self, match)
        restrict = f"AND {where}" if where else ""
        sql = (
            f"SELECT s.id FROM {FTS_TABLE} CROSS JOIN {self.entries} ON s.id = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH %s {restrict} "
            f"ORDER BY {order} LIMIT %s OFFSET %s"
        )
        return fetch_ids(sql, [self.match_expression(match), *params, *order_params, limit, offset])


def fulltext_triggers_in_place(sql=None):
    """Whether the triggers that keep the full-text index in step exist (migrations 0003
    and 0006)."""
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
