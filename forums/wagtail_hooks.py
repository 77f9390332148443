"""The communities in the Wagtail admin: the flag review queue, the held-posts queue and
suspensions, all for the Moderators group."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from . import admin_views, permissions, posting
from .models import Flag, Suspension


class FlagEditView(EditView):
    def save_instance(self):
        flag = super().save_instance()
        posting.apply_flag_outcome(flag)
        return flag


class FlagViewSet(SnippetViewSet):
    model = Flag
    edit_view_class = FlagEditView
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


class SuspensionViewSet(SnippetViewSet):
    """Moderators suspend members from a post's "Suspend" link on the site; here they
    review every suspension and change its end (an end in the past lifts it)."""

    model = Suspension
    icon = "lock"
    menu_label = "Suspensions"
    menu_order = 232
    add_to_admin_menu = True
    add_to_reference_index = False
    list_display = ["user", "reason", "starts_at", "ends_at", "created_by"]
    ordering = ["-starts_at"]

    def get_queryset(self, request):
        return Suspension.objects.select_related("user", "created_by")


register_snippet(FlagViewSet)
register_snippet(SuspensionViewSet)


@hooks.register("register_admin_urls")
def held_post_urls():
    return [
        path("held-posts/", admin_views.held_post_queue, name="forums_held_posts"),
        path(
            "held-posts/<id:pk>/review/",
            admin_views.review_held_post,
            name="forums_review_held_post",
        ),
    ]


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.is_moderator(request.user)


@hooks.register("register_admin_menu_item")
def held_posts_menu_item():
    return ModeratorMenuItem(
        "Held posts", reverse("forums_held_posts"), icon_name="time", order=231
    )
