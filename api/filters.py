"""The library's facets as filters of the pages endpoint, with the search's meaning:
values of one filter OR (``?state=OH&state=MD``), filters AND, and ``year_from`` /
``year_to`` keep pages whose years overlap the range (``search.engines.database.year_q``).

Filter names are the page fields (``locale_type``, ``size_band``), since Wagtail's own
``locale`` parameter is the language; ``topic``, ``state`` and ``organization`` take slugs
and codes. They apply to any listing: ``?type=`` is optional, and pages that are not
library pages never match. An unknown value is a 400 with a message, not an empty list.
"""

from types import SimpleNamespace

from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.utils import BadRequestError, parse_boolean

from resources.choices import Locale, ResourceType, SizeBand, Stage, Status, USState
from resources.models import LibraryPage, ResourcePage, Topic
from search.engines.database import year_q

# Filter -> (the LibraryPage lookup, the allowed values or None for any).
MANY_VALUED = {
    "topic": "topics__slug",
    "state": "states__code",
    "organization": "organizations__slug",
}
SINGLE_VALUED = {
    "locale_type": Locale,
    "size_band": SizeBand,
    "stage": Stage,
    "status": Status,
}
YEARS = ("year_from", "year_to")
OUTCOMES = "student_outcomes_reported"
RESOURCE_TYPE = "resource_type"
PARAMETERS = frozenset([*MANY_VALUED, *SINGLE_VALUED, *YEARS, OUTCOMES, RESOURCE_TYPE])


def allowed_values(name):
    if name == "topic":
        return set(Topic.objects.values_list("slug", flat=True))
    if name == "state":
        return set(USState.values)
    if name == RESOURCE_TYPE:
        return set(ResourceType.values)
    if name in SINGLE_VALUED:
        return set(SINGLE_VALUED[name].values)
    return None  # organizations: any slug; an unknown one matches nothing


def values_of(request, name):
    values = [value.strip() for value in request.GET.getlist(name) if value.strip()]
    allowed = allowed_values(name) if values else None
    unknown = [value for value in values if allowed is not None and value not in allowed]
    if unknown:
        raise BadRequestError(f"unknown {name}: {', '.join(sorted(unknown))[:200]}")
    return values


def year(request, name):
    raw = request.GET.get(name, "").strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError as error:
        raise BadRequestError(f"{name} must be a year, such as 2010") from error


class LibraryFilter(BaseFilterBackend):
    """The facet filters, applied through the library pages that match them."""

    def filter_queryset(self, request, queryset, view):
        if not PARAMETERS & set(request.GET):
            return queryset
        pages = LibraryPage.objects.all()
        for name, lookup in MANY_VALUED.items():
            if values := values_of(request, name):
                pages = pages.filter(pk__in=LibraryPage.objects.filter(**{f"{lookup}__in": values}))
        for name in SINGLE_VALUED:
            if values := values_of(request, name):
                pages = pages.filter(**{f"{name}__in": values})
        if values := values_of(request, RESOURCE_TYPE):
            resources = ResourcePage.objects.filter(resource_type__in=values)
            pages = pages.filter(pk__in=resources.values("pk"))
        if OUTCOMES in request.GET:
            try:
                pages = pages.filter(**{OUTCOMES: parse_boolean(request.GET[OUTCOMES])})
            except ValueError as error:
                raise BadRequestError(f"{OUTCOMES} must be true or false") from error
        years = SimpleNamespace(**{name: year(request, name) for name in YEARS})
        if years.year_from or years.year_to:
            pages = pages.filter(year_q(years))
        return queryset.filter(pk__in=pages.values("pk"))


class OtherFieldsFilter(FieldsFilter):
    """Wagtail's filter on any other field (``?slug=``, ``?title=``), leaving the facets
    to ``LibraryFilter``, which takes several values."""

    def filter_queryset(self, request, queryset, view):
        params = request.GET.copy()
        for name in PARAMETERS:
            params.pop(name, None)
        return super().filter_queryset(SimpleNamespace(GET=params), queryset, view)
