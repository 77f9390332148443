"""Watching, notifications and what each member has read.

A member's level for a thread is their thread subscription if they have one, else their
community subscription, else "normal". ``forums.notify`` turns a new post into
notifications by these levels; ``forums.emails`` sends the ones that go by email.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from .posts import Post, Thread


class WatchLevel(models.TextChoices):
    WATCHING = "watching", "Watching: an email for each new post"
    TRACKING = "tracking", "Tracking: in-site notifications and the digest"
    NORMAL = "normal", "Normal: only mentions and replies to you"
    MUTED = "muted", "Muted: nothing, not even mentions"

    @property
    def short_label(self):
        return self.label.split(":")[0]


class Subscription(models.Model):
    """A member's watch level for one community or one thread (exactly one of the two)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_subscriptions"
    )
    community = models.ForeignKey(
        "forums.CommunityPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="subscriptions",
    )
    thread = models.ForeignKey(
        Thread, null=True, blank=True, on_delete=models.CASCADE, related_name="subscriptions"
    )
    level = models.CharField(max_length=10, choices=WatchLevel.choices)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(community__isnull=True, thread__isnull=False)
                | Q(community__isnull=False, thread__isnull=True),
                name="forums_subscription_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "community"],
                condition=Q(thread__isnull=True),
                name="forums_one_subscription_per_community",
            ),
            models.UniqueConstraint(
                fields=["user", "thread"],
                condition=Q(community__isnull=True),
                name="forums_one_subscription_per_thread",
            ),
        ]

    def __str__(self):
        return f"{self.user_id}: {self.level} {self.thread or self.community}"


class Digest(models.TextChoices):
    NONE = "none", "No digest"
    DAILY = "daily", "Daily"
    WEEKLY = "weekly", "Weekly"


class MemberPreferences(models.Model):
    """How a member wants to hear about activity. Created on first change; defaults apply."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="forum_preferences",
    )
    auto_watch = models.BooleanField(
        "Watch threads I start or reply to",
        default=True,
        help_text="You get an email for each new post in them; change it per thread.",
    )
    email_mentions = models.BooleanField(
        "Email me when someone mentions me or replies to me", default=True
    )
    digest = models.CharField(
        "Digest of tracked activity",
        max_length=10,
        choices=Digest.choices,
        default=Digest.WEEKLY,
        help_text="New posts in communities and threads you track, in one email.",
    )
    last_digest_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name_plural = "member preferences"

    def __str__(self):
        return f"Preferences of {self.user_id}"

    @classmethod
    def for_user(cls, user):
        """The member's saved preferences, or unsaved defaults."""
        try:
            return cls.objects.get(user=user)
        except cls.DoesNotExist:
            return cls(user=user)


class NotificationKind(models.TextChoices):
    MENTION = "mention", "mentioned you"
    REPLY = "reply", "replied to you"
    POST = "post", "posted"


class EmailMode(models.TextChoices):
    NONE = "", "In-site only"
    NOW = "now", "Email now"
    DIGEST = "digest", "In the digest"


class NotificationQuerySet(models.QuerySet):
    def unread(self):
        return self.filter(read_at__isnull=True)

    def email_due(self, now=None):
        """Immediate emails not yet sent whose next attempt has come."""
        now = now or timezone.now()
        return self.filter(
            email_mode=EmailMode.NOW,
            emailed_at__isnull=True,
            email_attempts__lt=settings.FORUMS_EMAIL_MAX_ATTEMPTS,
        ).filter(Q(email_next_attempt_at__isnull=True) | Q(email_next_attempt_at__lte=now))


class Notification(models.Model):
    """A post a member should hear about, shown in their in-site list.

    The email state lives on the row, so a failed send is retried from here and the post
    it announces is never affected."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_notifications"
    )
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=10, choices=NotificationKind.choices)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    email_mode = models.CharField(max_length=10, choices=EmailMode.choices, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    email_attempts = models.PositiveSmallIntegerField(default=0)
    email_next_attempt_at = models.DateTimeField(null=True, blank=True)
    email_error = models.CharField(max_length=500, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "post"], name="forums_one_notification_per_post"
            )
        ]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="forums_notification_list_idx"),
            models.Index(
                fields=["user"],
                condition=Q(read_at__isnull=True),
                name="forums_notification_unread_idx",
            ),
            models.Index(
                fields=["email_mode", "email_next_attempt_at"],
                condition=Q(emailed_at__isnull=True),
                name="forums_notification_email_idx",
            ),
        ]

    def __str__(self):
        return f"{self.user_id}: {self.kind} post {self.post_id}"


class ThreadRead(models.Model):
    """When a member last opened a thread: the thread list's unread markers."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_reads"
    )
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="reads")
    read_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "thread"], name="forums_one_read_per_thread")
        ]

    def __str__(self):
        return f"{self.user_id} read {self.thread_id} at {self.read_at:%Y-%m-%d %H:%M}"
