"""The network in the Wagtail admin: organizations, the facilitators' roster, and the
queues staff work: affiliation claims and facilitator requests."""

from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .forms import FacilitatorAdminForm
from .models import Affiliation, Facilitator, FacilitatorRequest, Organization


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    menu_label = "Organizations"
    list_display = ["name", "kind", "state", "stage", "partner"]
    list_filter = ["kind", "state", "locale", "stage"]
    search_fields = ["name"]


class AffiliationViewSet(SnippetViewSet):
    """Members' claims to belong to an organization: confirm or decline them."""

    model = Affiliation
    icon = "user"
    menu_label = "Affiliation claims"
    list_display = ["user", "organization", "position", "status", "created_at"]
    list_filter = ["status"]
    ordering = ["status", "-created_at"]
    add_to_reference_index = False
    edit_handler = ObjectList(
        [
            FieldPanel("user", read_only=True),
            FieldPanel("organization"),
            FieldPanel("position"),
            FieldPanel("status"),
        ]
    )

    def get_queryset(self, request):
        return Affiliation.objects.select_related("user", "organization")


class FacilitatorViewSet(SnippetViewSet):
    model = Facilitator
    icon = "help"
    menu_label = "Facilitators"
    list_display = ["__str__", "languages", "accepting_requests"]
    add_to_reference_index = False
    edit_handler = ObjectList(
        [
            FieldPanel("user"),
            FieldPanel("summary"),
            FieldPanel("services"),
            FieldPanel("regions"),
            FieldPanel("languages"),
            FieldPanel("accepting_requests"),
        ],
        base_form_class=FacilitatorAdminForm,
    )


class FacilitatorRequestViewSet(SnippetViewSet):
    """Requests for a facilitator, newest first; staff move them through the statuses."""

    model = FacilitatorRequest
    icon = "mail"
    menu_label = "Facilitator requests"
    list_display = ["__str__", "facilitator", "status", "created_at"]
    list_filter = ["status", "service"]
    add_to_reference_index = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "requester",
        "facilitator",
        "organization",
        "service",
        "topic",
        "region",
        "message",
        "status",
        "staff_notes",
        "created_at",
    ]

    def get_queryset(self, request):
        return FacilitatorRequest.objects.select_related("requester", "facilitator__user")


class NetworkViewSetGroup(SnippetViewSetGroup):
    items = (OrganizationViewSet, AffiliationViewSet, FacilitatorViewSet, FacilitatorRequestViewSet)
    menu_icon = "group"
    menu_label = "Network"
    menu_name = "network"
    menu_order = 200


register_snippet(NetworkViewSetGroup)
