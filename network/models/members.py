"""Members of the network: their profile, the organization they belong to, and messages
sent to them through the site (their email address is never shown)."""

import uuid
from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone

from network.core.markdown import render_markdown
from network.core.people import display_name
from network.core.zones import validate_zone
from resources.choices import Locale, SizeBand, Stage, UnionAffiliation, USState

from ..regions import Region
from .organizations import Organization


class MemberRole(models.TextChoices):
    """Roles named in the source reports."""

    SUPERINTENDENT = "superintendent", "Superintendent"
    UNION_LEADER = "union_leader", "Union president or leader"
    BOARD_MEMBER = "board_member", "School committee or board member"
    PRINCIPAL = "principal", "Principal"
    TEACHER = "teacher", "Teacher or teacher leader"
    DISTRICT_ADMIN = "district_admin", "HR or district administrator"
    FACILITATOR = "facilitator", "Facilitator"
    RESEARCHER = "researcher", "Researcher"
    STATE_AGENCY = "state_agency", "State agency"
    OTHER = "other", "Other"


# The roles shown as an organization's leaders, management side and union side.
MANAGEMENT_LEADERS = (MemberRole.SUPERINTENDENT, MemberRole.BOARD_MEMBER, MemberRole.DISTRICT_ADMIN)
UNION_LEADERS = (MemberRole.UNION_LEADER,)


class Visibility(models.TextChoices):
    MEMBERS = "members", "Listed in the directory, for signed-in members only"
    HIDDEN = "hidden", "Hidden: not in the directory, and my profile page is private"


def avatar_path(instance, filename):
    # A random name: avatars are served by URL, which must not reveal or be guessed from
    # the member; the file is always re-encoded, so the extension is ours.
    return f"avatars/{uuid.uuid4().hex}{PurePath(filename).suffix.lower()}"


class MemberProfile(models.Model):
    """What a member tells the network about themselves. Created on first visit to the
    profile form; every field is optional except what the directory needs to list them."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, primary_key=True, on_delete=models.CASCADE, related_name="profile"
    )
    role = models.CharField(max_length=20, choices=MemberRole.choices, blank=True)
    state = models.CharField(max_length=2, choices=USState.choices, blank=True)
    bio = models.TextField(
        "short bio",
        max_length=2000,
        blank=True,
        help_text="A few sentences; Markdown for emphasis and links. No HTML.",
    )
    bio_html = models.TextField(editable=False, blank=True)
    avatar = models.ImageField(upload_to=avatar_path, blank=True)
    expertise = models.ManyToManyField(
        "resources.Topic", blank=True, related_name="experts", verbose_name="topics of expertise"
    )
    interests = models.ManyToManyField(
        "resources.Topic",
        blank=True,
        related_name="interested_members",
        verbose_name="topics of interest",
    )
    # Expertise and interests together, kept by ``sync_topics``: the directory's one
    # topic facet counts and filters this.
    topics = models.ManyToManyField(
        "resources.Topic", blank=True, related_name="member_profiles", editable=False
    )
    visibility = models.CharField(
        "directory visibility",
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    time_zone = models.CharField(
        max_length=64,
        blank=True,
        validators=[validate_zone],
        help_text="Event times are also shown in this zone. Empty: only in each event's own.",
    )
    is_demo = models.BooleanField(default=False, help_text="A demo member (demo content).")
    # In the directory: visibility "members" and an active account. Kept on the profile
    # (by save() and a signal on the user) so listings need not join the users table.
    listed = models.BooleanField(default=True, editable=False)
    # The organization staff confirmed (``Affiliation``), and copies of its facets, so
    # the directory counts and filters one narrow table (kept by ``sync_organization``).
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="members"
    )
    locale = models.CharField(max_length=20, choices=Locale.choices, blank=True, editable=False)
    size_band = models.CharField(
        max_length=20, choices=SizeBand.choices, blank=True, editable=False
    )
    stage = models.CharField(max_length=20, choices=Stage.choices, blank=True, editable=False)
    union_affiliation = models.CharField(
        max_length=20, choices=UnionAffiliation.choices, blank=True, editable=False
    )
    region = models.CharField(max_length=20, choices=Region.choices, blank=True, editable=False)
    # Lower-case name, organization and role, for the directory's text search.
    search_text = models.CharField(max_length=600, blank=True, editable=False)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            models.Index(fields=["listed", "role"], name="network_profile_role_idx"),
            models.Index(fields=["listed", "state"], name="network_profile_state_idx"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.bio_html = render_markdown(self.bio)
        self.listed = self.visibility == Visibility.MEMBERS and self.user.is_active
        self.copy_organization_facets()
        self.refresh_search_text()
        self.updated_at = timezone.now()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("network:member", args=[self.user_id])

    @property
    def name(self):
        return display_name(self.user)

    def sync_topics(self):
        ids = {*self.expertise.values_list("pk", flat=True)}
        ids |= set(self.interests.values_list("pk", flat=True))
        self.topics.set(ids)

    def copy_organization_facets(self):
        org = self.organization
        for field in ("locale", "size_band", "stage", "union_affiliation", "region"):
            setattr(self, field, getattr(org, field) if org else "")

    def refresh_search_text(self):
        parts = [
            self.user.first_name,
            self.user.last_name,
            self.organization.name if self.organization else "",
            self.get_role_display() if self.role else "",
        ]
        self.search_text = " ".join(p for p in parts if p).lower()[:600]


def sync_listed(user):
    """After an account is activated or deactivated: list or unlist its profile."""
    MemberProfile.objects.filter(user=user).update(
        listed=models.Case(
            models.When(visibility=Visibility.MEMBERS, then=models.Value(user.is_active)),
            default=models.Value(False),
        )
    )


def sync_organization(organization):
    """Copy an organization's facets and name onto its members' profiles."""
    for profile in MemberProfile.objects.filter(organization=organization).select_related(
        "user", "organization"
    ):
        profile.save()


@receiver(post_save, sender=Organization, dispatch_uid="network_sync_organization")
def organization_saved(sender, instance, **kwargs):
    """Organizations know nothing of members: the members' side keeps its copies fresh."""
    sync_organization(instance)


class AffiliationStatus(models.TextChoices):
    PENDING = "pending", "Waiting for staff"
    CONFIRMED = "confirmed", "Confirmed"
    DECLINED = "declined", "Declined"


class Affiliation(models.Model):
    """A member's claim to belong to an organization; staff confirm it in the admin, and a
    confirmed claim becomes the profile's organization."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="affiliations"
    )
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="affiliations"
    )
    position = models.CharField(
        max_length=120, blank=True, help_text='Your title there, e.g. "Union president".'
    )
    status = models.CharField(
        max_length=10, choices=AffiliationStatus.choices, default=AffiliationStatus.PENDING
    )
    created_at = models.DateTimeField(default=timezone.now)
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["status", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organization"], name="network_one_claim_per_organization"
            )
        ]

    def __str__(self):
        return f"{self.user} at {self.organization} ({self.get_status_display()})"

    def save(self, *args, **kwargs):
        if self.status != AffiliationStatus.PENDING and self.reviewed_at is None:
            self.reviewed_at = timezone.now()
        super().save(*args, **kwargs)
        apply_affiliation(self.user)


def apply_affiliation(user):
    """Set the profile's organization to the member's latest confirmed affiliation."""
    confirmed = (
        Affiliation.objects.filter(user=user, status=AffiliationStatus.CONFIRMED)
        .order_by("-reviewed_at", "-pk")
        .select_related("organization")
        .first()
    )
    profile, _ = MemberProfile.objects.get_or_create(user=user)
    organization = confirmed.organization if confirmed else None
    if profile.organization_id != (organization.pk if organization else None):
        profile.organization = organization
        profile.save()


class ContactMessage(models.Model):
    """A message one member sent another through the site (the record also rate-limits)."""

    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="contact_messages_sent",
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="contact_messages_received",
    )
    subject = models.CharField(max_length=150)
    body = models.TextField(max_length=5000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["sender", "created_at"], name="network_contact_rate_idx")]

    def __str__(self):
        return f"{self.sender_id} to {self.recipient_id}: {self.subject}"
