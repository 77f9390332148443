"""Saved searches, what each has already reported, and the alerts sent for them.

A saved search keeps its query as a normalised query string (``query.normalise``), so
it runs exactly as ``search.query.SearchQuery.from_params`` reads the search page. What
was already reported is the set of result addresses seen (``SeenResult``), not a date:
a page that becomes public later, or that an editor back-dates, is still new to the
search the first time it matches; an edited page that was reported is not sent again.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone


class Frequency(models.TextChoices):
    DAILY = "daily", "Daily"
    WEEKLY = "weekly", "Weekly"


class SavedSearch(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches"
    )
    name = models.CharField(max_length=120)
    query_string = models.CharField(
        max_length=1000, blank=True, help_text="The search's text and filters, normalised."
    )
    frequency = models.CharField(max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY)
    created_at = models.DateTimeField(default=timezone.now)
    # Unsubscribing (the email's one-click link) stops the alerts and keeps the search.
    subscribed = models.BooleanField(default=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    last_checked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "query_string"], name="alerts_one_saved_search_per_query"
            )
        ]

    def __str__(self):
        return self.name


class SeenResult(models.Model):
    """A result this saved search has already reported (or had when it was saved)."""

    saved_search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="seen")
    url = models.CharField(max_length=500)
    seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["saved_search", "url"], name="alerts_seen_once")
        ]

    def __str__(self):
        return self.url


class Alert(models.Model):
    """One alert email, written down with its items before it is queued. Its send state
    is its outbox email's (queued, sending, sent, failed)."""

    saved_search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="alerts")
    created_at = models.DateTimeField(default=timezone.now)
    frequency = models.CharField(max_length=10, choices=Frequency.choices)
    email = models.ForeignKey(
        "core.OutgoingEmail", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Alert {self.pk} for {self.saved_search}"

    @property
    def status(self):
        """The outbox's state of the email; "sent" once the outbox has pruned it."""
        return self.email.status if self.email_id else "sent"


class AlertItem(models.Model):
    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField()
    url = models.CharField(max_length=500)
    title = models.CharField(max_length=255)
    kind_label = models.CharField(max_length=60, blank=True)
    published_at = models.CharField(max_length=10, blank=True)

    class Meta:
        ordering = ["position"]

    def __str__(self):
        return self.title
