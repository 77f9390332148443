"""After a conference: the attending teams' invitation (once), the follow-up page's
permissions, the plan started or updated through the teams services, the ``PlanLink``,
and what the event page shows to whom."""

from datetime import date, datetime, time, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from events import followup, reminders
from events.choices import EventKind, RegistrationStatus
from events.factories import EventPageFactory, RegistrationFactory
from events.models import PlanLink, TeamFollowUp
from network.core.factories import UserFactory
from network.core.links import site_url
from network.core.models import OutgoingEmail
from network.factories import FacilitatorFactory
from teams import plans
from teams.choices import Side
from teams.factories import MembershipFactory, TeamFactory
from teams.models import Goal, ProgressUpdate, WorkPlan

DAY = date(2025, 2, 15)
ENDS = datetime.combine(DAY, time(17, 0), tzinfo=ZoneInfo("America/Denver"))


@pytest.fixture
def cast(events_index):
    """A past conference that ``team`` (two members) attended through a team registration
    of ``superintendent``; ``other`` is a team that did not attend."""
    event = EventPageFactory(
        parent=events_index,
        title="Denver conference",
        slug="denver",
        start_date=DAY,
        time_zone="America/Denver",
    )
    facilitator = FacilitatorFactory()
    team = TeamFactory(name="Testville joint team", facilitator=facilitator)
    superintendent = UserFactory(username="superintendent", email="sup@example.org")
    president = UserFactory(username="president", email="pres@example.org")
    MembershipFactory(team=team, user=superintendent, side=Side.MANAGEMENT)
    MembershipFactory(team=team, user=president, side=Side.UNION)
    RegistrationFactory(event=event, user=superintendent, team=team)
    other = TeamFactory(name="Otherville joint team")
    other_member = UserFactory(username="othermember")
    MembershipFactory(team=other, user=other_member)
    return SimpleNamespace(
        event=event,
        team=team,
        other=other,
        member=superintendent,
        president=president,
        facilitator=facilitator.user,
        staff=UserFactory(username="staffer", is_staff=True),
        outsider=UserFactory(username="outsider"),
        other_team=other_member,
        anonymous=None,
    )


def url(cast, team=None):
    return reverse("events:followup", args=[cast.event.slug, (team or cast.team).slug])


def as_role(client, cast, role):
    user = getattr(cast, role)
    if user is not None:
        client.force_login(user)
    return client


# Invitations -----------------------------------------------------------------------------
def test_attending_teams_are_invited_once(cast):
    assert followup.invite_teams(cast.event, ENDS - timedelta(hours=1)) == 0  # not over
    assert followup.invite_teams(cast.event, ENDS + timedelta(hours=1)) == 1
    assert followup.invite_teams(cast.event, ENDS + timedelta(hours=2)) == 0
    assert list(TeamFollowUp.objects.values_list("team", flat=True)) == [cast.team.pk]
    invitations = OutgoingEmail.objects.filter(purpose="events.followup_invite")
    assert sorted(e.to[0] for e in invitations) == ["pres@example.org", "sup@example.org"]
    body = invitations.first().body
    assert "Testville joint team took part in Denver conference." in body
    assert f"/events/denver/follow-up/{cast.team.slug}/" in body


def test_the_cron_invites_the_teams_of_ended_conferences(cast):
    assert reminders.send_due_reminders(ENDS + timedelta(minutes=10)).teams == 1
    assert reminders.send_due_reminders(ENDS + timedelta(minutes=20)).teams == 0
    assert reminders.send_due_reminders(ENDS + timedelta(days=15)).teams == 0


def test_a_second_invitation_of_the_same_team_is_refused_by_the_row(cast):
    assert followup.invite(cast.event, cast.team) == 1
    assert followup.invite(cast.event, cast.team) == 0  # a concurrent run that lost
    assert OutgoingEmail.objects.filter(purpose="events.followup_invite").count() == 2


def test_a_member_who_came_alone_brings_the_team(cast, events_index):
    training = EventPageFactory(parent=events_index, kind=EventKind.TRAINING, start_date=DAY)
    RegistrationFactory(event=training, user=cast.president)  # no team on the registration
    assert list(followup.attending_teams(training)) == [cast.team]


def test_webinars_cancelled_events_and_no_shows_invite_nobody(cast, events_index):
    webinar = EventPageFactory(parent=events_index, kind=EventKind.WEBINAR, start_date=DAY)
    RegistrationFactory(event=webinar, user=cast.member, team=cast.team)
    cancelled = EventPageFactory(parent=events_index, start_date=DAY, cancelled=True)
    RegistrationFactory(event=cancelled, user=cast.member, team=cast.team)
    waiting = EventPageFactory(parent=events_index, start_date=DAY)
    RegistrationFactory(
        event=waiting, user=cast.member, team=cast.team, status=RegistrationStatus.WAITLISTED
    )
    for event in (webinar, cancelled, waiting):
        assert followup.invite_teams(event, ENDS + timedelta(hours=1)) == 0
    # Once attendance is marked, a registrant marked absent does not count.
    cast.event.registrations.update(attended=False)
    assert followup.invite_teams(cast.event, ENDS + timedelta(hours=1)) == 0
    assert not TeamFollowUp.objects.exists()


# Permissions -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 302),
        ("outsider", 404),
        ("other_team", 404),
        ("facilitator", 403),
        ("staff", 403),
    ],
    ids=["anonymous", "outsider", "other-team", "facilitator", "staff"],
)
def test_only_the_teams_members_open_the_follow_up(client, cast, role, status):
    """Everyone but a member (whose cases are below: 200, and the POST links the plan)."""
    client = as_role(client, cast, role)
    response = client.get(url(cast))
    assert response.status_code == status
    if status == 302:
        assert response.url.startswith(reverse("account_login"))
    response = client.post(url(cast), {"notes": "Ours", "use": followup.AS_GOAL})
    assert response.status_code == status
    assert not PlanLink.objects.exists()


def test_a_team_that_did_not_attend_has_no_follow_up(client, cast):
    client.force_login(cast.other_team)
    assert client.get(url(cast, cast.other)).status_code == 404


def test_no_follow_up_before_the_event_or_for_a_webinar(client, cast, events_index):
    client.force_login(cast.member)
    future = EventPageFactory(parent=events_index, start_date=date.today() + timedelta(days=9))
    webinar = EventPageFactory(parent=events_index, kind=EventKind.WEBINAR, start_date=DAY)
    for event in (future, webinar):
        RegistrationFactory(event=event, user=cast.member, team=cast.team)
        response = client.get(reverse("events:followup", args=[event.slug, cast.team.slug]))
        assert response.status_code == 404


# Starting and updating the plan ----------------------------------------------------------
def test_the_breakout_starts_the_plan(client, cast):
    client.force_login(cast.member)
    page = client.get(url(cast)).content.decode()
    assert "What did your team bring back from the breakout?" in page
    assert "Start our action plan from it" in page
    assert not WorkPlan.objects.exists()  # looking makes no plan
    notes = "Agree a **peer review** panel by June.\n\n<script>alert(1)</script>"
    response = client.post(url(cast), {"notes": notes, "use": followup.AS_GOAL})
    assert response.status_code == 302
    assert response.url == reverse("teams:plan", args=[cast.team.slug])
    goal = Goal.objects.get()
    assert (goal.title, goal.description) == ("From Denver conference", notes)
    update = ProgressUpdate.objects.get()
    assert "Started the plan from our breakout at" in update.body
    assert f'href="{site_url("/events/denver/")}"' in update.body_html
    link = PlanLink.objects.get()
    assert (link.kind, link.plan.team, link.created_by) == (
        PlanLink.Kind.STARTED,
        cast.team,
        cast.member,
    )
    assert link.breakout_notes == notes
    # The plan page (teams) shows the way back to the event, through the update.
    plan_page = client.get(response.url).content.decode()
    assert "/events/denver/" in plan_page
    # The follow-up page shows the notes, made safe.
    page = client.get(url(cast)).content.decode()
    assert "<strong>peer review</strong>" in page
    assert "<script>alert(1)</script>" not in page


def test_the_breakout_updates_an_existing_plan(client, cast):
    plan = plans.plan_for(cast.team)
    plans.add_goal(plan, cast.member, "Start peer review")
    client.force_login(cast.president)
    page = client.get(url(cast)).content.decode()
    assert "Add it to the plan as a new goal" in page
    response = client.post(url(cast), {"notes": "We chose three pilot schools.", "use": "update"})
    assert response.status_code == 302
    assert Goal.objects.count() == 1
    update = ProgressUpdate.objects.get()
    assert update.body.startswith("We chose three pilot schools.")
    assert "From our breakout at [Denver conference](" in update.body
    link = PlanLink.objects.get()
    assert (link.kind, link.plan) == (PlanLink.Kind.UPDATED, plan)
    # A second contribution adds to the plan; the link stays the first one.
    client.post(url(cast), {"notes": "And a timeline.", "use": followup.AS_GOAL})
    assert Goal.objects.count() == 2
    assert PlanLink.objects.get().kind == PlanLink.Kind.UPDATED


def test_a_goal_takes_at_most_its_description_length(client, cast):
    client.force_login(cast.member)
    response = client.post(url(cast), {"notes": "x" * 2001, "use": followup.AS_GOAL})
    assert response.status_code == 400
    assert "at most 2,000 characters" in response.content.decode()
    assert not Goal.objects.exists()
    response = client.post(url(cast), {"notes": "x" * 2001, "use": followup.AS_UPDATE})
    assert response.status_code == 302


def test_the_form_needs_notes(client, cast):
    client.force_login(cast.member)
    response = client.post(url(cast), {"notes": "  ", "use": followup.AS_GOAL})
    assert response.status_code == 400
    assert not PlanLink.objects.exists()


def test_the_post_needs_the_csrf_token(client, cast):
    client.force_login(cast.member)
    client.handler.enforce_csrf_checks = True
    response = client.post(url(cast), {"notes": "Ours", "use": followup.AS_GOAL})
    assert response.status_code == 403
    assert not PlanLink.objects.exists()


# The event page --------------------------------------------------------------------------
def test_the_event_page_invites_the_member_then_names_the_plan(client, cast):
    client.force_login(cast.member)
    page = client.get(cast.event.url).content.decode()
    assert url(cast) in page
    followup.bring_back(cast.event, cast.team, cast.member, "Notes", followup.AS_GOAL)
    page = client.get(cast.event.url).content.decode()
    assert "Testville joint team's plan:" in page
    assert "linked from this event" in page
    assert reverse("teams:plan", args=[cast.team.slug]) in page


@pytest.mark.parametrize("role", ["anonymous", "outsider", "other_team"], ids=str)
def test_a_private_plan_is_not_on_the_event_page(client, cast, role):
    followup.bring_back(cast.event, cast.team, cast.member, "Secret notes", followup.AS_GOAL)
    page = as_role(client, cast, role).get(cast.event.url).content.decode()
    assert reverse("teams:plan", args=[cast.team.slug]) not in page
    assert url(cast) not in page
    assert "Action plans from this event" not in page


def test_a_plan_shared_with_the_network_is_listed_for_members(client, cast):
    link, _ = followup.bring_back(cast.event, cast.team, cast.member, "N", followup.AS_GOAL)
    WorkPlan.objects.filter(pk=link.plan_id).update(shared_with_network=True)
    client.force_login(cast.outsider)
    page = client.get(cast.event.url).content.decode()
    assert reverse("teams:plan", args=[cast.team.slug]) in page
    assert url(cast) not in page  # the follow-up itself stays the team's
    client.logout()
    page = client.get(cast.event.url).content.decode()
    assert reverse("teams:plan", args=[cast.team.slug]) not in page
