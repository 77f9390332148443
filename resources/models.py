"""The library: topics, the shared library page, resource pages and their index."""

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from network.core.pagination import LIST_PAGE_SIZE
from network.core.restrictions import public
from network.core.routing import SingleChildTypeRouteMixin

from .api_fields import LIBRARY_API_FIELDS, RESOURCE_API_FIELDS
from .blocks import MIN_YEAR, BodyBlock, CitationBlock, ClauseBlock, max_year
from .choices import Locale, ResourceType, SizeBand, Stage, Status
from .listing import listing


class Topic(TagBase):
    """A curated topic. Editors add topics in the admin; pages cannot invent them."""

    free_tagging = False
    description = models.TextField(
        blank=True, help_text="One or two sentences shown on the topic page."
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        verbose_name = "topic"
        verbose_name_plural = "topics"


class SourceManager(models.Manager):
    # Citations show the source's library page when it is live: loading it with the
    # source saves a query per citation (chooser blocks load sources with ``objects``).
    def get_queryset(self):
        return super().get_queryset().select_related("page")


class Source(models.Model):
    """A report the library cites. Citations choose one and give a line range, so the
    report's metadata lives here once instead of in every citation."""

    key = models.SlugField(
        max_length=20, unique=True, help_text='Short name the demo data files use, e.g. "002".'
    )
    title = models.CharField(max_length=300)
    authors = models.CharField(
        max_length=300, blank=True, help_text="Authors or issuing body, as printed."
    )
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    url = models.URLField(
        "public address",
        blank=True,
        help_text="Where the report is published, only when the report itself names it.",
    )
    page = models.ForeignKey(
        "resources.ResourcePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The library page that describes this report.",
    )

    objects = SourceManager()

    panels = [
        FieldPanel("title"),
        FieldPanel("authors"),
        FieldRowPanel([FieldPanel("year"), FieldPanel("key")]),
        FieldPanel("publisher"),
        FieldPanel("url"),
        FieldPanel("page"),
    ]

    class Meta:
        ordering = ["key"]
        verbose_name = "source report"
        verbose_name_plural = "source reports"

    def __str__(self):
        return f"{self.title} ({self.year})" if self.year else self.title


class LibraryPageTopic(ItemBase):
    tag = models.ForeignKey(Topic, related_name="tagged_pages", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "resources.LibraryPage", related_name="topic_items", on_delete=models.CASCADE
    )


class State(models.Model):
    """A US state; loaded by a data migration so the list is the same everywhere."""

    code = models.CharField(max_length=2, primary_key=True)
    name = models.CharField(max_length=50)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class LibraryPage(Page):
    """The one concrete base of case studies and resources.

    Every facet lives here, so a single queryset (``LibraryPage.objects``) lists,
    searches and facets both kinds of content.
    """

    summary = models.TextField(
        max_length=600, help_text="One or two plain sentences shown in lists and search results."
    )
    topics = ClusterTaggableManager(
        through=LibraryPageTopic, blank=True, help_text="Choose from the curated topics."
    )
    states = ParentalManyToManyField(
        State, blank=True, related_name="library_pages", help_text="US states this applies to."
    )
    locale_type = models.CharField("locale", max_length=20, choices=Locale.choices, blank=True)
    size_band = models.CharField(
        "district size", max_length=20, choices=SizeBand.choices, blank=True
    )
    stage = models.CharField(
        "stage of collaboration",
        max_length=20,
        choices=Stage.choices,
        blank=True,
        help_text="How far along the partnership is (not yet ready, preliminary, advanced).",
    )
    status = models.CharField(
        max_length=20,
        choices=Status.choices,
        blank=True,
        help_text="Planning, pilot, implemented or evaluated.",
    )
    student_outcomes_reported = models.BooleanField(
        default=False, help_text="Tick if the source reports effects on student outcomes."
    )
    start_year = models.PositiveSmallIntegerField(null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Leave empty if ongoing or not stated."
    )
    organizations = ParentalManyToManyField(
        "network.Organization",
        blank=True,
        related_name="library_pages",
        help_text="Districts, unions and partners involved.",
    )
    citations = StreamField(
        [("citation", CitationBlock())],
        blank=True,
        help_text="Every fact should be traceable to a source listed here.",
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("locale_type"),
        index.FilterField("stage"),
        index.FilterField("status"),
    ]
    api_fields = LIBRARY_API_FIELDS  # the public read API (resources/api_fields.py)

    facet_panels = [
        FieldPanel("topics"),
        FieldPanel("states", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("locale_type"), FieldPanel("size_band")]),
        FieldRowPanel([FieldPanel("stage"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")], heading="Years"),
        FieldPanel("student_outcomes_reported"),
        FieldPanel("organizations"),
    ]

    is_creatable = False

    class Meta:
        verbose_name = "library page"

    @classmethod
    def library_edit_handler(cls, content_panels):
        """Tabs shared by case studies and resources: content, classification, promote, settings."""
        classification = [
            MultiFieldPanel(cls.facet_panels, heading="Classification"),
            FieldPanel("citations"),
        ]
        return TabbedInterface(
            [
                ObjectList(content_panels, heading="Content"),
                ObjectList(classification, heading="Classification and sources"),
                ObjectList(Page.promote_panels, heading="Promote"),
                ObjectList(Page.settings_panels, heading="Settings"),
            ]
        )

    def clean(self):
        super().clean()
        errors = {}
        top = max_year()
        for name in ("start_year", "end_year"):
            year = getattr(self, name)
            if year is not None and not (MIN_YEAR <= year <= top):
                errors[name] = f"Enter a year between {MIN_YEAR} and {top}."
        if (
            "start_year" not in errors
            and "end_year" not in errors
            and self.start_year
            and self.end_year
            and self.end_year < self.start_year
        ):
            errors["end_year"] = "The end year cannot be before the start year."
        if errors:
            raise ValidationError(errors)

    @property
    def year_range(self):
        if self.start_year and self.end_year and self.start_year != self.end_year:
            return f"{self.start_year}–{self.end_year}"
        if self.start_year and not self.end_year:
            return f"From {self.start_year}"
        return str(self.start_year or self.end_year or "")

    @property
    def content_label(self):
        return self.specific_class._meta.verbose_name.capitalize()

    def state_names(self):
        return ", ".join(state.name for state in self.states.all())

    @cached_property
    def organization_list(self):
        """The organizations involved, by name: read once for the sidebar and "Cite this"."""
        return list(self.organizations.order_by("name"))

    def related_pages(self, model):
        """Live, public ``model`` pages linked with this one from either side, by title."""
        own = self.related_links.values_list("related_id", flat=True)
        linking = LibraryPageRelation.objects.filter(related=self).values_list("page_id", flat=True)
        return (
            public(model.objects.live())
            .filter(models.Q(pk__in=own) | models.Q(pk__in=linking))
            .order_by("title")
        )


class ResourceDocument(Orderable):
    page = ParentalKey(
        "resources.ResourcePage", related_name="document_links", on_delete=models.CASCADE
    )
    document = models.ForeignKey(
        get_document_model_string(), on_delete=models.CASCADE, related_name="resource_links"
    )
    label = models.CharField(
        max_length=200, blank=True, help_text="Optional; defaults to the title."
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    @property
    def title(self):
        return self.label or self.document.title


class LibraryPageRelation(Orderable):
    """A link between two library pages, such as a case study and a resource it used.

    One model for both directions: a link is edited on the page that holds it (``page``)
    and shown on both pages (``LibraryPage.related_pages``), so an editor may add it from
    whichever side they are working on."""

    page = ParentalKey(
        "resources.LibraryPage", related_name="related_links", on_delete=models.CASCADE
    )
    related = models.ForeignKey(
        "resources.LibraryPage", on_delete=models.CASCADE, related_name="related_from_links"
    )

    panels = [PageChooserPanel("related")]

    class Meta(Orderable.Meta):
        verbose_name = "related library page"

    def clean(self):
        super().clean()
        if self.related_id is not None and self.related_id == self.page_id:
            raise ValidationError({"related": "A page cannot be related to itself."})


class ResourcePage(LibraryPage):
    resource_type = models.CharField(max_length=30, choices=ResourceType.choices)
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text="What this resource is, where it comes from and how to use it.",
    )
    clauses = StreamField(
        [("clause", ClauseBlock())],
        blank=True,
        help_text="Excerpts of agreed language with their parties, year and section.",
    )
    rights = models.CharField(
        "rights or licence",
        max_length=500,
        blank=True,
        help_text="Who holds the rights, and how others may reuse it.",
    )

    search_fields = LibraryPage.search_fields + [
        index.SearchField("body"),
        index.SearchField("clauses"),
        index.FilterField("resource_type"),
    ]
    api_fields = LIBRARY_API_FIELDS + RESOURCE_API_FIELDS

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("resource_type"), FieldPanel("summary"), FieldPanel("body")],
            heading="About this resource",
        ),
        InlinePanel("document_links", label="Documents", heading="Documents (PDF, Word)"),
        FieldPanel("clauses"),
        FieldPanel("rights"),
        InlinePanel(
            "related_links",
            label="Related case study",
            panels=[PageChooserPanel("related", page_type="casestudies.CaseStudyPage")],
        ),
    ]
    edit_handler = LibraryPage.library_edit_handler(content_panels)

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "resource"

    @cached_property
    def document_list(self):
        """The documents offered for download, each with its file, in one query."""
        return list(self.document_links.select_related("document"))

    @cached_property
    def related_case_studies(self):
        """Case studies linked from either side, live and public only. The model is named,
        not imported: case studies sit above resources (docs/architecture.md)."""
        return self.related_pages(apps.get_model("casestudies", "CaseStudyPage"))


class LibraryIndexPage(SingleChildTypeRouteMixin, Page):
    """Base of the two library indexes: an intro and the search's facets over one kind of
    page (``resources/listing.py``), so only live, public pages are listed or counted."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    max_count = 1
    per_page = LIST_PAGE_SIZE
    listing_kind = None  # the search kind listed (the child pages' entries)
    item_noun = ("item", "items")

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing(request.GET, self.listing_kind, self.per_page).context())
        context["item_noun"] = self.item_noun
        return context


class ResourceIndexPage(LibraryIndexPage):
    subpage_types = ["resources.ResourcePage"]
    listing_kind = "resource"  # resources/search.py RESOURCE
    item_noun = ("resource", "resources")

    class Meta:
        verbose_name = "resource library"


class ExtractionStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    EXTRACTED = "extracted", "Extracted"
    NOT_EXTRACTABLE = "not_extractable", "Not extractable"


class DocumentText(models.Model):
    """The plain text extracted from an uploaded Wagtail document, for search.

    Written by the ``extract_document_text`` task (see ``resources/tasks.py``) whenever a
    document is uploaded or its file replaced. ``reason`` tells editors why a document
    could not be read (encrypted, damaged, scanned without a text layer...).
    """

    document = models.OneToOneField(
        get_document_model_string(),
        on_delete=models.CASCADE,
        related_name="extracted",
        primary_key=True,
    )
    text = models.TextField(blank=True)
    status = models.CharField(
        max_length=20, choices=ExtractionStatus.choices, default=ExtractionStatus.PENDING
    )
    reason = models.CharField(
        max_length=300, blank=True, help_text="Why the text could not be (fully) extracted."
    )
    file_hash = models.CharField(
        max_length=40,
        blank=True,
        help_text="SHA-1 of the file the text was extracted from; a new file is re-extracted.",
    )
    extracted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["document__title"]
        verbose_name = "document text"
        verbose_name_plural = "document texts"

    def __str__(self):
        return str(self.document)

    @property
    def is_extracted(self):
        return self.status == ExtractionStatus.EXTRACTED
