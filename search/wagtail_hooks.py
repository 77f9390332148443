"""Search in the admin.

- The editors' synonym and acronym list (Settings › Synonyms and acronyms). Editors and
  moderators may add, change and delete groups (migration 0007 grants them the
  permissions); the list applies to the database engine at once and to Elasticsearch at
  its next rebuild (see "Synonyms and spelling" in docs/search.md).
- The query statistics under Reports (``search.reports``). Editors pin pages for a query
  in Wagtail's own "Promoted search results" (Settings).
"""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import reports
from .models import Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "list-ul"
    menu_label = "Synonyms and acronyms"
    menu_name = "synonyms"
    add_to_settings_menu = True
    menu_order = 910  # next to "Promoted search results"
    list_display = ["terms", "one_way", "note", "updated_at"]
    list_filter = ["one_way"]
    search_fields = ["terms", "note"]
    ordering = ["terms"]
    panels = [FieldPanel("terms"), FieldPanel("one_way"), FieldPanel("note")]


register_snippet(SynonymViewSet)


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
