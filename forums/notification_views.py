"""Watch levels, the in-site notification list, preferences and email unsubscribing."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from network.core.pagination import paginate

from . import emails, permissions, watching
from .forms import PreferencesForm, WatchForm
from .models import MemberPreferences, Notification, Subscription, WatchLevel
from .views import get_community, get_thread, refuse

NOTIFICATIONS_PER_PAGE = 30


def save_level(request, form, **target):
    if not form.is_valid():
        messages.error(request, "Choose one of the notification levels.")
        return False
    level = form.cleaned_data["level"]
    watching.set_level(request.user, level, **target)
    messages.success(request, f"Notifications set to {WatchLevel(level).short_label.lower()}.")
    return True


@require_POST
def watch_community(request, slug):
    community = get_community(request, slug)
    if not request.user.is_authenticated:
        return redirect_to_login(community.get_url(request))
    save_level(request, WatchForm(request.POST), community=community)
    return redirect(community.get_url(request))


@require_POST
def watch_thread(request, slug, pk):
    thread = get_thread(request, slug, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(thread.get_absolute_url())
    save_level(request, WatchForm(request.POST), thread=thread)
    return redirect(thread)


def visible_notifications(user):
    """The member's notifications about posts they can still see."""
    communities = permissions.visible_communities(user)
    return Notification.objects.filter(
        user=user,
        post__hidden=False,
        post__held=False,
        post__thread__community__in=communities.values("pk"),
    )


@login_required
def notification_list(request):
    notifications = visible_notifications(request.user).select_related(
        "post__author", "post__thread__community"
    )
    show = request.GET.get("show", "")
    if show == "unread":
        notifications = notifications.filter(read_at__isnull=True)
    return render(
        request,
        "forums/notifications.html",
        {
            "page_obj": paginate(request, notifications, NOTIFICATIONS_PER_PAGE),
            "show": show,
            "extra_query": "show=unread" if show == "unread" else "",
        },
    )


@login_required
def open_notification(request, pk):
    """Mark a notification read and go to its post."""
    notification = get_object_or_404(
        visible_notifications(request.user).select_related("post__thread__community"), pk=pk
    )
    if notification.read_at is None:
        Notification.objects.filter(pk=pk).update(read_at=timezone.now())
    return redirect(notification.post)


@require_POST
@login_required
def mark_all_read(request):
    Notification.objects.filter(user=request.user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
    messages.success(request, "All notifications marked as read.")
    return redirect("forums_notifications")


@login_required
def preferences(request):
    user = request.user
    prefs = MemberPreferences.for_user(user)
    status = 200
    if request.method == "POST":
        form = PreferencesForm(request.POST, instance=prefs)
        if form.is_valid():
            with transaction.atomic():
                form.save()
                user.first_name = form.cleaned_data["first_name"]
                user.last_name = form.cleaned_data["last_name"]
                user.save(update_fields=["first_name", "last_name"])
            messages.success(request, "Your settings are saved.")
            return redirect("forums_preferences")
        status = 400
    else:
        form = PreferencesForm(
            instance=prefs, initial={"first_name": user.first_name, "last_name": user.last_name}
        )
    subscriptions = (
        Subscription.objects.filter(user=user)
        .filter(
            Q(community__in=permissions.visible_communities(user).values("pk"))
            | Q(thread__community__in=permissions.visible_communities(user).values("pk"))
        )
        .select_related("community", "thread__community")
        .order_by("-updated_at")
    )
    return render(
        request,
        "forums/preferences.html",
        {"form": form, "subscriptions": subscriptions},
        status=status,
    )


@csrf_exempt  # mail clients POST one-click unsubscribes (RFC 8058); the signed token authorizes
def unsubscribe(request, token):
    """GET shows what the link turns off, with a button; POST turns it off. The signed
    token names the member and what to stop, so no login is needed."""
    data = emails.read_unsubscribe_token(token)
    member = None
    if data is not None:
        member = get_user_model().objects.filter(pk=data[0], is_active=True).first()
    if member is None:
        return refuse(
            request,
            "This unsubscribe link is not valid. Change what you receive in your "
            "notification settings instead.",
            status=400,
        )
    if request.method == "POST":
        done = emails.apply_unsubscribe(member, data[1])
        if done is None:
            return refuse(request, "There is nothing left to unsubscribe from.", status=400)
        return render(request, "forums/unsubscribed.html", {"done": done})
    return render(request, "forums/unsubscribe.html", {"scope": data[1], "token": token})
