"""The flag review queue in the Wagtail admin."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Flag


class FlagViewSet(SnippetViewSet):
    model = Flag
    icon = "warning"
    menu_label = "Flags"
    menu_order = 230
    add_to_admin_menu = True
    add_to_reference_index = False
    # Open flags first (an empty outcome sorts first), newest first within each.
    ordering = ["outcome", "-created_at"]
    list_display = ["post_excerpt", "reason", "reporter", "created_at", "outcome"]
    list_filter = ["outcome", "reason"]
    inspect_view_enabled = True
    inspect_view_fields = ["post", "reason", "details", "reporter", "created_at", "outcome"]

    def get_queryset(self, request):
        return Flag.objects.select_related("post", "reporter")


register_snippet(FlagViewSet)
