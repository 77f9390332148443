"""The search index table: one denormalised row per item visitors may find.

Only live, public items have an entry, so nothing private or unpublished can leak into
results, counts or suggestions. Both engines read these rows: the database engine through
the database's own full-text index (migration 0003: a weighted ``search_vector`` column
on PostgreSQL, the FTS5 table ``search_searchentry_fts`` on SQLite, both kept in step by
triggers), the Elasticsearch engine by indexing them as documents. Wagtail's search index
of the entries serves title autocomplete.
"""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from .fields import StringListField
from .synonym_terms import match_key, split_terms, term_problems, term_words


class SearchEntryQuerySet(SearchableQuerySetMixin, models.QuerySet):
    """A queryset with Wagtail's ``.search()``, ``.autocomplete()`` and facets."""


class SearchEntry(index.Indexed, models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")

    # Values and labels of the facet columns are registered (search.facets), not fixed here.
    kind = models.CharField(max_length=20)
    url = models.CharField(max_length=500)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    document_text = models.TextField(blank=True)
    documents = models.JSONField(
        default=list, blank=True, help_text="[{id, title}] of the attached documents"
    )

    resource_type = models.CharField(max_length=30, blank=True)
    locale = models.CharField(max_length=20, blank=True)
    size_band = models.CharField(max_length=20, blank=True)
    stage = models.CharField(max_length=20, blank=True)
    status = models.CharField(max_length=20, blank=True)
    student_outcomes_reported = models.BooleanField(default=False)
    start_year = models.PositiveSmallIntegerField(null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    rank_boost = models.SmallIntegerField(
        default=0,
        help_text="Breaks ties after relevance, e.g. for discussions with an accepted answer.",
    )
    names = models.TextField(
        blank=True,
        default="",
        help_text="What the item is known by (program, organizations, topics): their name "
        "keys, one a line. Searched with the title's weight; an exact match puts it first.",
    )
    standing = models.SmallIntegerField(
        default=1, help_text="Library pages 0, discussions 2: the order for the same match."
    )
    topics = models.ManyToManyField("resources.Topic", blank=True, related_name="+")
    states = models.ManyToManyField("resources.State", blank=True, related_name="+")
    # Copies of the topic slugs and state codes on the row itself, so that one pass over
    # the entries can filter and count them (search/facet_sql.py). ``set_topics_and_states``
    # writes both forms.
    topic_slugs = StringListField()
    state_codes = StringListField()
    # The page whose privacy the entry follows: the page itself, or a thread's community.
    # Withdrawing a page (unpublished, restricted, moved under a restriction, made
    # private) deletes the entries of its subtree by this column, in the same transaction.
    owner_page_id = models.PositiveBigIntegerField(null=True, blank=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SearchEntryQuerySet.as_manager()

    # Boosts give PostgreSQL's four tsvector weights: title A, summary B, body C,
    # documents D. SQLite's FTS5 backend distinguishes only title from the rest.
    search_fields = [
        index.SearchField("title", boost=10),
        index.AutocompleteField("title"),
        index.SearchField("summary", boost=5),
        index.SearchField("body", boost=2),
        index.SearchField("document_text", boost=1),
        index.FilterField("id"),
        index.FilterField("kind"),
        index.FilterField("resource_type"),
        index.FilterField("locale"),
        index.FilterField("size_band"),
        index.FilterField("stage"),
        index.FilterField("status"),
        index.FilterField("start_year"),
        index.FilterField("end_year"),
        index.FilterField("published_at"),
        index.FilterField("title"),
        index.FilterField("topics"),
        index.FilterField("states"),
    ]

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="one_entry_per_item")
        ]
        indexes = [
            models.Index(fields=["kind"]),
            models.Index(fields=["published_at"]),
            models.Index(fields=["title"]),
        ]
        verbose_name_plural = "search entries"

    def __str__(self):
        return self.title

    def set_topics_and_states(self, topics, states):
        """Set the topics and states (model instances), and their copies on the row."""
        topics, states = list(topics), list(states)
        self.topics.set(topics)
        self.states.set(states)
        self.topic_slugs = sorted(topic.slug for topic in topics)
        self.state_codes = sorted(state.code for state in states)
        SearchEntry.objects.filter(pk=self.pk).update(
            topic_slugs=self.topic_slugs, state_codes=self.state_codes
        )


class SearchTerm(models.Model):
    """Words from titles and topics: the vocabulary for "did you mean" suggestions."""

    word = models.CharField(max_length=60, primary_key=True)

    def __str__(self):
        return self.word


class PendingPush(models.Model):
    """An entry whose Elasticsearch copy is out of date: the durable to-do list of writes.

    Elasticsearch is written only by the task ``search.backlog.push_pending`` (or
    ``manage.py search_index catch-up``), never in a request. A row stays until its push
    is confirmed, so nothing is lost while Elasticsearch or the worker is down.

    ``withdrawn``: the Elasticsearch copy must not be shown (the entry was deleted, or an
    update removed words from it). It is a tombstone: the Elasticsearch engine excludes
    these ids from every query, hits and aggregations alike, until the push is confirmed.
    """

    entry_id = models.BigIntegerField(primary_key=True)
    withdrawn = models.BooleanField(default=False)
    queued_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self):
        return f"entry {self.entry_id}{' (withdrawn)' if self.withdrawn else ''}"


class Synonym(models.Model):
    """A group of terms that mean the same in searches, curated by editors: an acronym and
    what it stands for ("PAR, peer assistance and review, peer review"), or other words
    for one idea ("contract, agreement").

    A search for any term of a group also finds the others (``search.vocabulary``
    expands the database engine's query; Elasticsearch gets the list as a synonym filter
    when its index is built). With ``one_way``, only the first term is expanded.
    """

    terms = models.CharField(
        max_length=800,
        help_text="Two or more words or phrases that mean the same, separated by commas, "
        "e.g. “PAR, peer assistance and review, peer review”.",
    )
    one_way = models.BooleanField(
        "only the first term finds the others",
        default=False,
        help_text="A search for the first term also finds the others, but a search for "
        "the others does not find the first.",
    )
    note = models.CharField(
        max_length=255, blank=True, help_text="Where the terms come from, for other editors."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["terms"]
        verbose_name = "synonym group"

    def __str__(self):
        return self.terms

    def term_list(self):
        return [term for term in split_terms(self.terms) if term]

    def clean(self):
        terms = split_terms(self.terms)
        problems = term_problems(terms)
        if not problems:
            problems = self.terms_in_other_groups(terms)
        if problems:
            raise ValidationError({"terms": problems})
        self.terms = ", ".join(terms)

    def terms_in_other_groups(self, terms):
        """A term belongs to one group: two groups that share one are one group."""
        keys = {match_key(term_words(term)): term for term in terms}
        problems = []
        for other in Synonym.objects.exclude(pk=self.pk):
            for term in other.term_list():
                mine = keys.get(match_key(term_words(term)))
                if mine:
                    problems.append(
                        f"“{mine}” is already in the group “{other.terms}”: "
                        "add these terms to that group instead."
                    )
        return problems


class SearchMiss(models.Model):
    """How many searches for one text found nothing, per day: what editors should add.

    The text is normalised as Wagtail's ``Query`` normalises it (lower case, single
    spaces, at most 255 characters) and nothing else is kept: no visitor, no page, no
    filters. Written by ``search.statistics.record_search``; shown by the admin report
    "Searches that found nothing" (``search.reports``)."""

    query_string = models.CharField(max_length=255)
    date = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["query_string", "date"], name="one_miss_row_per_day")
        ]
        indexes = [models.Index(fields=["date"])]
        # Written only by searches; staff read it through the reports.
        default_permissions = ()
        permissions = [("view_search_statistics", "Can view search statistics")]
        verbose_name = "search that found nothing"
        verbose_name_plural = "searches that found nothing"

    def __str__(self):
        return f"{self.query_string} ({self.date}: {self.count})"
