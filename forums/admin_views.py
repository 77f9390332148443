"""The held-posts queue in the Wagtail admin: new members' first posts waiting for a
moderator. Approving or rejecting goes through ``forums.posting`` like the site's buttons."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from network.core.pagination import paginate

from . import permissions, posting
from .models import Post

PER_PAGE = 30


def held_posts():
    return Post.objects.filter(held=True, hidden=False)


def require_moderator(request):
    if not permissions.is_moderator(request.user):
        raise PermissionDenied


def held_post_queue(request):
    require_moderator(request)
    posts = held_posts().select_related("author", "thread__community").order_by("created_at")
    return TemplateResponse(
        request,
        "forums/admin/held_posts.html",
        {
            "page_title": "Held posts",
            "header_icon": "time",
            "page_obj": paginate(request, posts, PER_PAGE),
        },
    )


@require_POST
def review_held_post(request, pk):
    require_moderator(request)
    post = get_object_or_404(held_posts().select_related("thread__community"), pk=pk)
    if request.POST.get("decision") == "approve":
        posting.approve(post)
        messages.success(request, f"Post by {post.author_name} approved and published.")
    elif request.POST.get("decision") == "reject":
        posting.reject(post)
        messages.success(request, f"Post by {post.author_name} rejected (hidden, kept).")
    else:
        messages.error(request, "Choose approve or reject.")
    return redirect("forums_held_posts")
