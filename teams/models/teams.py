"""A district's joint labor-management team, its members and its invitations."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from ..choices import Side

INVITATION_DAYS = 14


class TeamQuerySet(models.QuerySet):
    def with_member(self, user):
        return self.filter(memberships__user=user)


class Team(models.Model):
    """A district (or charter network) and its local union(s), working together.

    Private to its members, its facilitator and staff; what it shares is its plan."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    district = models.ForeignKey(
        "network.Organization",
        on_delete=models.PROTECT,
        related_name="teams",
        help_text="The district or charter network.",
    )
    unions = models.ManyToManyField("network.Organization", related_name="union_teams", blank=True)
    facilitator = models.ForeignKey(
        "network.Facilitator",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="teams",
    )
    facilitator_request = models.ForeignKey(
        "network.FacilitatorRequest",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="teams",
        help_text="The request that led to the facilitator, if one did.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    is_demo = models.BooleanField(default=False, help_text="A demo team (demo content).")

    objects = TeamQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("teams:detail", args=[self.slug])

    def sides(self):
        return set(self.memberships.values_list("side", flat=True))

    def is_one_sided(self, memberships=None):
        """A joint team needs someone from management and someone from the union.
        ``memberships``: the team's, when the caller has them already."""
        sides = self.sides() if memberships is None else {m.side for m in memberships}
        return not {Side.MANAGEMENT, Side.UNION} <= sides


class Membership(models.Model):
    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="team_memberships"
    )
    side = models.CharField(max_length=20, choices=Side.choices)
    title = models.CharField(
        max_length=120, blank=True, help_text='Their role, e.g. "Union president".'
    )
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["side", "joined_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["team", "user"], name="one_membership_per_team")
        ]

    def __str__(self):
        return f"{self.user} ({self.get_side_display()}) on {self.team}"


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationQuerySet(models.QuerySet):
    def pending(self, now=None):
        now = now or timezone.now()
        return self.filter(accepted_at=None, revoked_at=None, expires_at__gt=now)


class Invitation(models.Model):
    """An invitation by email. Only a hash of its token is stored; the link carries it."""

    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField()
    side = models.CharField(max_length=20, choices=Side.choices)
    title = models.CharField(max_length=120, blank=True)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="team_invitations_accepted",
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} to {self.team}"

    @classmethod
    def issue(cls, team, email, side, invited_by, title="", now=None):
        """A new invitation and the token for its link (shown once, never stored)."""
        now = now or timezone.now()
        token = secrets.token_urlsafe(32)
        invitation = cls.objects.create(
            team=team,
            email=email.strip().lower(),
            side=side,
            title=title,
            token_hash=hash_token(token),
            invited_by=invited_by,
            created_at=now,
            expires_at=now + timedelta(days=INVITATION_DAYS),
        )
        return invitation, token

    @property
    def state(self):
        if self.accepted_at:
            return "accepted"
        if self.revoked_at:
            return "revoked"
        if self.expires_at <= timezone.now():
            return "expired"
        return "pending"
