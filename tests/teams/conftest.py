"""A team and one person in each role of the permission matrix (``teams/permissions.py``)."""

from types import SimpleNamespace

import pytest

from network.core.factories import UserFactory
from network.factories import FacilitatorFactory, OrganizationFactory, UnionFactory
from teams.assessments import open_round
from teams.choices import Side
from teams.factories import MembershipFactory, TeamFactory
from teams.models import Invitation

ROLES = ["anonymous", "outsider", "invitee", "member", "facilitator", "staff"]


@pytest.fixture
def cast(db):
    """``team`` (a district and its union) with ``superintendent`` (management) and
    ``president`` (union) as members; ``facilitator`` attached from the roster; ``invitee``
    holding a pending invitation (``invitation``, ``token``); ``outsider`` a signed-in
    member of no team; ``staff`` a staff account; ``anonymous`` None."""
    district = OrganizationFactory(name="Testville Public Schools", state="MA")
    union = UnionFactory(name="Testville Education Association", state="MA", partner=district)
    facilitator = FacilitatorFactory()
    team = TeamFactory(
        name="Testville joint team", district=district, unions=[union], facilitator=facilitator
    )
    superintendent = UserFactory(username="superintendent", first_name="Sam", last_name="Super")
    president = UserFactory(username="president", first_name="Pat", last_name="President")
    MembershipFactory(team=team, user=superintendent, side=Side.MANAGEMENT)
    MembershipFactory(team=team, user=president, side=Side.UNION)
    invitee = UserFactory(username="invitee")
    invitation, token = Invitation.issue(team, invitee.email, Side.BOARD, superintendent)
    return SimpleNamespace(
        team=team,
        district=district,
        union=union,
        superintendent=superintendent,
        president=president,
        member=superintendent,
        facilitator=facilitator.user,
        invitee=invitee,
        invitation=invitation,
        token=token,
        outsider=UserFactory(username="outsider"),
        staff=UserFactory(username="staffer", is_staff=True),
        anonymous=None,
    )


@pytest.fixture
def as_role(client, cast):
    """``as_role("member")``: the test client signed in as that role (or signed out)."""

    def sign_in(role):
        client.logout()
        user = getattr(cast, role)
        if user is not None:
            client.force_login(user)
        return client

    return sign_in


@pytest.fixture
def assessment_round(cast):
    """An open district round of ``cast.team`` and its link's token: ``(round, token)``."""
    return open_round(cast.team, cast.superintendent)


@pytest.fixture
def peer(cast):
    """A peer team in another district (``peer.team``) with one member (``peer.member``)."""
    district = OrganizationFactory(name="Peerton Public Schools", state="MA")
    team = TeamFactory(name="Peerton joint team", district=district)
    member = UserFactory(username="peermember", first_name="Poppy", last_name="Peer")
    MembershipFactory(team=team, user=member, side=Side.UNION)
    return SimpleNamespace(team=team, member=member, district=district)


@pytest.fixture
def planned(cast):
    """``cast.team``'s plan with one goal (topic "Peer review") and two steps, one owned
    by the union president and due today."""
    from django.utils import timezone

    from resources.factories import TopicFactory
    from teams import plans

    topic = TopicFactory(name="Peer review", slug="peer-review")
    plan = plans.plan_for(cast.team)
    goal = plans.add_goal(plan, cast.superintendent, "Start peer review", "", [topic])
    first = plans.add_step(
        goal, cast.superintendent, "Agree the panel", cast.president, timezone.localdate()
    )
    second = plans.add_step(goal, cast.superintendent, "Train consulting teachers")
    return SimpleNamespace(plan=plan, goal=goal, first=first, second=second, topic=topic)
