"""The events index (``/events/``): upcoming events and the archive, faceted as the
network's directories are (``network.directory``): OR within a facet, AND across facets,
each facet counted with the other facets' selections applied, unknown values ignored.

Facets: when (upcoming or past; upcoming when none is chosen), kind, topic and region,
with text matched in the title and summary. Only the events the visitor may see are
listed (``permissions.visible_events``: a private community's sessions only to those who
see the community). A request makes a fixed number of queries whatever the number of
events: the topics, one count per facet, the total, the page and its topics.

The region is annotated (``region_annotation``), not stored: an event's explicit region,
else its state's Census region (``network.regions``), else national, as
``EventPage.effective_region`` says, so the rule lives in one mapping and no stored copy
can fall behind a changed state.
"""

from django.db.models import Case, CharField, Count, F, Q, Value, When
from django.utils import timezone

from network.directory import Directory, Facet
from network.regions import STATES_BY_REGION

from . import permissions
from .choices import EventKind
from .choices import When as Period
from .models import EventPage, EventPageTopic
from .models.pages import NATIONAL, REGION_CHOICES


def region_annotation():
    """SQL for ``EventPage.effective_region``."""
    by_state = [
        When(state_id__in=states.split(), then=Value(region.value))
        for region, states in STATES_BY_REGION.items()
    ]
    return Case(
        When(~Q(region=""), then=F("region")),
        When(state__isnull=True, then=Value(NATIONAL)),
        *by_state,
        default=Value(""),
        output_field=CharField(),
    )


def period_annotation(now):
    """ "upcoming" until the event has ended (an event under way is still upcoming)."""
    return Case(
        When(ends_at__gte=now, then=Value(Period.UPCOMING)),
        default=Value(Period.PAST),
        output_field=CharField(),
    )


class TopicFacet(Facet):
    """Topics through the events' tag table (a subquery, so an event with two chosen
    topics is still one row)."""

    def condition(self, model, values):
        tagged = EventPageTopic.objects.filter(tag__slug__in=values)
        return Q(pk__in=tagged.values("content_object_id"))


class EventDirectory(Directory):
    facets = [
        Facet("when", "When", "period", Period.choices),
        Facet("kind", "Kind", "kind", EventKind.choices),
        TopicFacet("topic", "Topics", "topics", many=True),
        Facet("region", "Region", "region_effective", REGION_CHOICES),
    ]

    def __init__(self, user, now=None):
        self.user = user
        self.now = now or timezone.now()
        # Built once, and cloned by each facet's count: ``public()`` reads the view
        # restrictions when it is called, and the annotations cost more to build than
        # to copy.
        visible = permissions.visible_events(user).values("pk")
        self._base = EventPage.objects.filter(pk__in=visible).annotate(
            region_effective=region_annotation(), period=period_annotation(self.now)
        )

    def base(self):
        return self._base.all()

    def matching_text(self, queryset, text):
        return queryset.filter(Q(title__icontains=text) | Q(summary__icontains=text))

    def read(self, params, topics):
        selected, text = super().read(params, topics)
        if "when" not in selected:
            selected["when"] = [Period.UPCOMING]
        return selected, text

    def counts(self, facet, queryset):
        if isinstance(facet, TopicFacet):
            rows = (
                EventPageTopic.objects.filter(content_object_id__in=queryset.values("pk"))
                .values("tag__slug")
                .annotate(n=Count("*"))
                .order_by()
            )
            return {row["tag__slug"]: row["n"] for row in rows}
        return super().counts(facet, queryset)

    def ordered(self, queryset):
        """Upcoming events soonest first, then the archive newest first."""
        return (
            queryset.annotate(
                upcoming_at=Case(When(ends_at__gte=self.now, then=F("starts_at"))),
                past_at=Case(When(ends_at__lt=self.now, then=F("starts_at"))),
            )
            .order_by(
                F("upcoming_at").asc(nulls_last=True), F("past_at").desc(nulls_last=True), "pk"
            )
            .prefetch_related("topics")
        )


def index_listing(request):
    """The events index's listing for this request (``network.directory.Listing``)."""
    return EventDirectory(request.user).run(request)


def upcoming(user, limit, community=None):
    """The next ``limit`` events ``user`` may see (not yet ended), soonest first; only
    ``community``'s sessions when it is given."""
    events = permissions.visible_events(user).filter(ends_at__gte=timezone.now())
    if community is not None:
        events = events.filter(community=community)
    return list(events.order_by("starts_at", "pk")[:limit])
