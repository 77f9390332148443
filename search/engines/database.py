"""The database engine: full-text search in SQLite (FTS5) or PostgreSQL, facets in SQL.

Every search is three statements whatever the size of the library or of the result:

1. one statement counts every facet, the total and the year range (``facet_sql.py``):
   the text is matched once, and each facet is counted with every other facet's
   selection applied but not its own (disjunctive counts);
2. one statement picks the page of hits, ranked (``dialects.py``) or sorted;
3. one fetches those entries (plus one for document text when a hit needs it).

When every word finds too few hits (``base.choose_match``), the counting statement runs
once more for a correction and once more for any word: at most two more statements,
plus what ``vocabulary.corrected`` reads.

The full-text index is the database's own (migration 0003: a weighted tsvector on
PostgreSQL, an FTS5 table on SQLite), kept in step by triggers. Wagtail's search index
still serves title autocomplete. Why not Wagtail's ``.search()`` for the rest: see
"Search" in docs/performance.md.
"""

from django.db import connection
from django.db.models import Q

from .. import document_text, vocabulary
from ..candidates import candidate_condition, rank_candidates
from ..dialects import dialect, fetch_ids, plain_words
from ..facet_sql import all_of, count_statement, selection_conditions
from ..facets import FACETS, kind_label
from ..models import SearchEntry
from ..results import (
    Hit,
    SearchResults,
    build_facet,
    contains_terms,
    estimate,
    exact_total_limit,
    highlight,
)
from .base import SearchEngine, choose_match, match_notices, registered_suggestions

SUGGEST_TITLES = 6
ORDERINGS = {
    "newest": "s.published_at IS NULL, s.published_at DESC, s.title, s.id",
    "title": "s.title, s.id",
}


class DatabaseEngine(SearchEngine):
    name = "database"
    label = "the database"

    # Writes -------------------------------------------------------------------------
    # The entries are the index: triggers (migration 0003) keep the full-text index in
    # step with every insert, update and delete, so adding and deleting are no-ops.
    def rebuild(self, entries, progress=None):
        """Recompute the full-text index from the entries."""
        dialect().rebuild_fulltext()
        return entries.count()

    def entries(self):
        return SearchEntry.objects.all()

    # Search -------------------------------------------------------------------------
    def search(self, query):
        sql = dialect()
        conditions = selection_conditions(query, sql)
        limit = exact_total_limit()
        counted = {}

        def total_of(match):
            counted[match] = self.count(sql, match, conditions, limit)
            return counted[match].get("total", {}).get(None, 0)

        corrections = {}
        match, total = choose_match(query, total_of, corrections)
        counts = counted[match]
        counts.pop("total", None)
        # Very broad searches: exact up to the limit, then a lower bound ("10,000+"), and
        # facet counts from a sample, scaled (facet_sql.count_statement).
        lower_bound = total > limit
        total = min(total, limit)
        sampled = counts.pop("sampled", {}).get(None, 0)
        sampled_hits = counts.pop("sampled_hits", {}).get(None, 0)
        matched = counts.pop("matched", {}).get(None)
        estimated = sampled > limit
        if estimated:
            # The sample's share of the whole: by the set it was taken from when that was
            # counted, else by the exact total over the hits in the sample.
            if matched is not None:
                factor = matched / sampled
            else:
                factor = total / sampled_hits if sampled_hits else 1
            counts = {
                name: values
                if name == "year"
                else {v: estimate(n, factor) for v, n in values.items()}
                for name, values in counts.items()
            }
        num_pages = max(1, -(-total // query.per_page))
        page = min(query.page, num_pages)
        start = (page - 1) * query.per_page
        ids = self.page_ids(sql, query, match, conditions, start, total) if total else []
        entries = SearchEntry.objects.defer("document_text").in_bulk(ids)
        hits = self.make_hits([entries[pk] for pk in ids if pk in entries], match)
        facets = [
            build_facet(facet, counts.get(facet.name, {}), query.selected.get(facet.name, ()))
            for facet in FACETS
        ]
        suggestion = ""
        if not total and query.text:
            suggestion = corrections.get(query.text)
            if suggestion is None:
                suggestion = self.spelling_suggestion(query.text)
        notices = [*query.notices, *match_notices(match)]
        if page != query.page:
            notices.append(f"There are only {num_pages} pages of results; showing the last one.")
        return SearchResults(
            query=query,
            hits=hits,
            facets=facets,
            total=total,
            page=page,
            per_page=query.per_page,
            engine=self.name,
            year_bounds=year_bounds(counts.get("year", {})),
            suggestion=suggestion,
            notices=notices,
            corrected_from=match.corrected_from,
            corrected=match.text if match.corrected_from else "",
            some_words=match.any_word,
            total_is_lower_bound=lower_bound,
            facet_counts_estimated=estimated,
        )

    def count(self, sql, match, conditions, limit):
        """{facet name: {value: count}}, plus "total", "sampled", "matched" and "year",
        from one statement."""
        text = sql.match_condition(match) if match.variants else None
        statement, params = count_statement(text, conditions, sql, limit)
        counts = {}
        with connection.cursor() as cursor:
            cursor.execute(statement, params)
            for facet, value, number in cursor.fetchall():
                if number is not None and value != "":
                    counts.setdefault(facet, {})[value] = number
        return counts

    def page_ids(self, sql, query, match, conditions, start, total=0):
        """The ids of one page of hits, in order."""
        where, params = all_of(conditions.values())
        if match.variants and query.sort == "relevance":
            bound = rank_candidates()
            if total > bound and start + query.per_page <= bound:
                # A very broad search: rank a bounded candidate set (search/candidates.py).
                candidates = candidate_condition(
                    sql,
                    connection.vendor,
                    match.words,
                    sql.match_condition(match),
                    where,
                    params,
                    bound,
                )
                where, params = all_of([*conditions.values(), candidates])
            return sql.ranked_ids(match, where, params, query.per_page, start)
        parts = [sql.match_condition(match)] if match.variants else []
        where, params = all_of([*parts, *conditions.values()])
        # Relevance without words (a query of only punctuation or stop words) has nothing
        # to rank by.
        ordering = ORDERINGS.get(query.sort, ORDERINGS["newest"])
        statement = (
            f"SELECT s.id FROM {sql.entries} "
            f"{'WHERE ' + where if where else ''} ORDER BY {ordering} "
            "LIMIT %s OFFSET %s"
        )
        return fetch_ids(statement, [*params, query.per_page, start])

    def make_hits(self, entries, match):
        terms = match.words

        def found(text):
            """Whether ``text`` has what ``match`` asks for (every word of a variant)."""
            if match.any_word:
                return any(contains_terms(text, [word]) for word in terms)
            return any(contains_terms(text, variant) for variant in match.variants)

        document_ids = [d["id"] for entry in entries for d in entry.documents]
        texts = document_text.texts(document_ids) if terms else {}
        hits = []
        for entry in entries:
            visible = f"{entry.title} {entry.summary} {entry.body}"
            matched_in, snippet_source = "", entry.summary or entry.body
            if terms and not found(visible):
                for document in entry.documents:
                    if found(texts.get(document["id"], "")):
                        matched_in = document["title"]
                        snippet_source = texts[document["id"]]
                        break
            elif terms and not found(entry.summary):
                snippet_source = entry.body
            hits.append(
                Hit(
                    title=entry.title,
                    url=entry.url,
                    kind=entry.kind,
                    kind_label=kind_label(entry.kind),
                    snippet=highlight(snippet_source, terms),
                    matched_in=matched_in,
                    published_at=entry.published_at.date().isoformat()
                    if entry.published_at
                    else "",
                )
            )
        return hits

    # Suggestions --------------------------------------------------------------------
    def suggest(self, prefix, limit=8):
        prefix = " ".join(prefix.split())[:60]
        if len(prefix) < 2:
            return []
        # Only the words reach Wagtail's autocomplete: on SQLite it hands the text to
        # FTS5, where a quote or an operator is a syntax error.
        words = " ".join(plain_words(prefix))
        titles = [
            {"label": entry.title, "url": entry.url, "kind": entry.kind}
            for entry in (self.entries().autocomplete(words)[:SUGGEST_TITLES] if words else [])
        ]
        return (registered_suggestions(prefix) + titles)[:limit]

    def spelling_suggestion(self, text):
        """A corrected query from the nearest indexed words that a visible entry has, or
        "" (``search.vocabulary.corrected``)."""
        return vocabulary.corrected(text)


def year_bounds(values):
    """(smallest, largest) year among the matches, from the counted minima and maxima."""
    lows = [values.get(key) for key in ("min_start", "min_end") if values.get(key)]
    highs = [values.get(key) for key in ("max_start", "max_end") if values.get(key)]
    return (min(lows), max(highs)) if lows else (None, None)


def year_q(query):
    """Items whose years overlap the range; an open end counts as still running.

    The ORM form of the year filter, kept as the reference that the SQL in
    ``facet_sql.year_condition`` and the Elasticsearch filter are tested against."""
    condition = Q(start_year__isnull=False) | Q(end_year__isnull=False)
    if query.year_to:
        condition &= Q(start_year__lte=query.year_to) | Q(
            start_year__isnull=True, end_year__lte=query.year_to
        )
    if query.year_from:
        condition &= Q(end_year__gte=query.year_from) | Q(
            end_year__isnull=True, start_year__isnull=False
        )
    return condition
