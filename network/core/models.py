"""The kernel's tables: the outbox of every email the site sends (``outbox.py``)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class EmailStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    SENDING = "sending", "Being sent"
    SENT = "sent", "Sent"
    FAILED = "failed", "Given up"


class OutgoingEmail(models.Model):
    """One email, written down whole before any attempt to send it, so a mail outage
    delays it and loses nothing. Once sent, the content is erased (``outbox.deliver``):
    the row keeps who, what subject and when, not the text or any link it carried."""

    purpose = models.CharField(max_length=60, help_text="What the email is for.")
    # The member the email is for or about (the recipient, the new account), and the
    # member whose words it carries (a contact message's sender, a facilitator request's
    # requester). Deleting either member's account deletes the email.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="outgoing_emails",
    )
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="outgoing_emails_sent",
    )
    from_email = models.CharField(max_length=320)
    to = models.JSONField(default=list)
    cc = models.JSONField(default=list, blank=True)
    bcc = models.JSONField(default=list, blank=True)
    reply_to = models.JSONField(default=list, blank=True)
    subject = models.CharField(max_length=998)
    body = models.TextField(blank=True)
    # [[content, mimetype], ...]: the HTML alternative, and any other.
    alternatives = models.JSONField(default=list, blank=True)
    # Message-ID, In-Reply-To, References, List-Unsubscribe and the like.
    headers = models.JSONField(default=dict, blank=True)
    # [{"name", "content_type", "content" (base64)}, ...], e.g. a calendar invite.
    attachments = models.JSONField(default=list, blank=True)
    status = models.CharField(
        max_length=10, choices=EmailStatus.choices, default=EmailStatus.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    # When a worker claimed it; a claim older than OUTBOX_CLAIM_TIMEOUT is taken back.
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "outgoing email"
        indexes = [
            models.Index(
                fields=["status", "next_attempt_at"],
                condition=Q(status__in=["queued", "sending"]),
                name="core_outbox_due_idx",
            ),
        ]

    def __str__(self):
        return f"{self.subject} to {self.recipients()}"

    def recipients(self):
        return ", ".join(self.to)

    recipients.short_description = "to"
