"""The database engine: Wagtail's search backend over ``SearchEntry``.

Text matching and ranking use Wagtail's database backend (SQLite FTS5 by default,
PostgreSQL full text in production). Filters are applied to the queryset before
``.search()``. Facet counts are disjunctive: each facet is counted with every other
facet's selection applied but not its own, one query per facet, so the number of
queries is fixed whatever the size of the library or of the result.
"""

import difflib
import re

from django.db import connection
from django.db.models import Count, Q

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
from .base import SearchEngine

SUGGEST_TITLES = 6
RERANK_DEPTH = 100
FIELD_WEIGHTS = (("title", 8), ("summary", 4), ("body", 2))  # anything else: document text
SUGGEST_TOPICS = 4


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
                # cannot filter across the join itself (modelsearch #100).
                inner = SearchEntry.objects.filter(
                    **{f"{MANY_VALUE_FIELD[facet.name]}__in": values}
                )
                queryset = queryset.filter(pk__in=inner.values("pk"))
            else:
                queryset = queryset.filter(**{f"{facet.field}__in": values})
        if exclude != "year" and (query.year_from or query.year_to):
            queryset = queryset.filter(
                pk__in=SearchEntry.objects.filter(year_q(query)).values("pk")
            )
        return queryset

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
        if ranked:
            results = self.text_search(queryset, query)
        else:
            ordering = ("title",) if query.sort == "title" else ("-published_at", "title")
            queryset = queryset.order_by(*ordering)
            results = self.text_search(queryset, query, False) if query.text else queryset
        total = results.count()
        num_pages = max(1, -(-total // query.per_page))
        page = min(query.page, num_pages)
        start = (page - 1) * query.per_page
        if ranked and connection.vendor == "sqlite":
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
        queryset = self.filtered(query, exclude=facet.name)
        field = MANY_VALUE_FIELD.get(facet.name, facet.field)
        if plain_words(query.text):
            # Wagtail facets on the related key (topic id, state code) for many-valued fields.
            counts = self.text_search(queryset, query, False).facet(facet.field)
            if facet.name == "topic":
                from resources.models import Topic

                slugs = dict(
                    Topic.objects.filter(pk__in=[k for k in counts if k]).values_list("pk", "slug")
                )
                return {slugs[k]: n for k, n in counts.items() if k in slugs}
            return {k: n for k, n in counts.items() if k not in (None, "")}
        rows = queryset.order_by().values(field).annotate(n=Count("pk", distinct=facet.many))
        return {row[field]: row["n"] for row in rows if row[field] not in (None, "")}

    def year_bounds(self, query):
        queryset = self.filtered(query, exclude="year")
        if plain_words(query.text):
            queryset = self.text_search(queryset, query, False)
            years = [y for y in queryset.facet("start_year") if y]
            years += [y for y in queryset.facet("end_year") if y]
        else:
            bounds = queryset.order_by().values_list("start_year", "end_year")
            years = [y for pair in bounds.distinct() for y in pair if y]
        return (min(years), max(years)) if years else (None, None)

    # Suggestions --------------------------------------------------------------------
    def suggest(self, prefix, limit=8):
        from resources.models import Topic

        prefix = " ".join(prefix.split())[:60]
        if len(prefix) < 2:
            return []
        titles = [
            {"label": entry.title, "url": entry.url, "kind": entry.kind}
            for entry in self.entries().autocomplete(prefix)[:SUGGEST_TITLES]
        ]
        topics = [
            {"label": name, "url": f"/search/?topic={slug}", "kind": "topic"}
            for slug, name in Topic.objects.filter(name__icontains=prefix)
            .order_by("name")
            .values_list("slug", "name")[:SUGGEST_TOPICS]
        ]
        return (topics + titles)[:limit]

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
