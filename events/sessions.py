"""A community of practice schedules its own sessions (``/communities/<slug>/sessions/``).

A session is an ``EventPage`` of kind "community-of-practice session" with its
``community`` set, under the events index. Facilitators of the community and moderators
may schedule one (``permissions.can_schedule_session``). They are trusted as they are in
their community's forum: the session is published at once, as a new revision by that
member, so it is in the page history under their name; editors still see it in the
admin and can edit or unpublish it there. Editing and cancelling make new revisions the
same way.
"""

from django.db import transaction
from django.utils.text import slugify

from .choices import EventKind
from .models import EventIndexPage, EventPage

# What the scheduling form sets on the page (the form's fields have these names).
SESSION_FIELDS = (
    "title",
    "summary",
    "start_date",
    "start_time",
    "end_time",
    "time_zone",
    "online",
    "join_url",
    "join_details",
    "venue_name",
    "address",
    "capacity",
    "registration_deadline",
)
SLUG_MAX_LENGTH = 60


def apply(event, data):
    """Copy the form's values onto ``event`` (nothing else changes)."""
    for name in SESSION_FIELDS:
        if name in data:
            setattr(event, name, data[name])
    if event.online:
        event.venue_name, event.address = "", ""
    else:
        event.join_url, event.join_details = "", ""
    return event


def build_session(community, data, event=None):
    """An unsaved session of ``community`` (or ``event`` changed), for validation and
    saving: ``EventPage.clean()`` is the one set of rules, in the admin and here."""
    if event is None:
        event = EventPage(kind=EventKind.COMMUNITY_SESSION, community=community)
        event.slug = "session"  # a placeholder that passes the reserved-slug check
    return apply(event, data)


def free_slug(index, event):
    """The title and date as the slug, with a number when a sibling already has it (the
    date also keeps it clear of the fixed addresses under /events/)."""
    base = f"{slugify(event.title)[:SLUG_MAX_LENGTH].strip('-') or 'session'}-{event.start_date}"
    taken = set(index.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def publish(event, user):
    revision = event.save_revision(user=user, log_action=True)
    # The facilitator has no Wagtail page permissions: this module is the check.
    revision.publish(user=user, skip_permission_checks=True)
    return EventPage.objects.get(pk=event.pk)


@transaction.atomic
def schedule(community, user, data):
    """Create and publish the session; returns the live page."""
    index = EventIndexPage.objects.get()
    event = build_session(community, data)
    event.slug = free_slug(index, event)
    event.registration_enabled = True
    event.topics.set(list(data.get("topics") or []))
    event.live = False
    index.add_child(instance=event)
    return publish(event, user)


@transaction.atomic
def update(event, user, data):
    event = build_session(event.community, data, event=event)
    if "topics" in data:
        event.topics.set(list(data["topics"]))
    return publish(event, user)


@transaction.atomic
def cancel(event, user, note=""):
    """Mark the session cancelled (its page stays, saying so; calendars show it as
    cancelled through the raised SEQUENCE)."""
    event.cancelled = True
    event.cancellation_note = note[:300]
    return publish(event, user)
