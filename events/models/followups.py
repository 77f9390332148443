"""After a conference: a team's invitation to turn its breakout work into its plan, and
the link between the plan and the event."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class TeamFollowUp(models.Model):
    """A team that attended an event was invited (once) to write or update its plan."""

    event = models.ForeignKey("events.EventPage", on_delete=models.CASCADE, related_name="+")
    team = models.ForeignKey("teams.Team", on_delete=models.CASCADE, related_name="+")
    invited_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["event", "team"], name="events_one_followup")
        ]

    def __str__(self):
        return f"{self.team} after {self.event}"


class PlanLink(models.Model):
    """A team's plan was started or updated from its work at an event."""

    class Kind(models.TextChoices):
        STARTED = "started", "Started at the event"
        UPDATED = "updated", "Updated after the event"

    event = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="plan_links"
    )
    plan = models.ForeignKey("teams.WorkPlan", on_delete=models.CASCADE, related_name="event_links")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    breakout_notes = models.TextField(
        max_length=5000, blank=True, help_text="What the team brought back from the breakout."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["event", "plan"], name="events_one_plan_link")
        ]

    def __str__(self):
        return f"{self.plan} and {self.event}"
