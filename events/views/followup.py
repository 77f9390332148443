"""The follow-up page of a team after a conference or training
(``/events/<slug>/follow-up/<team_slug>/``): the team's members turn their breakout work
into their plan.

As the teams pages: signed out goes to sign in; a team the visitor may not see, or one
that did not attend, is a 404; the team's facilitator and staff (who see the team but do
not write its plan from here) get a 403. The POST asks the same on the server.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from teams import permissions as team_permissions
from teams.models import WorkPlan

from .. import followup, permissions
from ..followup_forms import FollowUpForm
from ..models import EventPage


def event_and_team(request, slug, team_slug):
    user = request.user
    event = get_object_or_404(permissions.visible_events(user, EventPage.objects.all()), slug=slug)
    team = get_object_or_404(team_permissions.visible_teams(user), slug=team_slug)
    if not followup.has_followup(event) or not event.has_started():
        raise Http404("This event has no follow-up.")
    if not followup.attended(event, team):
        raise Http404("This team did not attend the event.")
    if team_permissions.role(user, team) not in team_permissions.MANAGERS:
        raise PermissionDenied("Only the team's members bring its breakout work back.")
    return event, team


@login_required
def followup_page(request, slug, team_slug):
    event, team = event_and_team(request, slug, team_slug)
    plan = WorkPlan.objects.filter(team=team).first()  # no plan is made by looking
    form = FollowUpForm(
        request.POST if request.method == "POST" else None,
        has_goals=plan is not None and plan.goals.exists(),
        event_title=event.title,
    )
    if request.method == "POST" and form.is_valid():
        _, created = followup.bring_back(
            event, team, request.user, form.cleaned_data["notes"], form.cleaned_data["use"]
        )
        messages.success(
            request,
            "Your team's plan is linked from the event."
            if created
            else "Added to your team's plan.",
        )
        return redirect("teams:plan", team.slug)
    link = followup.link_of(event, team)
    return render(
        request,
        "events/followup/form.html",
        {
            "event": event,
            "team": team,
            "plan": plan,
            "link": link,
            "notes_html": followup.notes_html(link),
            "form": form,
        },
        status=400 if form.is_bound else 200,
    )
