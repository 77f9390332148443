"""Moderation records: members' flags on posts, and suspensions of members."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import Truncator
from wagtail.admin.panels import FieldPanel

from .posts import Post


class FlagReason(models.TextChoices):
    SPAM = "spam", "Spam or advertising"
    ABUSE = "abuse", "Harassment or abuse"
    PRIVATE = "private", "Shares private information"
    OFF_TOPIC = "off_topic", "Off topic"
    OTHER = "other", "Something else"


class FlagOutcome(models.TextChoices):
    OPEN = "", "Open"
    HIDDEN = "hidden", "Post hidden"
    DISMISSED = "dismissed", "Dismissed"


class Flag(models.Model):
    """A member's report that a post needs a moderator's look: the review queue's rows."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="flags")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="forum_flags"
    )
    reason = models.CharField(max_length=20, choices=FlagReason.choices)
    details = models.TextField(blank=True, max_length=1000)
    created_at = models.DateTimeField(default=timezone.now)
    outcome = models.CharField(
        max_length=20,
        choices=FlagOutcome.choices,
        blank=True,
        help_text="“Post hidden” hides the post (a moderator can restore it from the thread).",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = [FieldPanel("outcome")]

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["post", "reporter"],
                condition=Q(outcome=""),
                name="forums_one_open_flag_per_member",
            )
        ]

    def __str__(self):
        return f"{self.get_reason_display()}: post {self.post_id}"

    def save(self, *args, **kwargs):
        if self.outcome and self.reviewed_at is None:
            self.reviewed_at = timezone.now()
        # What an outcome does to the post is the reviewer's action, not the record's:
        # ``posting.apply_flag_outcome``, called by the admin's edit view.
        super().save(*args, **kwargs)

    @property
    def post_excerpt(self):
        return Truncator(self.post.body).chars(80)


class SuspensionQuerySet(models.QuerySet):
    def active(self, at=None):
        at = at or timezone.now()
        return self.filter(starts_at__lte=at).filter(Q(ends_at__isnull=True) | Q(ends_at__gt=at))


class Suspension(models.Model):
    """A moderator stopped a member from writing in the communities (they can still read).

    Lifting a suspension early sets its end to now, so the record stays."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_suspensions"
    )
    reason = models.TextField(
        max_length=1000, help_text="Shown to the member while the suspension lasts."
    )
    starts_at = models.DateTimeField(default=timezone.now)
    ends_at = models.DateTimeField(
        null=True, blank=True, help_text="Leave empty to suspend until a moderator lifts it."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = SuspensionQuerySet.as_manager()

    panels = [FieldPanel("user"), FieldPanel("reason"), FieldPanel("ends_at")]

    class Meta:
        ordering = ["-starts_at", "-pk"]

    def __str__(self):
        return f"Suspension of {self.user} from {self.starts_at:%Y-%m-%d}"

    @property
    def is_active(self):
        now = timezone.now()
        return self.starts_at <= now and (self.ends_at is None or self.ends_at > now)
