"""The events in a member's own calendar ("my events" and their secret feed): the events
they registered for (confirmed or on the waiting list, with their place in it), and the
sessions of the communities they belong to: as a facilitator, through a private
community's group, or by watching or tracking the community.

Four queries whatever the number of events: the registrations (with their place in the
waiting list counted in the same query), the community sessions, and the topics of each
(a feed lists them as CATEGORIES).
"""

from dataclasses import dataclass

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from forums.models import Subscription, WatchLevel

from . import permissions
from .choices import RegistrationStatus
from .models import EventPage, Registration

IN_CALENDAR = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)
MEMBER_LEVELS = (WatchLevel.WATCHING, WatchLevel.TRACKING)


@dataclass
class MemberEvent:
    """One entry of a member's calendar. ``registration`` is None for a community
    session they have not registered for; ``position`` is their place in the waiting
    list (1 = next), None unless waitlisted."""

    event: EventPage
    registration: Registration | None = None
    position: int | None = None

    @property
    def is_confirmed(self):
        return self.registration is not None and self.registration.is_confirmed

    @property
    def is_waitlisted(self):
        return self.registration is not None and self.registration.is_waitlisted

    @property
    def status_label(self):
        if self.registration is not None:
            return self.registration.get_status_display()
        return "Community session"


def waitlist_position():
    """1 + the waiting registrations of the same event queued before this one."""
    ahead = (
        Registration.objects.waitlisted()
        .filter(event=OuterRef("event"))
        .filter(
            Q(queued_at__lt=OuterRef("queued_at"))
            | Q(queued_at=OuterRef("queued_at"), pk__lt=OuterRef("pk"))
        )
        .order_by()
        .values("event")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(ahead, output_field=IntegerField()), Value(0)) + 1


def member_communities(user):
    """The communities whose sessions go in ``user``'s calendar (a subquery)."""
    watched = Subscription.objects.filter(
        user=user, thread__isnull=True, level__in=MEMBER_LEVELS
    ).values("community")
    return (
        Q(community__facilitators=user)
        | Q(community__private_group__in=user.groups.values("pk"))
        | Q(community__in=watched)
    )


def events_for_member(user):
    """``user``'s calendar, soonest first: ``MemberEvent`` entries."""
    if not user.is_authenticated:
        return []
    visible = permissions.visible_events(user)
    registrations = list(
        Registration.objects.filter(user=user, status__in=IN_CALENDAR, event__in=visible)
        .annotate(position=waitlist_position())
        .select_related("event")
        .prefetch_related("event__topics")
    )
    entries = {
        registration.event_id: MemberEvent(
            registration.event,
            registration,
            registration.position if registration.is_waitlisted else None,
        )
        for registration in registrations
    }
    sessions = (
        visible.filter(community__isnull=False)
        .filter(member_communities(user))
        .exclude(pk__in=list(entries))
        .distinct()
        .prefetch_related("topics")
    )
    for event in sessions:
        entries[event.pk] = MemberEvent(event)
    return sorted(entries.values(), key=lambda entry: (entry.event.starts_at, entry.event.pk))


def split(entries, now=None):
    """(upcoming, past): past ones most recent first."""
    now = now or timezone.now()
    upcoming = [entry for entry in entries if not entry.event.is_past(now)]
    past = [entry for entry in entries if entry.event.is_past(now)]
    return upcoming, past[::-1]


def may_join(user, entry):
    """Whether ``entry``'s join link goes into ``user``'s own feed."""
    return permissions.can_see_join_link(user, entry.event, entry.registration)
