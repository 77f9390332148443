"""Site search. A plain full-text search over the library until the faceted search lands."""

from urllib.parse import urlencode

from django.shortcuts import render
from django.urls import reverse

from resources.models import paginate
from resources.views import visible_library_pages

MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    if query:
        results = paginate(request, visible_library_pages().specific().search(query))
    context = {
        "query": query,
        "page_obj": results,
        "extra_query": urlencode({"q": query}),
        "crumbs": [{"label": "Search", "url": reverse("search")}],
    }
    return render(request, "search/search.html", context)
