"""Search in the admin: the query statistics under Reports (``search.reports``).

Editors pin pages for a query in Wagtail's own "Promoted search results" (Settings)."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from wagtail import hooks

from . import reports


@hooks.register("register_admin_urls")
def register_statistics_urls():
    return [
        path("search-statistics/", include((reports.urlpatterns, reports.NAMESPACE))),
    ]


@hooks.register("register_reports_menu_item")
def register_misses_report():
    return reports.StatisticsMenuItem(
        "Searches that found nothing",
        reverse(f"{reports.NAMESPACE}:misses"),
        name="searches-that-found-nothing",
        icon_name="search",
        order=1310,
    )


@hooks.register("register_reports_menu_item")
def register_popular_report():
    return reports.StatisticsMenuItem(
        "Popular searches",
        reverse(f"{reports.NAMESPACE}:popular"),
        name="popular-searches",
        icon_name="search",
        order=1300,
    )


@hooks.register("construct_reports_menu")
def hide_superuser_search_terms(request, menu_items):
    """Wagtail's "Search terms" is "Popular searches" for superusers only: show one."""
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]


@hooks.register("register_permissions")
def register_statistics_permission():
    return Permission.objects.filter(
        content_type__app_label="search", codename="view_search_statistics"
    )
