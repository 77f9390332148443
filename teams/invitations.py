"""Inviting people to a team by email, revoking an invitation and accepting one.

The invitation row and its email are written in one transaction (the email goes into
the outbox, ``network.core.outbox``), so an invitation exists exactly when its email
does. Only the token's hash is stored; the link in the email carries the token.
"""

from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from network.core import outbox
from network.core.links import site_url
from network.core.people import display_name

from .models import Invitation, Membership
from .models.teams import hash_token

UNKNOWN = "unknown"


def accept_url(token):
    return site_url(reverse("teams:invitation", args=[token]))


def invite(team, email, side, invited_by, title=""):
    """Store an invitation and queue its email; returns the invitation."""
    with transaction.atomic():
        invitation, token = Invitation.issue(team, email, side, invited_by, title=title)
        context = {
            "invitation": invitation,
            "team": team,
            "inviter_name": display_name(invited_by),
            "accept_url": accept_url(token),
        }
        message = EmailMessage(
            # Header values must be one line; team names are one line, this guards it.
            subject=" ".join(f"[SameSide] An invitation to {team.name}".split()),
            body=render_to_string("teams/teams/email/invitation.txt", context),
            to=[invitation.email],
        )
        outbox.queue(message, purpose="team invitation", sender=invited_by)
    return invitation


def find(token):
    """The invitation a link's token names, or None."""
    if not token or len(token) > 200:
        return None
    return (
        Invitation.objects.select_related("team", "invited_by")
        .filter(token_hash=hash_token(token))
        .first()
    )


def revoke(invitation):
    """Revoke a pending invitation; False if it was no longer pending."""
    now = timezone.now()
    return bool(Invitation.objects.pending(now).filter(pk=invitation.pk).update(revoked_at=now))


def accept(invitation, user):
    """Make ``user`` a member with the invited side. One conditional UPDATE marks the
    invitation used, so two simultaneous acceptances cannot both win. Returns the
    membership, or None if the invitation was no longer pending."""
    now = timezone.now()
    with transaction.atomic():
        claimed = (
            Invitation.objects.pending(now)
            .filter(pk=invitation.pk)
            .update(accepted_at=now, accepted_by=user)
        )
        if not claimed:
            return None
        membership, _ = Membership.objects.get_or_create(
            team=invitation.team,
            user=user,
            defaults={"side": invitation.side, "title": invitation.title, "joined_at": now},
        )
    return membership
