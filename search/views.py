"""Search pages: the faceted HTML page, its JSON form and autocomplete. (The health
report, ``/search/health/``, is the site's own: ``network.core.views``.)"""

from dataclasses import replace

from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.views.decorators.http import require_GET

from . import promotions, statistics
from .engines import get_engine
from .facets import FACETS_BY_NAME
from .query import SORTS, SearchQuery
from .text import query_text

MAX_PAGE = 1000  # deeper pages are a crawler, not a person
SUGGEST_MAX_LENGTH = 60


@require_GET
def search(request):
    query = SearchQuery.from_params(request.GET)
    if query.page > MAX_PAGE:
        raise Http404("That page of results does not exist.")
    results = get_engine().search(query)
    results.promoted = promotions.picks_for(query, request)
    if request.GET.get("format") == "json":
        # Scripts get the engine's hits as ranked, and the picks beside them; their
        # searches are not counted in the statistics, which are about people.
        return json_response(request, results)
    statistics.record_search(query, results)
    results = promotions.without_picked(results)
    removable = removable_filters(query)
    context = {
        "query": query,
        "results": results,
        "sorts": SORTS,
        "removable": removable,
        "filters_in_use": len(removable),  # the "Filter (n)" button on narrow screens
        # "Did you mean" keeps the filters and swaps only the words.
        "suggestion_url": "?" + replace(query, text=results.suggestion, page=1).urlencode()
        if results.suggestion
        else "",
        "correction": correction(results),
        "crumbs": [{"label": "Search", "url": reverse("search")}],
    }
    return render(request, "search/search.html", context)


def json_response(request, results):
    """The JSON form, pointing to the versioned endpoint that succeeds it (docs/api.md):
    same payload, same parameters."""
    response = JsonResponse(results.as_json())
    try:
        successor = reverse("api:search")
    except NoReverseMatch:  # a site without the API app
        return response
    params = request.GET.copy()
    params.pop("format", None)
    url = f"{successor}?{params.urlencode()}" if params else successor
    response["Link"] = f'<{request.build_absolute_uri(url)}>; rel="successor-version"'
    return response


def correction(results):
    """The texts of "Showing results for <corrected>; search instead for <typed>" and a
    link that searches the typed text as it is (``spell=off``), or None."""
    typed, text = results.corrected_from, results.corrected
    if not (typed and text):
        return None
    instead = replace(results.query, text=typed, page=1, correct=False)
    return {"text": text, "typed": typed, "typed_url": "?" + instead.urlencode()}


def removable_filters(query):
    """Links that drop one filter each: shown above results and when nothing matched."""
    links = []
    for name, values in query.selected.items():
        facet = FACETS_BY_NAME[name]
        labels = facet.choices()
        for value in values:
            links.append(
                {
                    "label": f"{facet.label}: {labels.get(value, value)}",
                    "url": "?" + query.without(name, value).urlencode(),
                }
            )
    if query.year_from or query.year_to:
        span = f"{query.year_from or '…'}–{query.year_to or '…'}"
        links.append({"label": f"Years: {span}", "url": "?" + query.without("year").urlencode()})
    return links


@require_GET
def suggest(request):
    prefix = query_text(request.GET.get("q"), SUGGEST_MAX_LENGTH)
    return JsonResponse({"query": prefix, "suggestions": get_engine().suggest(prefix)})
