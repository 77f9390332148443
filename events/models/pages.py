"""Event pages and the events index."""

from datetime import time, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from network.core.links import site_hostname
from network.core.routing import SingleChildTypeRouteMixin
from network.regions import Region, region_for
from resources.blocks import CitationBlock
from resources.models import Topic

from .. import timezones
from ..blocks import AgendaBlock
from ..choices import EventKind, MaterialKind, SpeakerRole

# Fixed addresses below /events/ (events/urls.py); an event cannot take these slugs.
RESERVED_SLUGS = {"feeds", "mine", "calendar"}
NATIONAL = "national"
REGION_CHOICES = [*Region.choices, (NATIONAL, "National")]

# Changing one of these changes what a calendar shows, so the event's SEQUENCE goes up.
CALENDAR_FIELDS = (
    "title",
    "summary",
    "starts_at",
    "ends_at",
    "time_zone",
    "online",
    "venue_name",
    "address",
    "cancelled",
)


class EventIndexPage(SingleChildTypeRouteMixin, Page):
    """``/events/``: upcoming events first, then the archive, with facets."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = "events index"


class EventPageTopic(ItemBase):
    tag = models.ForeignKey(Topic, related_name="tagged_events", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "events.EventPage", related_name="topic_items", on_delete=models.CASCADE
    )


class EventPage(Page):
    kind = models.CharField(max_length=30, choices=EventKind.choices)
    summary = models.TextField(max_length=600, help_text="One or two sentences for listings.")
    description = RichTextField(blank=True, features=["h3", "bold", "italic", "link", "ol", "ul"])

    # When: wall-clock times where the event happens; the moments are computed on save.
    start_date = models.DateField()
    start_time = models.TimeField(default=time(9, 0))
    end_date = models.DateField(null=True, blank=True, help_text="Empty: the start date.")
    end_time = models.TimeField(default=time(17, 0))
    time_zone = models.CharField(
        max_length=64, choices=timezones.zone_choices, default=timezones.DEFAULT_ZONE
    )
    starts_at = models.DateTimeField(editable=False, db_index=True)
    ends_at = models.DateTimeField(editable=False)

    # Where.
    online = models.BooleanField(default=False, help_text="Held online (no venue).")
    venue_name = models.CharField(max_length=200, blank=True)
    address = models.TextField(max_length=500, blank=True)
    join_url = models.URLField(
        "join link",
        max_length=500,
        blank=True,
        help_text="Shown only to registered members, in their emails and their calendar "
        "feed; never in listings, search, public feeds or the API.",
    )
    join_details = models.CharField(
        max_length=300, blank=True, help_text="Passcode or dial-in, shown with the join link."
    )
    state = models.ForeignKey(
        "resources.State", null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    region = models.CharField(
        max_length=20,
        choices=REGION_CHOICES,
        blank=True,
        help_text="Empty: the region of the state, or national when there is no state.",
    )

    # Who and what.
    topics = ClusterTaggableManager(through=EventPageTopic, blank=True)
    organizers = models.CharField(max_length=300, blank=True, help_text="Hosted by, as printed.")
    agenda = StreamField(AgendaBlock(), blank=True, use_json_field=True)
    community = models.ForeignKey(
        "forums.CommunityPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text="A community-of-practice session belongs to its community.",
    )

    # Registration.
    registration_enabled = models.BooleanField(
        default=True, help_text="Members register on SameSide. Off for archive entries."
    )
    capacity = models.PositiveIntegerField(
        null=True, blank=True, help_text="Places; empty for no limit."
    )
    registration_opens = models.DateField(
        null=True, blank=True, help_text="Empty: open as soon as the event is published."
    )
    registration_deadline = models.DateField(
        null=True,
        blank=True,
        help_text="Last day to register (until midnight in the event's time zone). Empty: "
        "until the event starts.",
    )

    cancelled = models.BooleanField(default=False)
    cancellation_note = models.CharField(max_length=300, blank=True)
    sequence = models.PositiveIntegerField(
        default=0, editable=False, help_text="iCalendar SEQUENCE: raised by every change."
    )
    citations = StreamField(
        [("citation", CitationBlock())], blank=True, use_json_field=True, verbose_name="sources"
    )
    is_demo = models.BooleanField(default=False, help_text="A made-up event for trying the site.")

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading="When",
        ),
        MultiFieldPanel(
            [
                FieldPanel("online"),
                FieldPanel("venue_name"),
                FieldPanel("address"),
                FieldPanel("join_url"),
                FieldPanel("join_details"),
                FieldRowPanel([FieldPanel("state"), FieldPanel("region")]),
            ],
            heading="Where",
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_enabled"),
                FieldPanel("capacity"),
                FieldRowPanel(
                    [FieldPanel("registration_opens"), FieldPanel("registration_deadline")]
                ),
                FieldPanel("cancelled"),
                FieldPanel("cancellation_note"),
            ],
            heading="Registration",
        ),
        FieldPanel("topics"),
        FieldPanel("organizers"),
        InlinePanel("speakers", label="Speaker or facilitator", heading="Speakers"),
        FieldPanel("agenda"),
        InlinePanel("materials", label="Material", heading="Materials"),
        FieldPanel("community"),
        FieldPanel("citations"),
        FieldPanel("is_demo"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("starts_at"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "event"
        indexes = [models.Index(fields=["kind", "starts_at"])]

    # When ---------------------------------------------------------------------------------
    @property
    def last_date(self):
        return self.end_date or self.start_date

    def compute_moments(self):
        self.starts_at = timezones.combine(self.start_date, self.start_time, self.time_zone)
        self.ends_at = timezones.combine(self.last_date, self.end_time, self.time_zone)

    @cached_property
    def speaker_list(self):
        """The speakers, each with their member account, in one query."""
        return list(self.speakers.select_related("member"))

    def is_past(self, now=None):
        return self.ends_at < (now or timezone.now())

    def has_started(self, now=None):
        return self.starts_at <= (now or timezone.now())

    def registration_opens_at(self):
        if self.registration_opens is None:
            return None
        return timezones.combine(self.registration_opens, time(0, 0), self.time_zone)

    def registration_closes_at(self):
        """The deadline's end (midnight after it, in the event's zone), or the start."""
        if self.registration_deadline is None:
            return self.starts_at
        closes = timezones.combine(
            self.registration_deadline + timedelta(days=1), time(0, 0), self.time_zone
        )
        return min(closes, self.starts_at)

    @property
    def effective_region(self):
        if self.region:
            return self.region
        return region_for(self.state.code) if self.state_id else NATIONAL

    def effective_region_label(self):
        return dict(REGION_CHOICES).get(self.effective_region, "")

    @property
    def is_community_session(self):
        return self.community_id is not None

    # Saving -------------------------------------------------------------------------------
    def clean(self):
        super().clean()
        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = f"“{self.slug}” is a fixed address under /events/; choose another."
        if not timezones.is_zone(self.time_zone):
            errors["time_zone"] = "Choose a time zone from the list."
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = "The event cannot end before it starts."
        elif (
            self.start_date
            and self.last_date == self.start_date
            and self.start_time
            and self.end_time
            and self.end_time <= self.start_time
        ):
            errors["end_time"] = "The event must end after it starts."
        if not self.online and not (self.venue_name or self.address):
            errors["address"] = "Give the place and its address, or mark the event as online."
        if self.join_url and not self.online:
            errors["join_url"] = "A join link is for an online event."
        if (
            self.registration_deadline
            and self.start_date
            and self.registration_deadline > self.last_date
        ):
            errors["registration_deadline"] = "The deadline cannot be after the event."
        if (
            self.registration_opens
            and self.registration_deadline
            and self.registration_opens > self.registration_deadline
        ):
            errors["registration_opens"] = "Registration cannot open after its deadline."
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.compute_moments()
        if self.pk:
            self.raise_sequence_if_changed()
        return super().save(*args, **kwargs)

    def raise_sequence_if_changed(self):
        previous = EventPage.objects.filter(pk=self.pk).values(*CALENDAR_FIELDS, "sequence").first()
        if previous is None:
            return
        if any(previous[name] != getattr(self, name) for name in CALENDAR_FIELDS):
            self.sequence = max(self.sequence, previous["sequence"]) + 1

    def serve(self, request, *args, **kwargs):
        # A private community's session is invisible (404) to those who cannot see the
        # community, as the community itself is; editors preview it in the admin.
        preview = getattr(request, "is_preview", False)
        if not preview and self.community_id and not self.community.is_visible_to(request.user):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        if self.community_id and self.community.is_private:
            return []
        return super().get_sitemap_urls(request)

    def calendar_uid(self):
        """Stable for the event's whole life: calendar clients match updates on it."""
        domain = settings.EVENTS_CALENDAR_DOMAIN or site_hostname()
        return f"event-{self.pk}@{domain}"


class EventSpeaker(Orderable):
    """A speaker or facilitator: a network member, or someone named as printed."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_roles",
        help_text="A member of the network (their profile is linked).",
    )
    name = models.CharField(
        max_length=200, blank=True, help_text="For someone who is not a member."
    )
    affiliation = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=20, choices=SpeakerRole.choices, default=SpeakerRole.SPEAKER)

    panels = [
        FieldPanel("member"),
        FieldPanel("name"),
        FieldPanel("affiliation"),
        FieldPanel("role"),
    ]

    def clean(self):
        if not self.member_id and not self.name:
            raise ValidationError("Choose a member or give a name.")


class EventMaterial(Orderable):
    """Slides, documents and recordings, attached after (or before) the event."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="materials")
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=MaterialKind.choices)
    document = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    url = models.URLField("link", max_length=500, blank=True, help_text="A recording or page.")
    description = models.CharField(max_length=300, blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("kind"),
        FieldPanel("document"),
        FieldPanel("url"),
        FieldPanel("description"),
    ]

    def clean(self):
        if bool(self.document_id) == bool(self.url):
            raise ValidationError("Attach a document or give a link (one of them).")
