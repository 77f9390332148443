from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Organization


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    menu_label = "Organizations"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "kind", "state", "partner"]
    list_filter = ["kind", "state", "locale"]
    search_fields = ["name"]


register_snippet(OrganizationViewSet)
