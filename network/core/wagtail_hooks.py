"""The outbox in the Wagtail admin, under Reports: queued, sent and given-up emails.

Read-only (no add, edit or delete) and for superusers and moderators only (the
``core.view_outgoingemail`` permission, which the core migration gives the Moderators
group). Message text is not shown: an account email carries a one-time link."""

from wagtail.admin.filters import WagtailFilterSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import OutgoingEmail


class ViewOnlyPolicy(ModelPermissionPolicy):
    """Staff may look; only the outbox itself writes."""

    def user_has_permission(self, user, action):
        if action != "view":
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a == "view"])


class OutgoingEmailFilters(WagtailFilterSet):
    class Meta:
        model = OutgoingEmail
        fields = ["status", "purpose"]


class OutgoingEmailViewSet(SnippetViewSet):
    model = OutgoingEmail
    icon = "mail"
    menu_label = "Outgoing email"
    add_to_admin_menu = True
    menu_order = 900
    list_display = [
        "created_at",
        "purpose",
        "recipients",
        "subject",
        "status",
        "attempts",
        "next_attempt_at",
        "last_error",
        "sent_at",
    ]
    filterset_class = OutgoingEmailFilters
    ordering = ["-created_at"]
    add_to_reference_index = False
    inspect_view_enabled = False


register_permission_policy(OutgoingEmail, ViewOnlyPolicy(OutgoingEmail))
register_snippet(OutgoingEmailViewSet)
