"""SQL for the selections of a search, and the one statement that counts every facet.

Counts are disjunctive: each facet is counted with every other selection applied but not
its own; values OR within a facet and AND across facets. An entry that fails two
selections counts nowhere, so the statement reads, once, the entries that match the
text and fail at most one selection, into a common table ``c`` with a column ``failed``
naming the selection each fails ("" for none). It then splits ``c`` by that column, and
each facet is a ``GROUP BY`` over the entries that pass (``ok``) plus those that fail
only that facet. The branches are joined with ``UNION ALL``.

SQL is written by hand (Django has no common table expressions). Table, column and facet
names are fixed here; every value is a parameter. Conditions are on alias ``s``
(``search_searchentry``).
"""

from .dialects import placeholders
from .facets import FACETS

YEAR_KEYS = ("min_start", "min_end", "max_start", "max_end")
LIST_COLUMNS = {"topics": "topic_slugs", "states": "state_codes"}  # by facet field
COLUMNS = (
    "id",
    "kind",
    "resource_type",
    "locale",
    "size_band",
    "stage",
    "status",
    "start_year",
    "end_year",
    "topic_slugs",
    "state_codes",
)


def selection_conditions(query, dialect):
    """{facet name or "year": (SQL on alias ``s``, params)}, one per selection."""
    conditions = {}
    for facet in FACETS:
        values = list(query.selected.get(facet.name, ()))
        if not values:
            continue
        if facet.many:
            conditions[facet.name] = dialect.contains_any(f"s.{LIST_COLUMNS[facet.field]}", values)
        else:
            conditions[facet.name] = (f"s.{facet.field} IN ({placeholders(values)})", values)
    if query.year_from or query.year_to:
        conditions["year"] = year_condition(query)
    return conditions


def year_condition(query):
    """Years that overlap the range; an open end counts as still running (``year_q``)."""
    parts = ["(s.start_year IS NOT NULL OR s.end_year IS NOT NULL)"]
    params = []
    if query.year_to:
        parts.append("(s.start_year <= %s OR (s.start_year IS NULL AND s.end_year <= %s))")
        params += [query.year_to, query.year_to]
    if query.year_from:
        parts.append("(s.end_year >= %s OR (s.end_year IS NULL AND s.start_year IS NOT NULL))")
        params += [query.year_from]
    # COALESCE: a comparison with a missing year is NULL, which must count as "no".
    return "COALESCE(" + " AND ".join(parts) + ", FALSE)", params


def all_of(conditions):
    """(SQL, params) true when every condition holds; ("", []) for none."""
    sql = " AND ".join(f"({condition})" for condition, _ in conditions)
    return sql, [param for _, params in conditions for param in params]


def at_most_one_failing(conditions):
    """(SQL, params) true when all but at most one of ``conditions`` hold.

    Written as an OR of ANDs (each leaving one condition out) rather than a sum of
    flags, so PostgreSQL can combine the indexes of the conditions."""
    items = list(conditions.values())
    if len(items) < 2:
        return "", []
    terms = [all_of(items[:i] + items[i + 1 :]) for i in range(len(items))]
    return (
        "(" + " OR ".join(f"({sql})" for sql, _ in terms) + ")",
        [param for _, params in terms for param in params],
    )


def count_statement(text, conditions, dialect, limit):
    """The statement that returns (facet, value, count) rows for every facet, plus
    ("total", NULL, n), ("sampled", NULL, n), ("sampled_hits", NULL, n), ("matched",
    NULL, n or NULL) and
    ("year", "min_start" ... "max_end", year) rows.

    ``text`` is (SQL, params) for the full-text match on alias ``s``, or None.

    Very broad searches (``limit``, see ``search.results.exact_total_limit``): the
    entries to count are read only up to ``limit`` + 1 ("sampled"). When there are
    more, the facets are counted over that sample, "matched" is the number of entries
    the sample was taken from (an index count, no row read on PostgreSQL), and the
    counts are scaled by the engine and shown as estimates. "total" is exact up to
    ``limit`` + 1 whatever the sample.
    """
    names = list(conditions)
    failed = "''"
    params = []
    if names:
        whens = " ".join(f"WHEN NOT ({conditions[name][0]}) THEN '{name}'" for name in names)
        failed = f"CASE {whens} ELSE '' END"
        params += [param for name in names for param in conditions[name][1]]
    columns = ", ".join(f"s.{column}" for column in COLUMNS)
    where_parts = []
    if text:
        where_parts.append(text)
    narrow = at_most_one_failing(conditions)
    if narrow[0]:
        where_parts.append(narrow)
    where_sql, where_params = all_of(where_parts)
    where = f" WHERE {where_sql}" if where_sql else ""
    candidates = f"SELECT {columns}, {failed} AS failed FROM {dialect.entries}{where} LIMIT %s"
    params += [*where_params, limit + 1]

    tables = [f"c AS ({candidates})", "ok AS (SELECT * FROM c WHERE failed = '')"]
    tables += [f"not_{name} AS (SELECT * FROM c WHERE failed = '{name}')" for name in names]

    def rows(name=None):
        """The entries that count for facet ``name``: all that pass, plus those that fail
        only ``name``'s selection."""
        if name in names:
            return f"(SELECT * FROM ok UNION ALL SELECT * FROM not_{name})"
        return "ok"

    # The total from the sample when it is whole; otherwise counted again, every
    # selection applied, up to limit + 1 (a subquery in a CASE runs only when needed).
    # "matched", the size of the whole counted set, only when the total is past the
    # limit too; below it, the engine scales by the total instead.
    hits_sql, hits_params = all_of([*([text] if text else []), *conditions.values()])
    hits_where = f" WHERE {hits_sql}" if hits_sql else ""
    tables += [
        "n AS (SELECT COUNT(*) AS sampled FROM c)",
        "t AS (SELECT CASE WHEN (SELECT sampled FROM n) <= %s THEN (SELECT COUNT(*) FROM ok) "
        f"ELSE (SELECT COUNT(*) FROM (SELECT 1 FROM {dialect.entries}{hits_where} LIMIT %s) "
        "AS h) END AS total)",
    ]
    params += [limit, *hits_params, limit + 1]
    branches = [
        "SELECT 'total', NULL, total FROM t",
        "SELECT 'sampled', NULL, sampled FROM n",
        "SELECT 'sampled_hits', NULL, COUNT(*) FROM ok",
        "SELECT 'matched', NULL, CASE WHEN (SELECT total FROM t) > %s THEN (SELECT COUNT(*) "
        f"FROM {dialect.entries}{where}) END",
    ]
    params_after = [limit, *where_params]
    for facet in FACETS:
        if facet.many:
            # Count each distinct list once, then spread the counts over its elements:
            # far fewer lists than entries, and unpacking a list per row is slow.
            column = LIST_COLUMNS[facet.field]
            lists = (
                f"SELECT r.{column}, COUNT(*) AS n FROM {rows(facet.name)} AS r GROUP BY r.{column}"
            )
            branches.append(
                f"SELECT '{facet.name}', j.value, CAST(SUM(g.n) AS BIGINT) FROM ({lists}) AS g "
                f"{dialect.elements('g.' + column)} GROUP BY j.value"
            )
        else:
            branches.append(
                f"SELECT '{facet.name}', r.{facet.field}, COUNT(*) FROM {rows(facet.name)} AS r "
                f"GROUP BY r.{facet.field}"
            )
    # The four year bounds from one pass over the rows.
    keys = " UNION ALL ".join(f"SELECT '{key}' AS name" for key in YEAR_KEYS)
    bounds = (
        "SELECT MIN(r.start_year) AS min_start, MIN(r.end_year) AS min_end, "
        f"MAX(r.start_year) AS max_start, MAX(r.end_year) AS max_end FROM {rows('year')} AS r"
    )
    pick = " ".join(f"WHEN '{key}' THEN y.{key}" for key in YEAR_KEYS)
    branches.append(
        f"SELECT 'year', k.name, CASE k.name {pick} END "
        f"FROM ({bounds}) AS y CROSS JOIN ({keys}) AS k"
    )
    sql = "WITH " + ", ".join(tables) + " " + " UNION ALL ".join(branches)
    return sql, params + params_after
