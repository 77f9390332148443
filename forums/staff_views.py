"""What facilitators and moderators do from the site: approve held posts, move threads,
suspend members. Each view checks its permission on the server (``forums.permissions``)."""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from network.core.people import display_name

from . import permissions, posting
from .forms import MoveThreadForm, SuspendForm
from .models import Post, Suspension
from .views import crumbs_for, get_community, get_thread, refuse, refuse_writing


@require_POST
def review_post(request, slug, pk):
    """Approve (``decision=approve``) or reject (``decision=reject``) a held post."""
    community = get_community(request, slug)
    if not request.user.is_authenticated:
        return redirect_to_login(community.get_url(request))
    if not permissions.can_approve(request.user, community):
        return refuse_writing(
            request, community, "Only facilitators and moderators can review held posts."
        )
    post = get_object_or_404(
        Post.objects.select_related("thread", "author"), pk=pk, thread__community=community
    )
    post.thread.community = community
    decision = request.POST.get("decision")
    if decision == "approve":
        if posting.approve(post):
            messages.success(request, f"Post by {post.author_name} approved and published.")
    elif decision == "reject":
        if posting.reject(post):
            messages.success(
                request, "Post rejected: it is hidden; a moderator can still restore it."
            )
    else:
        return refuse(request, "Choose approve or reject.", community, status=400)
    if post.thread.held and decision == "reject":
        return redirect(community.get_url(request))
    return redirect(post.thread)


def move_thread(request, slug, pk):
    thread = get_thread(request, slug, pk)
    community = thread.community
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    targets = permissions.move_targets(request.user, community)
    if not permissions.can_moderate(request.user, community):
        return refuse_writing(request, community, "Only facilitators and moderators can do that.")
    status = 200
    if request.method == "POST":
        form = MoveThreadForm(request.POST, targets=targets)
        if form.is_valid():
            target = form.cleaned_data["community"]
            posting.move_thread(thread, target)
            messages.success(request, f"Thread moved to {target.title}.")
            return redirect(thread.get_absolute_url())
        status = 400
    else:
        form = MoveThreadForm(targets=targets)
    return render(
        request,
        "forums/move_thread.html",
        {
            "community": community,
            "thread": thread,
            "form": form,
            "has_targets": targets.exists(),
            "crumbs": crumbs_for(
                request,
                community,
                {"label": thread.title, "url": thread.get_absolute_url()},
                {"label": "Move thread", "url": request.path},
            ),
        },
        status=status,
    )


def suspend_member(request, user_id):
    """Suspend a member from writing, or lift their suspension (moderators only)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not permissions.can_suspend(request.user):
        return refuse(request, "Only moderators can suspend members.")
    member = get_object_or_404(get_user_model(), pk=user_id)
    active = Suspension.objects.active().filter(user=member).first()
    status = 200
    form = SuspendForm()
    if request.method == "POST":
        if request.POST.get("lift") and active is not None:
            Suspension.objects.filter(pk=active.pk).update(ends_at=timezone.now())
            messages.success(request, f"{display_name(member)} can post again.")
            return redirect(request.path)
        form = SuspendForm(request.POST)
        if member.pk == request.user.pk:
            form.add_error(None, "You cannot suspend yourself.")
        if form.is_valid():
            days = form.cleaned_data["duration"]
            now = timezone.now()
            Suspension.objects.create(
                user=member,
                reason=form.cleaned_data["reason"],
                starts_at=now,
                ends_at=now + timedelta(days=int(days)) if days else None,
                created_by=request.user,
            )
            messages.success(request, f"{display_name(member)} is suspended from posting.")
            return redirect(request.path)
        status = 400
    return render(
        request,
        "forums/suspend_member.html",
        {
            "member": member,
            "member_name": display_name(member),
            "active": active,
            "history": Suspension.objects.filter(user=member).select_related("created_by"),
            "form": form,
        },
        status=status,
    )
