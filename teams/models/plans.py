"""A team's guiding principles and work plan: goals, steps, revisions, progress updates,
requests for feedback and the feedback itself."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from ..choices import PlanStatus, StepStatus

TEXT_MAX_LENGTH = 20_000
COMMENT_MAX_LENGTH = 5_000


class Principles(models.Model):
    """The team's guiding principles: an MOU draft, in Markdown (no HTML)."""

    team = models.OneToOneField("teams.Team", on_delete=models.CASCADE, related_name="principles")
    text = models.TextField(max_length=TEXT_MAX_LENGTH, blank=True)
    text_html = models.TextField(editable=False, blank=True)
    template = models.ForeignKey(
        "resources.ResourcePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The library template the draft started from.",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "principles"

    def __str__(self):
        return f"Principles of {self.team}"


class WorkPlan(models.Model):
    team = models.OneToOneField("teams.Team", on_delete=models.CASCADE, related_name="plan")
    title = models.CharField(max_length=200, default="Work plan")
    summary = models.TextField(max_length=2000, blank=True)
    status = models.CharField(
        max_length=30, choices=PlanStatus.choices, default=PlanStatus.NO_PLAN, editable=False
    )
    shared_with_network = models.BooleanField(
        default=False, help_text="Members of the network can read it, and it is in search."
    )
    shared_with_teams = models.ManyToManyField(
        "teams.Team", blank=True, related_name="plans_shared_with_me"
    )
    shared_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"{self.team}: {self.title}"

    def get_absolute_url(self):
        return reverse("teams:plan", args=[self.team.slug])

    @property
    def is_shared(self):
        return self.shared_with_network or self.shared_at is not None


class Goal(models.Model):
    plan = models.ForeignKey(WorkPlan, on_delete=models.CASCADE, related_name="goals")
    title = models.CharField(max_length=200)
    description = models.TextField(max_length=2000, blank=True)
    topics = models.ManyToManyField("resources.Topic", blank=True, related_name="team_goals")
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title


class Step(models.Model):
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(max_length=200)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="team_steps",
    )
    due_date = models.DateField(null=True, blank=True)
    status = models.CharField(
        max_length=20, choices=StepStatus.choices, default=StepStatus.NOT_STARTED
    )
    position = models.PositiveIntegerField(default=0)
    reminded_on = models.DateField(
        null=True, blank=True, editable=False, help_text="When its owner was last reminded."
    )

    class Meta:
        ordering = ["position", "due_date", "pk"]

    def __str__(self):
        return self.title


class PlanRevision(models.Model):
    """What the plan (and principles) looked like after each change, and who made it."""

    plan = models.ForeignKey(WorkPlan, on_delete=models.CASCADE, related_name="revisions")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    summary = models.CharField(max_length=300, help_text="What changed, in words.")
    snapshot = models.JSONField(default=dict)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.plan} at {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def status_label(self):
        status = self.snapshot.get("status")
        return PlanStatus(status).label if status in PlanStatus.values else ""


class ProgressUpdate(models.Model):
    plan = models.ForeignKey(WorkPlan, on_delete=models.CASCADE, related_name="updates")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(max_length=TEXT_MAX_LENGTH)
    body_html = models.TextField(editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Update on {self.plan} ({self.created_at:%Y-%m-%d})"


class FeedbackRequest(models.Model):
    """The team asks its facilitator, or named peer teams, for feedback on the plan."""

    plan = models.ForeignKey(WorkPlan, on_delete=models.CASCADE, related_name="feedback_requests")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    facilitator = models.BooleanField(default=False)
    peer_teams = models.ManyToManyField("teams.Team", blank=True, related_name="+")
    message = models.TextField(max_length=COMMENT_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Feedback asked on {self.plan}"


class Comment(models.Model):
    """Feedback on a shared plan, threaded by ``reply_to``."""

    plan = models.ForeignKey(WorkPlan, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reply_to = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    body = models.TextField(max_length=COMMENT_MAX_LENGTH)
    body_html = models.TextField(editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"Comment {self.pk} on {self.plan}"


class ReminderOptOut(models.Model):
    """A member who turned off step-reminder emails for one team (the email's one-click
    unsubscribe link, or the plan page)."""

    team = models.ForeignKey("teams.Team", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["team", "user"], name="one_reminder_opt_out")
        ]

    def __str__(self):
        return f"No step reminders for {self.user} on {self.team}"
