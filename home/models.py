"""Home page and standard pages."""

from django.db import models
from django.db.models import Count, Q
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from casestudies.models import CaseStudyPage
from network.core.restrictions import public
from resources.models import LibraryPage, ResourcePage, Topic

NEWEST_RESOURCES = 6
TOPIC_ENTRY_POINTS = 12


class HomePageFeature(Orderable):
    page = ParentalKey("home.HomePage", related_name="featured_links", on_delete=models.CASCADE)
    case_study = models.ForeignKey(
        "casestudies.CaseStudyPage", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("case_study")]


class HomePage(Page):
    tagline = models.CharField(max_length=200, blank=True)
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("tagline"), FieldPanel("intro")], heading="Introduction"),
        InlinePanel(
            "featured_links",
            label="Featured case study",
            heading="Featured case studies",
            help_text="Shown first on the home page, in this order.",
            max_num=6,
        ),
    ]
    subpage_types = [
        "casestudies.CaseStudyIndexPage",
        "resources.ResourceIndexPage",
        "forums.CommunityIndexPage",
        "events.EventIndexPage",
        "home.StandardPage",
    ]
    max_count = 1

    def featured_case_studies(self):
        """The chosen case studies in the editor's order, skipping any not live or private."""
        ids = list(self.featured_links.values_list("case_study_id", flat=True))
        visible = public(CaseStudyPage.objects.live()).in_bulk(ids)
        return [visible[pk] for pk in ids if pk in visible]

    def newest_resources(self):
        return public(ResourcePage.objects.live()).order_by("-first_published_at", "title")[
            :NEWEST_RESOURCES
        ]

    def topic_entry_points(self):
        """Topics with the number of live, public library pages tagged with each."""
        visible = public(LibraryPage.objects.live()).values("pk")
        return (
            Topic.objects.annotate(
                items=Count("tagged_pages", filter=Q(tagged_pages__content_object__in=visible))
            )
            .filter(items__gt=0)
            .order_by("-items", "name")[:TOPIC_ENTRY_POINTS]
        )


class StandardPage(Page):
    intro = models.TextField(blank=True, max_length=500)
    body = StreamField(
        [
            ("heading", blocks.CharBlock(form_classname="title", template="blocks/heading.html")),
            ("text", blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul", "h3"])),
            ("quote", blocks.BlockQuoteBlock()),
        ],
        blank=True,
    )

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    subpage_types = ["home.StandardPage"]


class LoadedPage(models.Model):
    """What ``load_demo_content`` last wrote to a page: the revision it published and a
    hash of the data file's record. A later revision means an editor changed the page, so
    ``--refresh`` leaves it alone unless ``--force`` is given."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="demo_load"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    digest = models.CharField(max_length=64)
    data_file = models.CharField(max_length=200)

    class Meta:
        verbose_name = "page loaded from demo data"

    def __str__(self):
        return self.data_file
