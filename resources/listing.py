"""The library listings (``/case-studies/``, ``/resources/``): the search's facets, counts,
sorting and pages over one content kind, asked of the one search interface
(``SearchQuery`` and ``get_engine().search``), so every engine serves them.

The kind is fixed by the listing: a ``type`` parameter in the URL is ignored, and the
content-type facet is not shown. Everything else the visitor chose is in the URL, and
what the page links to keeps it (``shown`` is the query without the fixed kind).
"""

from dataclasses import dataclass, replace

from django.http import Http404

from search.engines import get_engine
from search.query import SORTS, SearchQuery
from search.views import MAX_PAGE, removable_filters

KIND_FACET = "type"  # search's content-type facet
LISTING_SORTS = {value: label for value, label in SORTS.items() if value != "relevance"}


@dataclass
class Listing:
    shown: SearchQuery  # what the visitor chose: the URL's state
    results: object  # SearchResults

    def context(self):
        removable = removable_filters(self.shown)
        return {
            "query": self.shown,
            "results": self.results,
            "facets": [f for f in self.results.facets if f.name != KIND_FACET],
            # Relevance means something only when there are words to rank by.
            "sorts": SORTS if self.shown.text else LISTING_SORTS,
            "removable": removable,
            "filters_in_use": len(removable),
            "suggestion_url": "?"
            + replace(self.shown, text=self.results.suggestion, page=1).urlencode()
            if self.results.suggestion
            else "",
        }


def listing(params, kind, per_page):
    """Search the entries of ``kind`` with the filters in ``params`` (a QueryDict)."""
    params = params.copy()
    params.pop(KIND_FACET, None)
    shown = SearchQuery.from_params(params)
    if shown.page > MAX_PAGE:
        raise Http404("That page of the list does not exist.")
    query = replace(shown, selected={**shown.selected, KIND_FACET: (kind,)}, per_page=per_page)
    results = get_engine().search(query)
    return Listing(shown=shown, results=results)
