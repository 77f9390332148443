"""Partnership self-assessment rounds, their answers, and the optional school
communication-network survey (a staff list, and who talks with whom)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from ..choices import SCALE, Purpose, Stage

SCALE_VALIDATORS = [MinValueValidator(min(SCALE)), MaxValueValidator(max(SCALE))]


class AssessmentRound(models.Model):
    """One round of the self-assessment, for the district or for one of its schools.

    Respondents are team members (signed in) or staff with the round's link, who need no
    account and answer anonymously. Only a hash of the link's token is stored."""

    team = models.ForeignKey("teams.Team", on_delete=models.CASCADE, related_name="rounds")
    school = models.CharField(
        max_length=200, blank=True, help_text="Empty: the round is for the whole district."
    )
    network_survey = models.BooleanField(
        default=False, help_text="Also ask who talks with whom (needs a staff list)."
    )
    link_token_hash = models.CharField(max_length=64, unique=True, editable=False)
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    opened_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-opened_at", "-pk"]

    def __str__(self):
        return f"{self.team}: {self.label}"

    @property
    def label(self):
        return f"{self.school or 'District'}, {self.opened_at:%Y-%m-%d}"

    @property
    def is_open(self):
        return self.closed_at is None


class StaffMember(models.Model):
    """One person on a school's staff list (uploaded as CSV), for the network survey."""

    round = models.ForeignKey(AssessmentRound, on_delete=models.CASCADE, related_name="staff")
    name = models.CharField(max_length=200)
    position = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["round", "name"], name="one_staff_name_per_round")
        ]

    def __str__(self):
        return self.name


class Response(models.Model):
    """One respondent's answers. ``user`` is set for a team member and empty for a link
    answer; no other trace of who answered is kept, and no page shows one answer."""

    round = models.ForeignKey(AssessmentRound, on_delete=models.CASCADE, related_name="responses")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    communication = models.PositiveSmallIntegerField(validators=SCALE_VALIDATORS)
    collaboration = models.PositiveSmallIntegerField(validators=SCALE_VALIDATORS)
    openness = models.PositiveSmallIntegerField(validators=SCALE_VALIDATORS)
    stage = models.CharField(max_length=20, choices=Stage.choices)
    triggers = models.JSONField(default=list, blank=True, help_text="Trigger codes.")
    barriers = models.JSONField(default=list, blank=True, help_text="Barrier codes.")
    # Network survey: who the respondent is on the staff list (used only to count ties).
    staff_member = models.ForeignKey(
        StaffMember, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "user"],
                condition=models.Q(user__isnull=False),
                name="one_answer_per_member_per_round",
            ),
            *[
                models.CheckConstraint(
                    condition=models.Q(**{f"{name}__gte": min(SCALE), f"{name}__lte": max(SCALE)}),
                    name=f"response_{name}_on_scale",
                )
                for name in ("communication", "collaboration", "openness")
            ],
            models.CheckConstraint(
                condition=models.Q(stage__in=Stage.values), name="response_stage_known"
            ),
        ]

    def __str__(self):
        return f"Answer {self.pk} to {self.round}"


class Tie(models.Model):
    """The respondent talks with ``staff_member`` for ``purpose``."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="ties")
    purpose = models.CharField(max_length=20, choices=Purpose.choices)
    staff_member = models.ForeignKey(StaffMember, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["response", "purpose", "staff_member"], name="one_tie_per_purpose"
            )
        ]

    def __str__(self):
        return f"{self.get_purpose_display()}: {self.staff_member}"
