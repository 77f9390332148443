"""The events index (``/events/``): upcoming events and the archive, faceted as the
network's directories are (``network.directory``): OR within a facet, AND across facets,
each facet counted with the other facets' selections applied, unknown values ignored.

Facets: when (upcoming or past; upcoming when none is chosen), kind, topic and region,
with text matched in the title and summary. Only the events the visitor may see are
listed (``permissions.visible_events``: a private community's sessions only to those who
see the community). A request makes a fixed number of queries whatever the number of
events: the topics, one count per facet, the total, the page and its topics.

The region is neither stored nor annotated. An event's region is its explicit region,
else its state's Census region (``network.regions``), else national, as
``EventPage.effective_region`` says. Filtering turns the chosen regions into conditions
on the two columns, and counting groups by the two columns and maps them in Python, so
the rule lives in one mapping, no stored copy can fall behind, and no SQL ``CASE`` over
fifty states is built for every count (that was most of the index's time).
"""

from collections import Counter

from django.db.models import Case, Count, F, Q, When
from django.utils import timezone

from network.directory import Directory, Facet
from network.regions import STATES_BY_REGION, region_for

from . import permissions
from .choices import EventKind
from .choices import When as Period
from .models import EventPage, EventPageTopic
from .models.pages import NATIONAL, REGION_CHOICES


class RegionFacet(Facet):
    """``EventPage.effective_region`` as conditions on ``region`` and ``state``."""

    def condition(self, model, values):
        condition = Q(region__in=values)
        unset = Q()
        for value in values:
            if value == NATIONAL:
                unset |= Q(state__isnull=True)
            elif value in STATES_BY_REGION:
                unset |= Q(state_id__in=STATES_BY_REGION[value].split())
        return condition | (Q(region="") & unset) if unset else condition

    def count(self, queryset):
        counts = Counter()
        for row in queryset.values("region", "state_id").annotate(n=Count("pk")).order_by():
            region = row["region"] or (region_for(row["state_id"]) if row["state_id"] else NATIONAL)
            counts[region] += row["n"]
        return counts


class PeriodFacet(Facet):
    """Upcoming until the event has ended (an event under way is still upcoming)."""

    def __init__(self, *args, now, **kwargs):
        super().__init__(*args, **kwargs)
        self.now = now

    def period(self, value):
        return Q(ends_at__gte=self.now) if value == Period.UPCOMING else Q(ends_at__lt=self.now)

    def condition(self, model, values):
        condition = Q()
        for value in values:
            condition |= self.period(value)
        return condition

    def count(self, queryset):
        return queryset.aggregate(
            **{value: Count("pk", filter=self.period(value)) for value, _ in self.choices}
        )


class TopicFacet(Facet):
    """Topics through the events' tag table (a subquery, so an event with two chosen
    topics is still one row)."""

    def condition(self, model, values):
        tagged = EventPageTopic.objects.filter(tag__slug__in=values)
        return Q(pk__in=tagged.values("content_object_id"))

    def count(self, queryset):
        rows = (
            EventPageTopic.objects.filter(content_object_id__in=queryset.values("pk"))
            .values("tag__slug")
            .annotate(n=Count("*"))
            .order_by()
        )
        return {row["tag__slug"]: row["n"] for row in rows}


class EventDirectory(Directory):
    def __init__(self, user, now=None):
        self.user = user
        self.now = now or timezone.now()
        # Per instance: the period facet needs this request's "now".
        self.facets = [
            PeriodFacet("when", "When", "ends_at", Period.choices, now=self.now),
            Facet("kind", "Kind", "kind", EventKind.choices),
            TopicFacet("topic", "Topics", "topics", many=True),
            RegionFacet("region", "Region", "region", REGION_CHOICES),
        ]
        # Built once and cloned by each count: ``public()`` reads the view restrictions
        # when it is called.
        visible = permissions.visible_events(user).values("pk")
        self._base = EventPage.objects.filter(pk__in=visible)

    def base(self):
        return self._base.all()

    def matching_text(self, queryset, text):
        return queryset.filter(Q(title__icontains=text) | Q(summary__icontains=text))

    def read(self, params, topics):
        selected, text = super().read(params, topics)
        if "when" not in selected:
            selected["when"] = [Period.UPCOMING]
        self.periods = selected["when"]  # for the ordering
        return selected, text

    def counts(self, facet, queryset):
        if hasattr(facet, "count"):
            return facet.count(queryset)
        return super().counts(facet, queryset)

    def ordered(self, queryset):
        """Upcoming events soonest first, then the archive newest first."""
        if self.periods == [Period.UPCOMING]:
            ordering = ["starts_at", "pk"]
        elif self.periods == [Period.PAST]:
            ordering = ["-starts_at", "pk"]
        else:
            queryset = queryset.annotate(
                upcoming_at=Case(When(ends_at__gte=self.now, then=F("starts_at"))),
                past_at=Case(When(ends_at__lt=self.now, then=F("starts_at"))),
            )
            ordering = [
                F("upcoming_at").asc(nulls_last=True),
                F("past_at").desc(nulls_last=True),
                "pk",
            ]
        return queryset.order_by(*ordering)

    def run(self, request):
        listing = super().run(request)
        listing.page_obj.object_list = with_topic_names(list(listing.page_obj.object_list))
        return listing


def with_topic_names(events):
    """``events``, each with ``topic_names`` (sorted) from one query. Cheaper than
    ``prefetch_related("topics")``, which builds a tag queryset for every event."""
    names = {}
    rows = (
        EventPageTopic.objects.filter(content_object_id__in=[event.pk for event in events])
        .order_by("tag__name")
        .values_list("content_object_id", "tag__name")
    )
    for event_id, name in rows:
        names.setdefault(event_id, []).append(name)
    for event in events:
        event.topic_names = names.get(event.pk, [])
    return events


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
