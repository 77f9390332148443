"""After a conference or a training: the teams that took part are invited to turn their
breakout work into their action plan, or to update it, and the plan is linked to the
event.

Why: at the 2011 Denver conference district teams "develop[ed] initial action plans in
breakout sessions" (seed 003, line 166), attendees asked to "share progress on their
action plans" afterwards (line 180), and the report recommends post-conference support
to implement them (line 419). IBB trainings are also taken by district teams together
(seed 000, line 78), so trainings get the follow-up too. Webinars, regional meetings and
community sessions do not.

Who attended: the registrations marked as attended, once attendance has been marked for
the event (any registration with ``attended`` set); before that, the confirmed
registrants. A team attended if one of its attendees registered with it
(``Registration.team``) or is one of its members.

``teams`` sits below ``events`` and cannot know about events: the plan page shows the link
back to the event through the progress update this writes ("... from our breakout at
[event](link)"), and ``PlanLink`` keeps the link on the events side.
"""

import logging
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone

from network.core.links import site_url
from network.core.markdown import render_markdown
from teams import permissions as team_permissions
from teams import plans
from teams.models import Team, WorkPlan

from . import emails
from .choices import EventKind, RegistrationStatus
from .models import PlanLink, Registration, TeamFollowUp

logger = logging.getLogger(__name__)

FOLLOWUP_KINDS = (EventKind.CONFERENCE, EventKind.TRAINING)
# How long after an event its reminders' cron still looks at it (materials, invitations).
AFTER_WINDOW = timedelta(days=14)
GOAL_DESCRIPTION_MAX = 2000  # teams.Goal.description

# What the team does with its notes.
AS_GOAL, AS_UPDATE = "goal", "update"


def has_followup(event):
    return event.kind in FOLLOWUP_KINDS and not event.cancelled


# Who attended ----------------------------------------------------------------------------
def attendance_marked(event):
    return Registration.objects.filter(event=event, attended__isnull=False).exists()


def attendee_filter(event):
    """The condition on a registration's own columns that makes it an attendee."""
    if attendance_marked(event):
        return {"attended": True}
    return {"status": RegistrationStatus.CONFIRMED}


def attendees(event):
    return Registration.objects.filter(event=event, **attendee_filter(event))


def attending_teams(event):
    people = attendees(event)
    return Team.objects.filter(
        Q(pk__in=people.filter(team__isnull=False).values("team"))
        | Q(memberships__user__in=people.values("user"))
    ).distinct()


def attended(event, team):
    return attending_teams(event).filter(pk=team.pk).exists()


# Invitations -----------------------------------------------------------------------------
def followup_url(event, team):
    return site_url(reverse("events:followup", args=[event.slug, team.slug]))


def invite(event, team, now=None):
    """Invite ``team`` once: the ``TeamFollowUp`` row (unique per event and team) and the
    emails to its members are written together. Returns 1 if this call invited it."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                TeamFollowUp.objects.create(
                    event=event, team=team, invited_at=now or timezone.now()
                )
        except IntegrityError:  # another run invited it first
            return 0
        url = followup_url(event, team)
        members = (
            team.memberships.filter(user__is_active=True)
            .exclude(user__email="")
            .select_related("user")
        )
        for membership in members:
            emails.send(
                event,
                membership.user,
                kind="followup_invite",
                subject=emails.event_subject(event, f"{team.name}'s plan after"),
                context={"team": team, "followup_url": url},
            )
    return 1


def invite_teams(event, now=None):
    """Invite each team that attended ``event`` and was not invited yet. Returns how
    many were invited now."""
    if not has_followup(event) or not event.is_past(now):
        return 0
    invited = TeamFollowUp.objects.filter(event=event, team=OuterRef("pk"))
    count = 0
    for team in attending_teams(event).exclude(Exists(invited)).order_by("pk"):
        try:
            count += invite(event, team, now)
        except Exception:  # noqa: BLE001 - one team must not stop the others
            logger.exception("Could not invite team %s after event %s", team.pk, event.pk)
    return count


# Bringing the breakout back --------------------------------------------------------------
def markdown_text(text):
    """``text`` as literal Markdown (an event title inside a link)."""
    for character in "\\`*_{}[]()#+-.!<>":
        text = text.replace(character, "\\" + character)
    return text


def goal_title(event):
    return f"From {event.title}"[:200]


def event_link(event):
    return f"[{markdown_text(event.title)}]({site_url(event.url or '')})"


@transaction.atomic
def bring_back(event, team, author, notes, use):
    """Put the team's breakout notes into its plan: as a goal (``AS_GOAL``: the plan's
    first goal when it has none yet, which *starts* it) or as a progress update
    (``AS_UPDATE``); either way a progress update links back to the event. Records the
    ``PlanLink`` the first time. Returns ``(link, created)``."""
    plan = plans.plan_for(team)
    # Two members at once: one waits here, then sees the other's goal.
    plan = WorkPlan.objects.select_for_update().get(pk=plan.pk)
    plan.team = team
    started = not plan.goals.exists()
    if use == AS_GOAL:
        title = goal_title(event)
        plans.add_goal(plan, author, title, notes)
        verb = "Started the plan" if started else f"Added the goal “{markdown_text(title)}”"
        body = f"{verb} from our breakout at {event_link(event)}."
    else:
        body = f"{notes}\n\nFrom our breakout at {event_link(event)}."
    plans.post_update(plan, author, body)
    kind = PlanLink.Kind.STARTED if started and use == AS_GOAL else PlanLink.Kind.UPDATED
    return PlanLink.objects.get_or_create(
        event=event,
        plan=plan,
        defaults={"kind": kind, "breakout_notes": notes, "created_by": author},
    )


def link_of(event, team):
    return PlanLink.objects.filter(event=event, plan__team=team).select_related("plan").first()


def notes_html(link):
    return render_markdown(link.breakout_notes) if link and link.breakout_notes else ""


# The event page --------------------------------------------------------------------------
def for_page(user, event, now=None):
    """The event page's follow-up part: the visitor's own attending teams (with their
    plan's link, or the invitation), and the other linked plans they may read
    (``teams.permissions.readable_plans``: shared ones). None when there is nothing."""
    if not user.is_authenticated or not has_followup(event) or not event.has_started(now):
        return None
    mine = list(attending_teams(event).filter(memberships__user=user).order_by("name"))
    links = {
        link.plan.team_id: link
        for link in PlanLink.objects.filter(event=event, plan__team__in=mine).select_related("plan")
    }
    own = [{"team": team, "link": links.get(team.pk)} for team in mine]
    shared = list(
        PlanLink.objects.filter(event=event, plan__in=team_permissions.readable_plans(user))
        .exclude(plan__team__in=mine)
        .select_related("plan__team")
        .order_by("plan__team__name")
    )
    if not own and not shared:
        return None
    return {"own": own, "shared": shared}
