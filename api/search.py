"""``/api/v1/search/``: the site's search as versioned JSON (``docs/api.md``).

The same search as the page, through the one interface (``SearchQuery.from_params``,
``get_engine().search``, ``SearchResults.as_json``), so the engine's privacy rule is the
only one: it answers from the index, which holds public content only. The payload is the
one ``/search/?format=json`` has always given, with ``version``; within version 1 fields
are only ever added. Searches by scripts are not counted in the search statistics.
"""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from search import promotions
from search.engines import get_engine
from search.query import SearchQuery
from search.views import MAX_PAGE


@require_GET
def search(request):
    query = SearchQuery.from_params(request.GET)
    if query.page > MAX_PAGE:
        return JsonResponse(
            {"error": "not_found", "message": f"Pages go up to {MAX_PAGE}."}, status=404
        )
    results = get_engine().search(query)
    results.promoted = promotions.picks_for(query, request)
    response = JsonResponse(results.as_json())
    return response
