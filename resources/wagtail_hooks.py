from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import linebreaksbr
from django.utils.text import Truncator
from wagtail.documents import get_document_model
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import InspectView, SnippetViewSet

from .models import DocumentText, Source, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = "Topics"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(TopicViewSet)


# Document text: read-only. Whoever may add, edit or choose a document may see its
# extracted text and why it could not be extracted; nobody edits it by hand (the
# extract_document_text task and management command write it).
DOCUMENT_ACTIONS = ["add", "change", "choose"]


class DocumentTextPermissionPolicy(BasePermissionPolicy):
    """Only "view", granted through the user's permissions on the documents themselves."""

    @property
    def document_policy(self):
        return policy_registry.get_by_type(get_document_model())

    def user_has_permission(self, user, action):
        return (
            action == "view"
            and user.is_active
            and self.document_policy.user_has_any_permission(user, DOCUMENT_ACTIONS)
        )

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return self.document_policy.users_with_any_permission(DOCUMENT_ACTIONS)

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            action == "view"
            and user.is_active
            and self.document_policy.user_has_any_permission_for_instance(
                user, DOCUMENT_ACTIONS, instance.document
            )
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" not in actions or not user.is_active:
            return DocumentText.objects.none()
        documents = self.document_policy.instances_user_has_any_permission_for(
            user, DOCUMENT_ACTIONS
        )
        return DocumentText.objects.filter(document__in=documents)

    def users_with_any_permission_for_instance(self, actions, instance):
        if "view" not in actions:
            return get_user_model().objects.none()
        return self.document_policy.users_with_any_permission_for_instance(
            DOCUMENT_ACTIONS, instance.document
        )


register_permission_policy(DocumentText, DocumentTextPermissionPolicy(DocumentText))

TEXT_PREVIEW_CHARS = 3000


class DocumentTextInspectView(InspectView):
    def get_object(self, queryset=None):
        visible = policy_registry.get_by_type(DocumentText).instances_user_has_permission_for(
            self.request.user, "view"
        )
        return get_object_or_404(visible, pk=self.pk)

    def get_text_display_value(self):
        if not self.object.text:
            return "-"
        return linebreaksbr(Truncator(self.object.text).chars(TEXT_PREVIEW_CHARS), autoescape=True)


class DocumentTextViewSet(SnippetViewSet):
    model = DocumentText
    icon = "doc-full"
    menu_label = "Document text"
    menu_order = 220
    add_to_admin_menu = True
    add_to_reference_index = False  # not a "use" of the document
    inspect_view_enabled = True
    inspect_view_class = DocumentTextInspectView
    inspect_view_fields = ["document", "status", "reason", "extracted_at", "file_hash", "text"]
    list_display = ["document", "status", "reason", "extracted_at"]
    list_filter = ["status"]
    search_fields = ["document__title", "reason"]
    search_backend_name = None  # DocumentText is not indexed: search the title with the ORM

    def get_queryset(self, request):
        policy = policy_registry.get_by_type(DocumentText)
        return policy.instances_user_has_permission_for(request.user, "view").select_related(
            "document"
        )

    def get_permissions_to_register(self):
        # Access follows document permissions; there is nothing to grant in group settings.
        return Permission.objects.none()


register_snippet(DocumentTextViewSet)


class SourceViewSet(SnippetViewSet):
    """The reports citations point to: their metadata is edited here, once."""

    model = Source
    icon = "openquote"
    menu_label = "Source reports"
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["title", "authors", "year", "key"]
    search_fields = ["title", "authors"]


register_snippet(SourceViewSet)
