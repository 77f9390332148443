"""The query statistics in the admin, under Reports, for editors and moderators.

"Searches that found nothing" (``SearchMiss``) and "Popular searches" (Wagtail's
``Query``, the list Wagtail's own "Search terms" report shows to superusers only). Both
show typed text and counts, never a page or who searched. Both need the
``search.view_search_statistics`` permission, which migration 0008 gives the Editors
and Moderators groups."""

from django.db.models import Max, Sum
from django.urls import path
from django_filters import DateFromToRangeFilter
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.views.reports import SearchTermsReportView

from .models import SearchMiss

PERMISSION = "search.view_search_statistics"
NAMESPACE = "search_statistics"


def can_view_statistics(user):
    return user.is_active and user.has_perm(PERMISSION)


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_statistics(request.user)


class SearchMissFilterSet(WagtailFilterSet):
    date = DateFromToRangeFilter(label="Date", field_name="date", widget=DateRangePickerWidget)

    class Meta:
        model = SearchMiss
        fields = []


class SearchMissesReportView(ReportView):
    page_title = "Searches that found nothing"
    header_icon = "search"
    filterset_class = SearchMissFilterSet
    default_ordering = "-searches"
    index_url_name = f"{NAMESPACE}:misses"
    index_results_url_name = f"{NAMESPACE}:misses_results"
    columns = [
        Column("query_string", label="Search", sort_key="query_string"),
        NumberColumn("searches", label="Searches", sort_key="searches"),
        DateColumn("last_searched", label="Last searched", sort_key="last_searched"),
    ]
    list_export = ["query_string", "searches", "last_searched"]
    export_headings = {
        "query_string": "Search",
        "searches": "Searches",
        "last_searched": "Last searched",
    }

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = self.get_base_queryset()
        return kwargs

    def get_base_queryset(self):
        return SearchMiss.objects.values("query_string").annotate(
            searches=Sum("count"), last_searched=Max("date")
        )

    def dispatch(self, request, *args, **kwargs):
        if not can_view_statistics(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class PopularSearchesReportView(SearchTermsReportView):
    """Wagtail's "Search terms" report, for whoever may see the statistics."""

    page_title = "Popular searches"
    is_searchable = False
    index_url_name = f"{NAMESPACE}:popular"
    index_results_url_name = f"{NAMESPACE}:popular_results"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_statistics(request.user):
            return permission_denied(request)
        # Skip Wagtail's superuser-only check; the report itself is unchanged.
        return super(SearchTermsReportView, self).dispatch(request, *args, **kwargs)


urlpatterns = [
    path("nothing-found/", SearchMissesReportView.as_view(), name="misses"),
    path(
        "nothing-found/results/",
        SearchMissesReportView.as_view(results_only=True),
        name="misses_results",
    ),
    path("popular/", PopularSearchesReportView.as_view(), name="popular"),
    path(
        "popular/results/",
        PopularSearchesReportView.as_view(results_only=True),
        name="popular_results",
    ),
]
