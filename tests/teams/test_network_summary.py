"""The network summary: its numbers recomputed by hand, the threshold, suppression, no
team named, and who may open the staff page."""

import secrets
from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from resources.factories import TopicFactory
from teams import summaries
from teams.choices import MIN_ANSWERS, PlanStatus, Stage, StepStatus
from teams.factories import TeamFactory, WorkPlanFactory
from teams.models import AssessmentRound, Goal, Response, Step

from .conftest import ROLES

Q1 = datetime(2026, 2, 10, tzinfo=UTC)
Q2 = datetime(2026, 5, 10, tzinfo=UTC)


def answer_round(team, answers, opened_at=Q1):
    """A round with one response per (communication, collaboration, openness) triple."""
    round_ = AssessmentRound.objects.create(
        team=team, link_token_hash=secrets.token_hex(32), opened_at=opened_at
    )
    Response.objects.bulk_create(
        Response(
            round=round_,
            communication=a,
            collaboration=b,
            openness=c,
            stage=Stage.PRELIMINARY,
        )
        for a, b, c in answers
    )
    return round_


def plan_with_steps(team, status, topic, step_statuses):
    plan = WorkPlanFactory(team=team)
    plan.status = status
    plan.save()
    goal = Goal.objects.create(plan=plan, title=f"Goal of {team.name}")
    goal.topics.add(topic)
    for number, step_status in enumerate(step_statuses):
        Step.objects.create(goal=goal, title=f"Step {number}", status=step_status)
    return plan


FIVE = [(1, 2, 3), (2, 2, 3), (3, 2, 3), (4, 2, 3), (2, 4, 1)]  # means 2.4, 2.4, 2.6


@pytest.fixture
def network(db):
    """Six answered teams, each in both quarters, plus two that do not count: one whose
    round has only four answers and one demo team."""
    trust = TopicFactory(name="Trust and communication", slug="trust-and-communication")
    rare = TopicFactory(name="Compensation", slug="compensation")
    statuses = [
        PlanStatus.NOTHING_IMPLEMENTED,
        PlanStatus.SOME_IMPLEMENTED,
        PlanStatus.SOME_IMPLEMENTED,
        PlanStatus.MOST_IMPLEMENTED,
        PlanStatus.MOST_IMPLEMENTED,
        None,  # no plan at all
    ]
    D, U, N = StepStatus.DONE, StepStatus.UNDER_WAY, StepStatus.DROPPED
    steps = [[D, U], [D, D], [U, U, N], [D], [D, U, U, U], []]
    teams = []
    for number, (status, team_steps) in enumerate(zip(statuses, steps, strict=True)):
        team = TeamFactory(name=f"Secretville {number} joint team")
        answer_round(team, FIVE, Q1)
        answer_round(team, [(4, 4, 4)] * MIN_ANSWERS, Q2)
        if status:
            plan_with_steps(team, status, trust, team_steps)
        teams.append(team)
    # One team's second goal is on a topic no other team has.
    Step.objects.create(
        goal=Goal.objects.create(plan=teams[0].plan, title="Pay"),
        title="Pay study",
        status=StepStatus.DONE,
    )
    teams[0].plan.goals.get(title="Pay").topics.add(rare)
    short = TeamFactory(name="Shortville joint team")
    answer_round(short, FIVE[:4])
    plan_with_steps(short, PlanStatus.NO_PLAN, trust, [U])
    demo = TeamFactory(name="Demoville joint team", is_demo=True)
    answer_round(demo, [(1, 1, 1)] * MIN_ANSWERS)
    plan_with_steps(demo, PlanStatus.NO_PLAN, trust, [U, U])
    return teams + [short, demo]


def test_summary_recomputed_by_hand(network):
    summary = summaries.network_summary(demo=False)
    assert summary.answered == 6
    shares = {row.status: row.share for row in summary.statuses}
    # 1 without a plan, 1 nothing, 2 some, 2 most, out of 6.
    assert shares == {
        PlanStatus.NO_PLAN: 16.7,
        PlanStatus.NOTHING_IMPLEMENTED: 16.7,
        PlanStatus.SOME_IMPLEMENTED: 33.3,
        PlanStatus.MOST_IMPLEMENTED: 33.3,
    }
    denver = {row.status: (row.denver_share, row.denver_count) for row in summary.statuses}
    assert denver[PlanStatus.NO_PLAN] == (30.7, 39)
    assert denver[PlanStatus.MOST_IMPLEMENTED] == (16.5, 21)
    topics = {row.name: row for row in summary.topics}
    # Trust: steps 2+2+2(dropped left out)+1+4 = 11, done 1+2+0+1+1 = 5, from 5 teams.
    assert topics["Trust and communication"].share_done == round(100 * 5 / 11, 1)
    # Compensation: one team only, suppressed.
    assert topics["Compensation"].suppressed and topics["Compensation"].share_done is None
    q1, q2 = summary.quarters
    assert (q1.label, q1.communication, q1.collaboration, q1.openness) == (
        "2026 Q1",
        2.4,
        2.4,
        2.6,
    )
    assert (q2.label, q2.communication) == ("2026 Q2", 4.0)


def test_demo_teams_count_only_when_asked(network):
    with_demo = summaries.network_summary(demo=True)
    assert with_demo.answered == 7
    q1 = with_demo.quarters[0]
    # 6 teams x FIVE (sum 12 each) + demo's 5 ones: (72 + 5) / 35.
    assert q1.communication == round(77 / 35, 2)


def test_threshold(db):
    teams = [TeamFactory() for _ in range(MIN_ANSWERS)]
    for team in teams[:-1]:
        answer_round(team, FIVE)
    answer_round(teams[-1], FIVE[:4])  # four answers: not yet answered
    summary = summaries.network_summary(demo=False)
    assert summary.answered == MIN_ANSWERS - 1 and not summary.shown
    assert summary.statuses == [] and summary.quarters == []
    Response.objects.create(
        round=teams[-1].rounds.get(),
        communication=1,
        collaboration=1,
        openness=1,
        stage=Stage.ADVANCED,
    )
    summary = summaries.network_summary(demo=False)
    assert summary.answered == MIN_ANSWERS and summary.shown and summary.statuses


@override_settings(DEBUG=False)
def test_public_page_before_threshold(client, db):
    for team in [TeamFactory() for _ in range(3)]:
        answer_round(team, FIVE)
    html = client.get(reverse("teams:network")).content.decode()
    assert "3 teams have answered" in html
    assert f"once {MIN_ANSWERS} teams have" in html
    assert "Where teams" not in html


@override_settings(DEBUG=False)
def test_public_page_names_no_team(client, network):
    response = client.get(reverse("teams:network"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Where teams" in html and "30.7%" in html and "2011 Denver survey" in html
    assert "16.7%" in html and "45.5%" in html
    assert "demo teams are counted" not in html
    for team in network:
        assert team.name not in html and team.slug not in html
        assert team.district.name not in html


@override_settings(DEBUG=True)
def test_public_page_counts_demo_teams_in_debug(client, network):
    html = client.get(reverse("teams:network")).content.decode()
    assert "demo teams are counted" in html
    assert "7 teams" in html
    for team in network:
        assert team.name not in html and team.slug not in html


@override_settings(DEBUG=False)
def test_staff_page_names_no_team(client, network, django_user_model):
    client.force_login(django_user_model.objects.create(username="boss", is_staff=True))
    html = client.get(reverse("teams:network_staff")).content.decode()
    assert "Teams that have answered" in html and "45.5%" in html
    for team in network:
        assert team.name not in html and team.slug not in html


EXPECTED = {
    "anonymous": 302,
    "outsider": 403,
    "invitee": 403,
    "member": 403,
    "facilitator": 403,
    "staff": 200,
}


@pytest.mark.parametrize("role", ROLES)
def test_staff_page_permissions(as_role, role):
    assert set(EXPECTED) == set(ROLES)
    response = as_role(role).get(reverse("teams:network_staff"))
    assert response.status_code == EXPECTED[role]
    if role == "anonymous":
        assert "login" in response["Location"] or "accounts" in response["Location"]


@pytest.mark.parametrize("role", ROLES)
def test_public_page_open_to_every_role(as_role, role):
    assert as_role(role).get(reverse("teams:network")).status_code == 200


def test_queries_do_not_grow_with_teams(db):
    trust = TopicFactory(name="Trust and communication", slug="trust-and-communication")
    for _ in range(MIN_ANSWERS):
        team = TeamFactory()
        answer_round(team, FIVE)
        plan_with_steps(team, PlanStatus.SOME_IMPLEMENTED, trust, [StepStatus.DONE])
    with CaptureQueriesContext(connection) as few:
        summaries.network_summary(demo=False)
    for _ in range(10):
        team = TeamFactory()
        answer_round(team, FIVE, Q2)
        plan_with_steps(team, PlanStatus.MOST_IMPLEMENTED, trust, [StepStatus.UNDER_WAY])
    with CaptureQueriesContext(connection) as many:
        summaries.network_summary(demo=False)
    assert len(many) == len(few) == 3
