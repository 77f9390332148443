"""Scheduling, changing and cancelling a community's own sessions
(``events_sessions:new``, ``edit``, ``cancel``). Who may: ``permissions.can_schedule_session``
(the community's facilitators and moderators). An invisible private community is a 404;
an anonymous visitor is sent to log in; anyone else is refused (403)."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from forums.permissions import visible_communities

from .. import permissions, sessions
from ..models import EventPage
from ..session_forms import SessionForm, initial_for


def refuse(request, community):
    return render(
        request,
        "events/sessions/refused.html",
        {"community": community},
        status=403,
    )


def community_for(request, community_slug):
    return get_object_or_404(visible_communities(request.user), slug=community_slug)


def allowed(request, community):
    """None when the visitor may schedule; otherwise the response to give."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not permissions.can_schedule_session(request.user, community):
        return refuse(request, community)
    return None


def session_of(community, slug):
    return get_object_or_404(EventPage.objects.filter(community=community), slug=slug)


def new(request, community_slug):
    community = community_for(request, community_slug)
    if (response := allowed(request, community)) is not None:
        return response
    form = SessionForm(request.POST or None, community=community)
    if request.method == "POST" and form.is_valid():
        event = sessions.schedule(community, request.user, form.cleaned_data)
        messages.success(request, "The session is scheduled and published.")
        return redirect(event.url)
    return render(
        request,
        "events/sessions/form.html",
        {"community": community, "form": form, "event": None},
        status=400 if form.errors else 200,
    )


def edit(request, community_slug, slug):
    community = community_for(request, community_slug)
    if (response := allowed(request, community)) is not None:
        return response
    event = session_of(community, slug)
    form = SessionForm(
        request.POST or None, community=community, event=event, initial=initial_for(event)
    )
    if request.method == "POST" and form.is_valid():
        event = sessions.update(event, request.user, form.cleaned_data)
        messages.success(request, "The session is changed.")
        return redirect(event.url)
    return render(
        request,
        "events/sessions/form.html",
        {"community": community, "form": form, "event": event},
        status=400 if form.errors else 200,
    )


@require_POST
def cancel(request, community_slug, slug):
    community = community_for(request, community_slug)
    if (response := allowed(request, community)) is not None:
        return response
    event = session_of(community, slug)
    if not event.cancelled:
        event = sessions.cancel(event, request.user, request.POST.get("note", "").strip())
        messages.success(request, "The session is cancelled.")
    return redirect(event.url)
