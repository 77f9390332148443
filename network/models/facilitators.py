"""Facilitators: the roster of people who help districts and unions work together, and
members' requests for one."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from network.core.people import display_name

from ..regions import Region
from .organizations import Organization


class Service(models.TextChoices):
    """Services named in the source reports."""

    IBB_TRAINING = "ibb_training", "Interest-based bargaining training"
    FACILITATED_NEGOTIATIONS = "facilitated_negotiations", "Facilitated negotiations"
    TEAM_BUILDING = "team_building", "Team building"
    DISTRICT_CAPACITY = "district_capacity", "District capacity projects"


class Facilitator(models.Model):
    """A member on the facilitators' roster. Their topics of expertise are on their
    profile; being here marks them as a facilitator across the site."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="facilitator"
    )
    summary = models.TextField(
        max_length=600, help_text="One or two sentences on the facilitator's experience."
    )
    services = models.JSONField(default=list, help_text="Codes from Service.")
    regions = models.JSONField(default=list, help_text="Census regions served (Region codes).")
    languages = models.CharField(
        max_length=200, default="English", help_text="Comma-separated, e.g. English, Spanish."
    )
    accepting_requests = models.BooleanField(default=True)
    is_demo = models.BooleanField(default=False)

    panels = [
        FieldPanel("user"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("services"), FieldPanel("regions"), FieldPanel("languages")],
            heading="Services, regions served and languages",
        ),
        FieldPanel("accepting_requests"),
    ]

    class Meta:
        ordering = ["user__last_name", "user__first_name", "pk"]

    def __str__(self):
        return display_name(self.user)

    def get_absolute_url(self):
        return reverse("network:member", args=[self.user_id])

    @property
    def service_labels(self):
        return [Service(code).label for code in self.services if code in Service.values]

    @property
    def region_labels(self):
        return [Region(code).label for code in self.regions if code in Region.values]

    @property
    def language_list(self):
        return [part.strip() for part in self.languages.split(",") if part.strip()]


class RequestStatus(models.TextChoices):
    NEW = "new", "New"
    IN_PROGRESS = "in_progress", "In progress"
    MATCHED = "matched", "Facilitator matched"
    CLOSED = "closed", "Closed"


class FacilitatorRequest(models.Model):
    """A member asks for a facilitator (a particular one, or whoever fits). Staff work
    the requests from a queue in the admin."""

    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="facilitator_requests",
    )
    facilitator = models.ForeignKey(
        Facilitator,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="requests",
        help_text="Empty: any facilitator who fits.",
    )
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    service = models.CharField(max_length=30, choices=Service.choices)
    topic = models.ForeignKey(
        "resources.Topic", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    region = models.CharField(max_length=20, choices=Region.choices, blank=True)
    message = models.TextField(max_length=3000)
    status = models.CharField(max_length=20, choices=RequestStatus.choices, default="new")
    staff_notes = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    panels = [FieldPanel("status"), FieldPanel("facilitator"), FieldPanel("staff_notes")]

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_service_display()} for {self.requester or 'a former member'}"

    def save(self, *args, **kwargs):
        self.updated_at = timezone.now()
        super().save(*args, **kwargs)
