"""Case studies: what a district and its union(s) did together, and how it went."""

from django.db import models
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from resources.api_fields import CASE_STUDY_API_FIELDS, LIBRARY_API_FIELDS
from resources.models import LibraryIndexPage, LibraryPage, ResourcePage

from .blocks import AgreementBlock, OutcomeBlock

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class CaseStudyPage(LibraryPage):
    program_name = models.CharField(
        max_length=200,
        blank=True,
        help_text='The name the parties use, e.g. "Toledo Plan". Leave empty if the source '
        "gives none.",
    )
    challenge = RichTextField(
        features=TEXT_FEATURES, help_text="The problem the district and union set out to solve."
    )
    approach = RichTextField(features=TEXT_FEATURES, help_text="How they went about it together.")
    agreed = StreamField(
        AgreementBlock(),
        blank=True,
        verbose_name="what was agreed",
        help_text="The terms, with clause blocks for agreed language.",
    )
    outcomes = StreamField(
        OutcomeBlock(),
        blank=True,
        help_text="Results reported, with a metric block for every number the source gives.",
    )
    lessons = RichTextField(
        features=TEXT_FEATURES, blank=True, help_text="What other districts can take from it."
    )

    search_fields = LibraryPage.search_fields + [
        index.SearchField("program_name", boost=2),
        index.SearchField("challenge"),
        index.SearchField("approach"),
        index.SearchField("agreed"),
        index.SearchField("outcomes"),
        index.SearchField("lessons"),
    ]
    api_fields = LIBRARY_API_FIELDS + CASE_STUDY_API_FIELDS  # the public read API

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("program_name"), FieldPanel("summary")],
            heading="Overview",
            help_text="Shown at the top of the case study and in lists.",
        ),
        MultiFieldPanel(
            [FieldPanel("challenge"), FieldPanel("approach")], heading="Challenge and approach"
        ),
        FieldPanel("agreed"),
        FieldPanel("outcomes"),
        FieldPanel("lessons"),
        # Links live in ``resources.LibraryPageRelation``, editable from either page.
        InlinePanel(
            "related_links",
            label="Related resource",
            panels=[PageChooserPanel("related", page_type="resources.ResourcePage")],
        ),
    ]
    edit_handler = LibraryPage.library_edit_handler(content_panels)

    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "case study"
        verbose_name_plural = "case studies"

    @cached_property
    def related_resources(self):
        """Resources linked from either side, live and public only."""
        return self.related_pages(ResourcePage)

    def outcome_groups(self):
        """The outcomes stream with consecutive metric blocks grouped, for a grid of figures."""
        groups = []
        for block in self.outcomes:
            if block.block_type == "metric" and groups and groups[-1][0] == "metrics":
                groups[-1][1].append(block)
            elif block.block_type == "metric":
                groups.append(("metrics", [block]))
            else:
                groups.append(("text", [block]))
        return groups

    def districts(self):
        return [org for org in self.organizations.all() if org.kind == "district"]

    def unions(self):
        return [org for org in self.organizations.all() if org.kind == "union"]


class CaseStudyIndexPage(LibraryIndexPage):
    subpage_types = ["casestudies.CaseStudyPage"]
    listing_kind = "case_study"  # casestudies/search.py CASE_STUDY
    item_noun = ("case study", "case studies")

    class Meta:
        verbose_name = "case-study library"
