"""Invitations: the email and its link, accepting after sign-in or sign-up, and links
that no longer work (expired, revoked, used, unknown)."""

import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from network.core.factories import PASSWORD, UserFactory
from network.core.models import OutgoingEmail
from teams.choices import Side
from teams.models import Invitation, Membership
from teams.models.teams import hash_token

SIGNUP_PASSWORD = "Collab0rate-Together"


def path_in(text):
    return re.search(r"https?://[^/\s]+(/\S+)", text).group(1)


def invite(client, cast, email="board.chair@testville.example", side=Side.BOARD, title="Chair"):
    client.force_login(cast.superintendent)
    return client.post(
        reverse("teams:invite", args=[cast.team.slug]),
        {"email": email, "side": side, "title": title},
    )


def test_an_invitation_is_stored_hashed_and_its_email_carries_the_link(
    client, cast, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = invite(client, cast, email="Board.Chair@Testville.example")
    assert response.status_code == 302
    invitation = Invitation.objects.get(email="board.chair@testville.example")
    assert (invitation.side, invitation.title, invitation.invited_by) == (
        Side.BOARD,
        "Chair",
        cast.superintendent,
    )
    assert invitation.expires_at - invitation.created_at == timedelta(days=14)
    # Queued in the outbox with the invitation, then sent by the task.
    queued = OutgoingEmail.objects.get(purpose="team invitation")
    assert queued.sender == cast.superintendent
    (sent,) = [m for m in mail.outbox if m.to == ["board.chair@testville.example"]]
    assert cast.team.name in sent.subject
    assert "Sam Super invites you to join Testville joint team" in sent.body
    assert "School board (Chair)" in sent.body
    link = path_in(sent.body)
    token = link.rstrip("/").rsplit("/", 1)[-1]
    assert link == reverse("teams:invitation", args=[token])
    # Only the hash is stored.
    assert invitation.token_hash == hash_token(token)
    assert token not in invitation.token_hash
    page = client.get(reverse("teams:members", args=[cast.team.slug])).content.decode()
    assert "board.chair@testville.example" in page
    assert "Pending until" in page


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"email": "not-an-address", "side": "board"}, "Enter a whole email address"),
        ({"email": "", "side": "board"}, "Give the email address"),
        ({"email": "x@testville.example", "side": ""}, "Say which side they will be"),
        ({"email": "x@testville.example", "side": "owner"}, "Choose one of the sides listed."),
    ],
)
def test_bad_invitations_are_refused_and_kept(client, cast, data, error):
    client.force_login(cast.superintendent)
    response = client.post(
        reverse("teams:invite", args=[cast.team.slug]), {**data, "title": "Typed title"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert error in html
    assert 'value="Typed title"' in html
    assert Invitation.objects.count() == 1  # the cast's own


def test_a_member_or_a_pending_invitee_is_not_invited_twice(client, cast):
    response = invite(client, cast, email=cast.president.email.upper())
    assert response.status_code == 400
    assert "already on the team" in response.content.decode()
    response = invite(client, cast, email=cast.invitee.email)
    assert response.status_code == 400
    assert "already has a pending invitation" in response.content.decode()
    # Once revoked, the address may be invited again.
    client.post(reverse("teams:revoke", args=[cast.team.slug, cast.invitation.pk]))
    assert invite(client, cast, email=cast.invitee.email).status_code == 302


def test_the_invitation_page_says_who_invites_to_what_and_how_to_sign_in(client, cast):
    url = reverse("teams:invitation", args=[cast.token])
    html = client.get(url).content.decode()
    assert "Sam Super invites you to join Testville joint team" in html
    assert "School board" in html
    assert f'href="{reverse("account_login")}?next={url}"' in html.replace("%2F", "/")
    assert f'href="{reverse("account_signup")}?next={url}"' in html.replace("%2F", "/")
    assert "Accept and join" not in html


def test_an_existing_member_accepts_after_signing_in(client, cast):
    url = reverse("teams:invitation", args=[cast.token])
    response = client.post(
        reverse("account_login") + f"?next={url}",
        {"login": cast.invitee.email, "password": PASSWORD},
    )
    assert response.status_code == 302
    assert response.url == url
    page = client.get(url).content.decode()
    assert "Accept and join the team" in page
    assert "csrfmiddlewaretoken" in page
    response = client.post(url)
    assert response.status_code == 302
    assert response.url == cast.team.get_absolute_url()
    membership = Membership.objects.get(team=cast.team, user=cast.invitee)
    assert membership.side == Side.BOARD
    cast.invitation.refresh_from_db()
    assert cast.invitation.accepted_by == cast.invitee
    assert cast.invitation.state == "accepted"
    assert client.get(cast.team.get_absolute_url()).status_code == 200


def test_accepting_needs_the_csrf_token(cast):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(cast.invitee)
    response = strict.post(reverse("teams:invitation", args=[cast.token]))
    assert response.status_code == 403
    assert not Membership.objects.filter(user=cast.invitee).exists()


def test_a_new_person_accepts_after_signing_up(client, cast, django_capture_on_commit_callbacks):
    """Sign-up through allauth's own view, email verification mandatory (as configured):
    the confirmation signs them in and brings them back to the invitation."""
    invitation, token = Invitation.issue(
        cast.team, "new.teacher@testville.example", Side.UNION, cast.president, title="Teacher"
    )
    url = reverse("teams:invitation", args=[token])
    signup = client.get(url).content.decode().replace("%2F", "/")
    assert f"{reverse('account_signup')}?next={url}" in signup
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("account_signup") + f"?next={url}",
            {
                "email": "new.teacher@testville.example",
                "password1": SIGNUP_PASSWORD,
                "password2": SIGNUP_PASSWORD,
                "next": url,
            },
        )
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    user = get_user_model().objects.get(email="new.teacher@testville.example")
    assert not EmailAddress.objects.get(user=user).verified
    # Not signed in yet: the invitation still asks to sign in, and accepting is refused.
    assert client.post(url).status_code == 302
    assert not Membership.objects.filter(user=user).exists()

    (confirmation,) = mail.outbox
    confirm_url = path_in(confirmation.body)
    response = client.post(confirm_url)
    assert response.status_code == 302
    assert response.url == url
    assert client.session["_auth_user_id"] == str(user.pk)
    response = client.post(url)
    assert response.status_code == 302
    membership = Membership.objects.get(team=cast.team, user=user)
    assert (membership.side, membership.title) == (Side.UNION, "Teacher")


def test_the_accepting_account_need_not_have_the_invited_address(client, cast):
    someone = UserFactory(email="personal@mail.example")
    client.force_login(someone)
    url = reverse("teams:invitation", args=[cast.token])
    html = client.get(url).content.decode()
    assert f"sent to {cast.invitation.email}" in html
    assert "signed in as personal@mail.example" in html
    assert client.post(url).status_code == 302
    assert Membership.objects.filter(team=cast.team, user=someone, side=Side.BOARD).exists()


def test_an_invitation_is_used_once(client, cast):
    url = reverse("teams:invitation", args=[cast.token])
    client.force_login(cast.invitee)
    client.post(url)
    # The one who accepted is sent on to the team ...
    assert client.get(url).url == cast.team.get_absolute_url()
    # ... anyone else is told the link has been used.
    client.force_login(cast.outsider)
    response = client.get(url)
    assert response.status_code == 410
    assert "already been used" in response.content.decode()
    response = client.post(url)
    assert response.status_code == 410
    assert not Membership.objects.filter(user=cast.outsider).exists()


def test_an_expired_invitation_is_gone_and_says_so(client, cast):
    Invitation.objects.filter(pk=cast.invitation.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    client.force_login(cast.invitee)
    url = reverse("teams:invitation", args=[cast.token])
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 410
        html = response.content.decode()
        assert "This invitation has expired" in html
        assert "send you a new invitation" in html
    assert not Membership.objects.filter(user=cast.invitee).exists()
    client.force_login(cast.superintendent)
    page = client.get(reverse("teams:members", args=[cast.team.slug])).content.decode()
    assert "Expired" in page


def test_a_revoked_invitation_is_gone_and_says_so(client, cast):
    client.force_login(cast.president)
    response = client.post(reverse("teams:revoke", args=[cast.team.slug, cast.invitation.pk]))
    assert response.status_code == 302
    cast.invitation.refresh_from_db()
    assert cast.invitation.state == "revoked"
    page = client.get(reverse("teams:members", args=[cast.team.slug])).content.decode()
    assert "Revoked" in page
    client.force_login(cast.invitee)
    response = client.post(reverse("teams:invitation", args=[cast.token]))
    assert response.status_code == 410
    assert "This invitation was revoked" in response.content.decode()
    assert not Membership.objects.filter(user=cast.invitee).exists()


def test_revoking_an_accepted_invitation_changes_nothing(client, cast):
    client.force_login(cast.invitee)
    client.post(reverse("teams:invitation", args=[cast.token]))
    client.force_login(cast.president)
    client.post(reverse("teams:revoke", args=[cast.team.slug, cast.invitation.pk]))
    cast.invitation.refresh_from_db()
    assert cast.invitation.state == "accepted"
    assert Membership.objects.filter(user=cast.invitee).exists()


@pytest.mark.parametrize("token", ["not-a-token", "x" * 300])
def test_an_unknown_link_is_not_found_and_says_so(client, cast, token):
    response = client.get(reverse("teams:invitation", args=[token]))
    assert response.status_code == 404
    assert "We do not know this invitation link" in response.content.decode()


def test_a_member_opening_an_invitation_to_their_own_team_is_told(client, cast):
    client.force_login(cast.president)
    url = reverse("teams:invitation", args=[cast.token])
    assert "already a member" in client.get(url).content.decode()
    client.post(url)
    cast.invitation.refresh_from_db()
    assert cast.invitation.state == "pending"  # kept for the person it was meant for


def test_the_members_page_says_a_team_is_one_sided_until_the_other_side_joins(client, cast):
    cast.team.memberships.filter(user=cast.president).delete()
    members = reverse("teams:members", args=[cast.team.slug])
    client.force_login(cast.superintendent)
    assert "This team is one-sided" in client.get(members).content.decode()
    invitation, token = Invitation.issue(cast.team, "union@testville.example", Side.UNION, None)
    client.force_login(cast.president)
    client.post(reverse("teams:invitation", args=[token]))
    assert "one-sided" not in client.get(members).content.decode()


def test_an_invitation_from_a_deleted_account_still_opens(client, cast):
    invitation, token = Invitation.issue(cast.team, "late@testville.example", Side.UNION, None)
    html = client.get(reverse("teams:invitation", args=[token])).content.decode()
    assert "A former member of the team invites you" in html
