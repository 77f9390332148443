"""One way to page a list, for every list on the site."""

from django.core.paginator import Paginator

LIST_PAGE_SIZE = 24


def paginate(request, queryset, per_page=LIST_PAGE_SIZE):
    """Return a page of results; a bad or out-of-range page number gets the nearest page."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))
