"""The clause index the compare page reads, and members' saved comparisons.

A ``Clause`` is one clause block of a live, public case study or resource, copied out of
its StreamField so clauses can be filtered by provision and topic and chosen on their own.
Its key is the block's id (Wagtail's stable uuid of the block), which survives edits of
the page; ``compare.indexing`` keeps the rows in step with publishing and privacy.
Organizations and topics are read through the page at query time, so a renamed district
shows its new name at once.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

from resources.blocks import CLAUSE_KINDS
from resources.choices import Provision

KIND_LABELS = dict(CLAUSE_KINDS)


class Clause(models.Model):
    page = models.ForeignKey(
        "resources.LibraryPage", on_delete=models.CASCADE, related_name="compare_clauses"
    )
    block_id = models.CharField(max_length=64, help_text="The clause block's id on its page.")
    field = models.CharField(max_length=64, help_text="The StreamField holding the block.")
    position = models.PositiveIntegerField(help_text="Its order among the page's clauses.")
    provision = models.CharField(max_length=40, choices=Provision.choices, blank=True)
    heading = models.CharField(max_length=200, blank=True)
    text = models.TextField()
    kind = models.CharField(max_length=20, blank=True)
    verbatim = models.BooleanField(default=False)
    parties = models.CharField(max_length=300, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    section = models.CharField(max_length=100, blank=True)
    page_ref = models.CharField("page", max_length=50, blank=True)
    source = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["page__title", "page_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["page", "block_id"], name="compare_clause_once")
        ]
        indexes = [models.Index(fields=["block_id"]), models.Index(fields=["provision"])]

    def __str__(self):
        return self.heading or self.text[:60]

    @property
    def kind_label(self):
        return KIND_LABELS.get(self.kind or "agreement", "")

    @property
    def anchor(self):
        return f"clause-{self.block_id}"


def new_share_token():
    return secrets.token_urlsafe(24)


class SavedComparison(models.Model):
    """A member's comparison: clause block ids in the order chosen. Private to its owner;
    anyone with the share link may read it (read-only), and only the clauses still
    public then are shown."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_comparisons"
    )
    name = models.CharField(max_length=120)
    clause_ids = models.JSONField(default=list, help_text="Clause block ids, in order.")
    share_token = models.CharField(max_length=64, unique=True, default=new_share_token)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name
