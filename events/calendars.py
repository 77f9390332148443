"""iCalendar files for events (RFC 5545), written with the ``icalendar`` library.

What real calendar clients need, and each file here has:

- ``UID``: ``event-<page id>@<domain>``, the same for the event's whole life, so an
  updated file replaces the entry instead of adding a second one;
- ``DTSTAMP`` (when the file was made) and ``LAST-MODIFIED`` (the page's last publish);
- ``DTSTART``/``DTEND`` in the event's own zone with ``TZID``, and a ``VTIMEZONE`` for every
  zone used (``Calendar.add_missing_timezones``);
- ``SEQUENCE``: raised by every change a calendar shows (``EventPage.sequence``);
- ``STATUS``: ``CONFIRMED``, or ``CANCELLED`` for a cancelled event (kept in feeds, so
  subscribed clients remove it).

The join link of an online event goes only into files made for someone who may see it
(``join_for``: the member's own calendar and their confirmation email); the public files
say "Join link: for registered members, on the event page".

Feeds (``feed``) also carry ``REFRESH-INTERVAL`` and ``X-PUBLISHED-TTL``, how often a
subscribed client should fetch them again. The public feeds are built from what an
anonymous visitor may see (``public_events``): no private community's sessions, no join
links.
"""

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from icalendar import Calendar, vDuration
from icalendar import Event as CalendarEvent

from network.core.links import site_url

from . import permissions

PRODID = "-//SameSide//Events//EN"
# How often subscribed clients should fetch a feed again (Google decides for itself).
REFRESH = timedelta(hours=1)
# The public feeds keep this many past events, so recent entries do not vanish at once.
PAST_IN_FEEDS = 50


def new_calendar(name, *, feed=False):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    if feed:
        calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
        # An X- property has no known type: give it one, or it would print "1:00:00".
        calendar.add("x-published-ttl", vDuration(REFRESH))
    return calendar


def webcal_url(url):
    """The webcal:// twin of a feed's https address: calendar apps open it as a
    subscription rather than a one-off import."""
    return "webcal://" + url.split("://", 1)[1]


def location_of(event):
    if event.online:
        return "Online"
    return ", ".join(part for part in (event.venue_name, " ".join(event.address.split())) if part)


def description_of(event, with_join_link):
    lines = [event.summary, "", site_url(event.url or "")]
    if event.online:
        if with_join_link and event.join_url:
            lines += ["", f"Join: {event.join_url}"]
            if event.join_details:
                lines.append(event.join_details)
        else:
            lines += ["", "Join link: for registered members, on the event page."]
    if event.cancelled:
        lines = ["Cancelled.", event.cancellation_note, "", *lines]
    return "\n".join(line for line in lines if line is not None).strip()


def calendar_event(event, *, with_join_link=False, now=None):
    """The VEVENT of one event."""
    entry = CalendarEvent()
    entry.add("uid", event.calendar_uid())
    entry.add("dtstamp", now or timezone.now())
    entry.add("dtstart", event.starts_at.astimezone(zone_of(event)))
    entry.add("dtend", event.ends_at.astimezone(zone_of(event)))
    entry.add("summary", event.title)
    entry.add("description", description_of(event, with_join_link))
    entry.add("location", location_of(event))
    entry.add("url", site_url(event.url or ""))
    entry.add("sequence", event.sequence)
    entry.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    if event.last_published_at:
        entry.add("last-modified", event.last_published_at)
    for topic in event.topics.all():
        entry.add("categories", topic.name)
    return entry


def zone_of(event):
    return ZoneInfo(event.time_zone)


def zone_range(events):
    """What the VTIMEZONEs must cover: from the December before the first event to the
    January after the last, so each zone's rules in force then are all there
    (icalendar's default covers only 1970-2038)."""
    if not events:
        return None
    first = min(event.starts_at for event in events)
    last = max(event.ends_at for event in events)
    return date(first.year - 1, 12, 1), date(last.year + 1, 1, 31)


def render(name, events, *, join_for=None, feed=False):
    """The bytes of a calendar holding ``events``; ``join_for(event)`` says whether that
    event's join link may be included."""
    events = list(events)
    calendar = new_calendar(name, feed=feed)
    now = timezone.now()
    for event in events:
        with_join = bool(join_for and join_for(event))
        calendar.add_component(calendar_event(event, with_join_link=with_join, now=now))
    covered = zone_range(events)
    if covered:
        calendar.add_missing_timezones(*covered)
    return calendar.to_ical()


def event_ics(event, *, with_join_link=False):
    """One event as a file (the page's "Add to calendar" and the confirmation email)."""
    return render(event.title, [event], join_for=lambda _event: with_join_link)


def public_events(queryset=None, *, now=None):
    """What the public feeds hold: the events an anonymous visitor may see, upcoming
    and the latest ``PAST_IN_FEEDS`` past ones, cancelled ones included."""
    now = now or timezone.now()
    visible = permissions.visible_events(AnonymousUser(), queryset).prefetch_related("topics")
    upcoming = list(visible.filter(ends_at__gte=now).order_by("starts_at", "pk"))
    past = list(visible.filter(ends_at__lt=now).order_by("-starts_at", "-pk")[:PAST_IN_FEEDS])
    return [*reversed(past), *upcoming]


def public_feed(name, queryset=None):
    """A public feed: never a join link."""
    return render(name, public_events(queryset), feed=True)
