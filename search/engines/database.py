"""The database engine: Wagtail's search backend over ``SearchEntry``.

Text matching and ranking use Wagtail's database backend (SQLite FTS5 by default,
PostgreSQL full text in production). Filters are applied to the queryset before
``.search()``. Facet counts are disjunctive: each facet is counted with every other
facet's selection applied but not its own, one query per facet, so the number of
queries is fixed whatever the size of the library or of the result.
"""

import difflib
import re

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import CharField, Count, Exists, OuterRef, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from wagtail.search.backends import get_search_backend

from ..facets import FACETS, MANY_VALUE_FIELD, ContentKind
from ..models import SearchEntry, SearchTerm
from ..query import SearchQuery
from ..results import (
    Hit,
    SearchResults,
    build_facet,
    contains_terms,
    highlight,
    query_terms,
)
from .base import SearchEngine, topic_suggestions

SUGGEST_TITLES = 6
RERANK_DEPTH = 100
FIELD_WEIGHTS = (("title", 8), ("summary", 4), ("body", 2))  # anything else: document text


class DatabaseEngine(SearchEngine):
    name = "database"

    def entries(self):
        return SearchEntry.objects.all()

    # Filtering ----------------------------------------------------------------------
    def filtered(self, query: SearchQuery, exclude=None):
        """Entries matching every selection except facet ``exclude`` (text not applied)."""
        queryset = self.entries()
        for facet in FACETS:
            values = query.selected.get(facet.name)
            if not values or facet.name == exclude:
                continue
            if facet.many:
                # Filter many-valued facets through a subquery: Wagtail's search
                # cannot filter across the join itself (modelsearch #100). The subquery
                # reads only the link table, not the (wide) entry rows.
                relation = SearchEntry._meta.get_field(facet.field)
                value = MANY_VALUE_FIELD[facet.name].split("__", 1)[1]
                inner = relation.remote_field.through.objects.filter(
                    **{f"{relation.m2m_reverse_field_name()}__{value}__in": values}
                ).values(relation.m2m_column_name())
                queryset = queryset.filter(pk__in=inner)
            else:
                queryset = queryset.filter(**{f"{facet.field}__in": values})
        if exclude != "year" and (query.year_from or query.year_to):
            queryset = queryset.filter(
                pk__in=SearchEntry.objects.filter(year_q(query)).values("pk")
            )
        return queryset

    def text_filter(self, queryset, query):
        """Entries whose text has any word of the query: a subquery on Wagtail's index table.

        Counting and faceting go through this rather than Wagtail's ``.search()``: on
        PostgreSQL Wagtail matches ``title || body`` (no index can serve that, so every
        entry's vectors are read), and on SQLite it lets the planner test each entry
        against MATCH. See "Search" in docs/performance.md.
        """
        words = plain_words(query.text).split()
        if not words:
            return queryset
        return queryset.filter(text_condition(words))

    def text_search(self, queryset, query, order_by_relevance=True):
        """Wagtail's search over the words of the query (OR, ranked by relevance)."""
        words = plain_words(query.text)
        if not words:
            return queryset
        return queryset.search(words, operator="or", order_by_relevance=order_by_relevance)

    # Search -------------------------------------------------------------------------
    def search(self, query):
        # Document text can be long and is never shown from here: leave it in the database.
        queryset = self.filtered(query).defer("document_text")
        ranked = bool(plain_words(query.text)) and query.sort == "relevance"
        matches = self.text_filter(queryset, query)
        if ranked and backend_name() == "SQLiteSearchBackend":
            results = BM25Ranking(queryset, plain_words(query.text).split())
        elif ranked:
            results = self.text_search(queryset, query)
        else:
            ordering = ("title",) if query.sort == "title" else ("-published_at", "title")
            results = matches.order_by(*ordering)
        total = matches.count()
        num_pages = max(1, -(-total // query.per_page))
        page = min(query.page, num_pages)
        start = (page - 1) * query.per_page
        if not total:
            entries = []  # nothing to fetch (and Wagtail's ranking would scan the index)
        elif ranked and connection.vendor == "sqlite":
            entries = self.reranked_slice(results, query, start)
        else:
            entries = list(results[start : start + query.per_page])
        hits = self.make_hits(entries, query)
        facets, year_bounds = self.facet_counts(query)
        suggestion = self.spelling_suggestion(query.text) if not total and query.text else ""
        notices = list(query.notices)
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
            year_bounds=year_bounds,
            suggestion=suggestion,
            notices=notices,
        )

    def reranked_slice(self, results, query, start):
        """SQLite's FTS5 backend ranks all fields alike (one BM25 over the row), so the top
        ``RERANK_DEPTH`` matches are re-ordered by where each word matched: title, then
        summary, then body, then document text; BM25 order breaks ties. Deeper pages keep
        the backend's order."""
        stop = start + query.per_page
        if start >= RERANK_DEPTH:
            return list(results[start:stop])
        head = list(results[:RERANK_DEPTH])
        terms = query_terms(query.text)
        order = sorted(range(len(head)), key=lambda i: (-field_score(head[i], terms), i))
        entries = [head[i] for i in order][start:stop]
        if stop > RERANK_DEPTH:
            entries += list(results[RERANK_DEPTH:stop])
        return entries

    def make_hits(self, entries, query):
        from resources.models import DocumentText

        terms = query_terms(query.text)
        document_ids = [d["id"] for entry in entries for d in entry.documents]
        texts = {}
        if terms and document_ids:
            texts = dict(
                DocumentText.objects.filter(
                    document_id__in=document_ids, status="extracted"
                ).values_list("document_id", "text")
            )
        hits = []
        for entry in entries:
            visible = f"{entry.title} {entry.summary} {entry.body}"
            matched_in, snippet_source = "", entry.summary or entry.body
            if terms and not contains_terms(visible, terms):
                for document in entry.documents:
                    if contains_terms(texts.get(document["id"], ""), terms):
                        matched_in = document["title"]
                        snippet_source = texts[document["id"]]
                        break
            elif terms and not contains_terms(entry.summary, terms):
                snippet_source = entry.body
            hits.append(
                Hit(
                    title=entry.title,
                    url=entry.url,
                    kind=entry.kind,
                    kind_label=ContentKind.CHOICES.get(entry.kind, entry.kind),
                    snippet=highlight(snippet_source, terms),
                    matched_in=matched_in,
                    published_at=entry.published_at.date().isoformat()
                    if entry.published_at
                    else "",
                )
            )
        return hits

    # Facets -------------------------------------------------------------------------
    def facet_counts(self, query):
        facets = [
            build_facet(facet, self.count_values(query, facet), query.selected.get(facet.name, ()))
            for facet in FACETS
        ]
        return facets, self.year_bounds(query)

    def count_values(self, query, facet):
        """{value: count} for one facet, under every other facet's selection."""
        queryset = self.text_filter(self.filtered(query, exclude=facet.name), query)
        field = MANY_VALUE_FIELD.get(facet.name, facet.field)
        rows = queryset.order_by().values(field).annotate(n=Count("pk", distinct=facet.many))
        return {row[field]: row["n"] for row in rows if row[field] not in (None, "")}

    def year_bounds(self, query):
        queryset = self.text_filter(self.filtered(query, exclude="year"), query)
        bounds = queryset.order_by().values_list("start_year", "end_year")
        years = [y for pair in bounds.distinct() for y in pair if y]
        return (min(years), max(years)) if years else (None, None)

    # Suggestions --------------------------------------------------------------------
    def suggest(self, prefix, limit=8):
        prefix = " ".join(prefix.split())[:60]
        if len(prefix) < 2:
            return []
        titles = [
            {"label": entry.title, "url": entry.url, "kind": entry.kind}
            for entry in self.entries().autocomplete(prefix)[:SUGGEST_TITLES]
        ]
        return (topic_suggestions(prefix) + titles)[:limit]

    def spelling_suggestion(self, text):
        """A corrected query built from the nearest known words, or ""."""
        terms = query_terms(text)
        if not terms:
            return ""
        known = set(SearchTerm.objects.filter(word__in=terms).values_list("word", flat=True))
        corrected, changed = [], False
        for term in terms:
            replacement = term if term in known else self.closest_word(term)
            changed |= replacement != term
            corrected.append(replacement or term)
        return " ".join(corrected) if changed else ""

    def closest_word(self, term):
        if connection.vendor == "postgresql":
            from django.contrib.postgres.search import TrigramSimilarity

            match = (
                SearchTerm.objects.annotate(similarity=TrigramSimilarity("word", term))
                .filter(similarity__gt=0.3)
                .order_by("-similarity", "word")
                .values_list("word", flat=True)
                .first()
            )
            return match or term
        # SQLite has no trigram index; compare against words that share a first letter.
        candidates = SearchTerm.objects.filter(word__startswith=term[0]).values_list(
            "word", flat=True
        )
        close = difflib.get_close_matches(term, list(candidates[:5000]), n=1, cutoff=0.75)
        return close[0] if close else term


def backend_name():
    """Which of Wagtail's database search backends serves this database."""
    return type(get_search_backend()).__name__


def text_condition(words):
    """A filter for entries whose indexed text has any of ``words``."""
    from wagtail.search.models import IndexEntry

    content_type = ContentType.objects.get_for_model(SearchEntry)
    backend = backend_name()
    if backend == "PostgresSearchBackend":
        from django.contrib.postgres.search import SearchQuery as TsQuery

        # The terms Wagtail's backend would build, matched against each column on its own
        # so that the GIN indexes on title and body serve the match.
        config = getattr(get_search_backend(), "config", None)
        tsquery = TsQuery(" | ".join(f"'{w}'" for w in words), search_type="raw", config=config)
        # EXISTS, keyed as the index stores it (text): the planner may then probe the
        # index row of each candidate entry, or match the whole index and join.
        return Exists(
            IndexEntry.objects.filter(
                content_type=content_type, object_id=Cast(OuterRef("pk"), CharField())
            ).filter(Q(title=tsquery) | Q(body=tsquery))
        )
    if backend == "SQLiteSearchBackend":
        _, matches = fts_matches_sql()
        sql = f"SELECT CAST(e.object_id AS INTEGER) {matches}"  # noqa: S608 - table names
        return Q(pk__in=RawSQL(sql, (fts_match(words), content_type.pk)))  # noqa: S611
    hits = SearchEntry.objects.search(" ".join(words), operator="or", order_by_relevance=False)
    return Q(pk__in=[entry.pk for entry in hits])


def fts_matches_sql():
    """The FTS5 table, and FROM ... WHERE for index rows of one content type (second
    parameter) that match an FTS5 query (first parameter). CROSS JOIN keeps the full-text
    index as the outer loop: otherwise SQLite may walk every index row of the content type
    and test each one against MATCH."""
    from wagtail.search.models import IndexEntry

    entries = IndexEntry._meta.db_table
    fts = f"{entries}_fts"  # created by Wagtail's migration for SQLite with FTS5
    return fts, (
        f"FROM {fts} CROSS JOIN {entries} AS e ON e.id = {fts}.rowid "
        f"WHERE {fts} MATCH %s AND e.content_type_id = %s"
    )


def fts_match(words):
    """An FTS5 query for any of ``words`` in the title or body, as Wagtail writes it."""
    return "{title body} : (" + " OR ".join(f'"{w}"' for w in words) + ")"


class BM25Ranking:
    """SQLite matches in the order of Wagtail's FTS5 backend (BM25 weighted by title
    length), sliced in SQL. Wagtail's own ordering scores each match in a correlated
    subquery that searches the whole index again, which grows with the square of the
    number of matches."""

    def __init__(self, queryset, words):
        self.queryset = queryset  # the entries to rank, before the text is applied
        self.words = words

    def __getitem__(self, window):
        start = window.start or 0
        limit = -1 if window.stop is None else window.stop - start
        fts, sql = fts_matches_sql()
        content_type = ContentType.objects.get_for_model(SearchEntry)
        params = [fts_match(self.words), content_type.pk]
        if self.queryset.query.where:  # some facet is selected
            candidates, candidate_params = self.queryset.values("pk").query.sql_with_params()
            sql += f" AND CAST(e.object_id AS INTEGER) IN ({candidates})"
            params += candidate_params
        sql = (  # noqa: S608 - table names and Django's SQL for the queryset
            f"SELECT CAST(e.object_id AS INTEGER) {sql} "
            f"ORDER BY bm25({fts}) * (e.title_norm + 1.0), 1 DESC LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, limit, start])
            ids = [row[0] for row in cursor.fetchall()]
        entries = self.queryset.in_bulk(ids)
        return [entries[pk] for pk in ids if pk in entries]


def field_score(entry, terms):
    """Each query word scores by the best field it appears in (title 8 ... document 1)."""
    score = 0
    for term in terms:
        score += next(
            (weight for name, weight in FIELD_WEIGHTS if term in getattr(entry, name).lower()),
            1,
        )
    return score


def plain_words(text):
    """Only the words: quotes, brackets and operators mean something to FTS5 and tsquery."""
    return " ".join(re.findall(r"\w+", text))


def year_q(query):
    """Items whose years overlap the range; an open end counts as still running."""
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
