"""Registering for an event and cancelling. The event is looked up among the events the
visitor may see (``permissions.visible_events``: a private community's session is a 404
for others); writes go through ``events.registration``, which holds the rules."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from network.core.ids import parse_id
from network.core.people import display_name

from .. import permissions, registration
from ..forms import RegisterForm
from ..models import Registration


def event_for(request, slug):
    return get_object_or_404(permissions.visible_events(request.user), slug=slug)


def refuse(request, message, event=None, status=403):
    return render(
        request,
        "events/registration/refused.html",
        {"message": message, "event": event},
        status=status,
    )


def register(request, slug):
    """GET: "Register for <event>", choosing "just me" or one of the member's teams;
    POST: register, then back to the event page with what happened."""
    event = event_for(request, slug)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    own = permissions.registration_of(request.user, event)
    panel = registration.panel(event, request.user, own)
    teams = list(registration.teams_of(request.user))
    include_me = panel["active_registration"] is None
    status = 200
    if request.method == "POST":
        # "Just me" stays a valid answer once registered: a second submit (a double click,
        # a retry) reaches registration.register, which says "already registered".
        form = RegisterForm(request.POST, teams=teams, include_me=True)
        if form.is_valid():
            team = form.team
            if team is None:
                outcome = registration.register(event, request.user)
                waitlisted = outcome.status == registration.WAITLISTED
            else:
                outcome = registration.register_team(event, team, request.user)
                waitlisted = bool(outcome.waitlisted) and not outcome.confirmed
            if not outcome.ok:
                messages.error(request, outcome.message)
            elif waitlisted:
                messages.warning(request, outcome.message)
            else:
                messages.success(request, outcome.message)
            return redirect(event.url)
        status = 400
    else:
        form = RegisterForm(teams=teams, include_me=include_me)
    return render(
        request,
        "events/registration/register.html",
        {"event": event, "form": form, "panel": panel},
        status=status,
    )


def registration_to_cancel(request, event):
    """The member's own place, or (for staff, with ``registration=<id>``) anyone's."""
    pk = parse_id(request.POST.get("registration") or request.GET.get("registration"))
    if pk is None:
        own = permissions.registration_of(request.user, event)
        if own is None or own.status == registration.CANCELLED:
            return None, False
        return own, False
    target = get_object_or_404(Registration.objects.select_related("user"), pk=pk, event=event)
    return target, target.user_id != request.user.pk


def cancel(request, slug):
    """GET: "Cancel your place?"; POST: cancel it (the first waiting member gets it)."""
    event = event_for(request, slug)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    target, for_someone_else = registration_to_cancel(request, event)
    if for_someone_else and not permissions.can_manage_registrations(request.user, event):
        return refuse(request, "Only the event's staff can cancel someone else's place.", event)
    if target is None or target.status == registration.CANCELLED:
        messages.info(request, "You are not registered for this event.")
        return redirect(event.url)
    back = reverse("events:registrants", args=[event.slug]) if for_someone_else else event.url
    if request.method != "POST":
        return render(
            request,
            "events/registration/cancel.html",
            {
                "event": event,
                "target": target,
                "for_someone_else": for_someone_else,
                "back": back,
                "status_message": registration.status_message(target),
            },
        )
    was_waiting = target.is_waitlisted
    try:
        promoted = registration.cancel(target, request.user)
    except registration.Refused as refused:
        messages.error(request, refused.message)
        return redirect(back)
    who = f"{display_name(target.user)}’s" if for_someone_else else "Your"
    if was_waiting:
        text = (
            f"{display_name(target.user)} has left the waiting list for {event.title}."
            if for_someone_else
            else f"You have left the waiting list for {event.title}."
        )
    else:
        text = f"{who} place at {event.title} is cancelled."
    if promoted is not None and for_someone_else:
        text += f" {display_name(promoted.user)}, first on the waiting list, has the place now."
    elif promoted is not None:
        text += " The first person on the waiting list has the place now."
    messages.success(request, text)
    return redirect(back)
