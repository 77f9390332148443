"""Running a saved search: its normalised query string, its default name, and the
results it has now, through the one search interface (``search.engines.get_engine``).

The index holds only what anyone may see (live, public pages; threads of public
communities), so a saved search finds no private content whoever owns it; the engine
decides that at query time, and nothing here bypasses it.
"""

from dataclasses import replace

from django.conf import settings
from django.http import QueryDict

from search.engines import get_engine
from search.facets import FACETS
from search.query import SearchQuery

NAME_MAX_LENGTH = 120
QUERY_MAX_LENGTH = 1000


def scan_limit():
    """How many of the newest results each run compares with what was seen."""
    return getattr(settings, "ALERTS_SCAN_LIMIT", 200)


def normalise(params):
    """(SearchQuery, query string) for search page parameters (a QueryDict): text and
    filters only, in one order, so the same search is saved once. Sort and page are the
    page's business, not the search's."""
    query = SearchQuery.from_params(params)
    default_sort = "relevance" if query.text else "newest"
    query = replace(query, sort=default_sort, page=1, correct=True, notices=())
    return query, query.urlencode()


def query_of(saved_search):
    return SearchQuery.from_params(QueryDict(saved_search.query_string))


def default_name(query):
    """The text and the filters' labels, as the member would describe the search."""
    parts = [f"“{query.text}”"] if query.text else []
    for facet in FACETS:
        values = query.selected.get(facet.name, ())
        if values:
            labels = facet.choices()
            parts.append(", ".join(str(labels.get(value, value)) for value in values))
    if query.year_from or query.year_to:
        parts.append(f"{query.year_from or '…'}–{query.year_to or '…'}")
    return (" · ".join(parts) or "All new content")[:NAME_MAX_LENGTH]


def current_hits(query):
    """The newest hits of ``query`` that match every word, as typed: no spelling
    correction and no any-word fallback, which would alert on content that does not
    match the saved words."""
    searched = replace(
        query, sort="newest", page=1, per_page=scan_limit(), correct=False, loosen=False
    )
    return get_engine().search(searched).hits
