"""Who may do what on the pages of the teams area, cell by cell for each role of
``tests/teams/conftest.py``. 302 for the anonymous visitor is the redirect to sign in;
404 is "no such team" (a team one may not see answers as one that does not exist); 403 is
a team one may see (facilitator, staff) but not manage."""

import pytest
from django.urls import reverse

from teams.factories import MembershipFactory
from teams.models import Invitation, Membership

from .conftest import ROLES

SIGN_IN = reverse("account_login")


def expect(response, status):
    assert response.status_code == status
    if status == 302 and response.wsgi_request.user.is_anonymous:
        assert response.url.startswith(SIGN_IN)


CREATE = dict.fromkeys(ROLES, 200) | {"anonymous": 302}


@pytest.mark.parametrize("role", ROLES)
def test_start_a_team(as_role, role):
    expect(as_role(role).get(reverse("teams:create")), CREATE[role])


MEMBERS = {
    "anonymous": 302,
    "outsider": 404,
    "invitee": 404,
    "member": 200,
    "facilitator": 200,
    "staff": 200,
}


@pytest.mark.parametrize("role", ROLES)
def test_members_page(as_role, cast, role):
    response = as_role(role).get(reverse("teams:members", args=[cast.team.slug]))
    expect(response, MEMBERS[role])
    if response.status_code == 200:
        html = response.content.decode()
        assert "Sam Super" in html and "Pat President" in html
        # Invitations (addresses of people not on the team) are for members only.
        assert (cast.invitation.email in html) == (role == "member")
        assert ("Send the invitation" in html) == (role == "member")


# POSTs that change the team: only members.
MANAGE = {
    "anonymous": 302,
    "outsider": 404,
    "invitee": 404,
    "member": 302,
    "facilitator": 403,
    "staff": 403,
}


@pytest.mark.parametrize("role", ROLES)
def test_invite(as_role, cast, role):
    response = as_role(role).post(
        reverse("teams:invite", args=[cast.team.slug]),
        {"email": "someone@testville.example", "side": "community"},
    )
    expect(response, MANAGE[role])
    made = Invitation.objects.filter(email="someone@testville.example").exists()
    assert made == (role == "member")


@pytest.mark.parametrize("role", ROLES)
def test_invite_is_post_only(as_role, cast, role):
    response = as_role(role).get(reverse("teams:invite", args=[cast.team.slug]))
    expect(response, 302 if role == "anonymous" else 405)


@pytest.mark.parametrize("role", ROLES)
def test_revoke(as_role, cast, role):
    response = as_role(role).post(
        reverse("teams:revoke", args=[cast.team.slug, cast.invitation.pk])
    )
    expect(response, MANAGE[role])
    cast.invitation.refresh_from_db()
    assert (cast.invitation.state == "revoked") == (role == "member")


def test_revoke_only_the_teams_own_invitations(client, cast):
    other = MembershipFactory(user=cast.outsider).team
    invitation, _ = Invitation.issue(other, "x@elsewhere.example", "union", cast.outsider)
    client.force_login(cast.superintendent)
    response = client.post(reverse("teams:revoke", args=[cast.team.slug, invitation.pk]))
    assert response.status_code == 404
    invitation.refresh_from_db()
    assert invitation.state == "pending"


FACILITATOR_PAGE = MEMBERS


@pytest.mark.parametrize("role", ROLES)
def test_facilitator_page(as_role, cast, role):
    response = as_role(role).get(reverse("teams:facilitator", args=[cast.team.slug]))
    expect(response, FACILITATOR_PAGE[role])
    if response.status_code == 200:
        html = response.content.decode()
        assert "Fay Cilitator" in html
        assert ("Attach this facilitator" in html) == (role == "member")


@pytest.mark.parametrize("role", ROLES)
def test_facilitator_change(as_role, cast, role):
    response = as_role(role).post(
        reverse("teams:facilitator", args=[cast.team.slug]), {"action": "detach"}
    )
    expect(response, MANAGE[role])
    cast.team.refresh_from_db()
    assert (cast.team.facilitator is None) == (role == "member")


# The invitation link is its own key: whoever holds it sees the invitation; signed out,
# they are asked to sign in or sign up; signed in, they may accept (a member of the team
# is told so and the invitation is kept for its invitee).
INVITATION_PAGE = {
    "anonymous": "Log in to accept",
    "outsider": "Accept and join the team",
    "invitee": "Accept and join the team",
    "member": "already a member",
    "facilitator": "Accept and join the team",
    "staff": "Accept and join the team",
}


@pytest.mark.parametrize("role", ROLES)
def test_invitation_page(as_role, cast, role):
    response = as_role(role).get(reverse("teams:invitation", args=[cast.token]))
    assert response.status_code == 200
    assert INVITATION_PAGE[role] in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_invitation_accept(as_role, cast, role):
    client = as_role(role)
    response = client.post(reverse("teams:invitation", args=[cast.token]))
    expect(response, 302)
    cast.invitation.refresh_from_db()
    joins = role not in ("anonymous", "member")
    assert (cast.invitation.state == "accepted") == joins
    if joins:
        user = getattr(cast, role)
        assert Membership.objects.get(team=cast.team, user=user).side == cast.invitation.side
        assert response.url == cast.team.get_absolute_url()
