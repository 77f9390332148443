"""Bounded candidate sets for ranking very broad searches (the database engine).

Ranking reads every match's text vector (PostgreSQL) or its BM25 statistics (SQLite):
86,000 matches of common words take a second at 100,000 entries. When a search has
more matches than ``rank_candidates()``, the page of hits is ranked among at most twice
that many: the entries whose *title* has one of the words (the strongest signal, from a
small index of titles), then, to fill, the first matches of the text in the table's
order. Only these are read and ranked; every selection still applies. Smaller searches
(every search of the demo library, and every page past the candidates) rank all their
matches, so the set changes nothing there. See "Search" in docs/performance.md.
"""

from django.conf import settings

from .dialects import FTS_TABLE, PG_CONFIG

RANK_CANDIDATES = 1_000


def rank_candidates():
    """How many title matches, and as many other matches, a broad search ranks."""
    return getattr(settings, "SEARCH_RANK_CANDIDATES", RANK_CANDIDATES)


def postgres_title_match(words):
    """On the expression index of migration 0009 (the same expression, or it is unused)."""
    tsquery = " || ".join([f"plainto_tsquery('{PG_CONFIG}', %s)"] * len(words))
    return f"to_tsvector('{PG_CONFIG}'::regconfig, s.title) @@ ({tsquery})", list(words)


def sqlite_title_match(words):
    """FTS5's column filter: the title column of the full-text table."""
    match = " OR ".join(f'"{word}"' for word in words)
    return f"s.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)", [
        f"title : ({match})"
    ]


def candidate_condition(dialect, vendor, words, text, where, params, limit):
    """(SQL on alias ``s``, params): the entry is among the candidates.

    ``text`` is (SQL, params), the dialect's text match; ``where``/``params`` the
    selections (SQL on alias ``s``, or "")."""
    title = postgres_title_match(words) if vendor == "postgresql" else sqlite_title_match(words)
    restrict = f" AND {where}" if where else ""
    parts, all_params = [], []
    for condition, condition_params in (title, text):
        parts.append(f"SELECT s.id FROM {dialect.entries} WHERE {condition}{restrict} LIMIT %s")
        all_params += [*condition_params, *params, limit]
    union = " UNION ".join(f"SELECT id FROM ({part}) AS p{i}" for i, part in enumerate(parts))
    if vendor == "postgresql":
        # = ANY(ARRAY(...)): the candidates are computed once, then looked up by id. As an
        # IN (...) join, PostgreSQL (which has no statistics on the vector) compares every
        # match with every candidate: 550 ms instead of 32 at 10,000 entries.
        return f"s.id = ANY(ARRAY({union}))", all_params
    return f"s.id IN ({union})", all_params
