"""Time zones an event can be in, and how a moment is shown in one.

An event's times are entered as the wall-clock time where it happens, with the zone
named; the moment (UTC) is computed from them. Visitors who set a zone on their profile
see the time in theirs as well. Every shown time names its zone:
"Tuesday 15 February 2011, 8:30 AM – 4:00 PM MST (Mountain, Denver)".
"""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.utils.dateformat import format as format_date

from network.core.zones import US_ZONES
from network.core.zones import is_zone as is_zone
from network.core.zones import zone_choices as all_zone_choices

DEFAULT_ZONE = "America/New_York"
DAY_FORMAT = "l j F Y"
TIME_FORMAT = "g:i A"
US_LABELS = dict(US_ZONES)


def zone_choices():
    """The model field's choices (a callable: the list is long and built once)."""
    return list(all_zone_choices())


def combine(day, time, zone_name):
    """The aware moment of a wall-clock ``day`` and ``time`` in ``zone_name``."""
    return datetime.combine(day, time, tzinfo=ZoneInfo(zone_name))


def localize(moment, zone_name):
    return moment.astimezone(ZoneInfo(zone_name))


def zone_abbreviation(moment, zone_name):
    """ "MST", "EDT"...: the zone's name at that moment ("UTC+03" where the zone has
    only an offset)."""
    name = localize(moment, zone_name).tzname() or zone_name
    return f"UTC{name}" if name[:1] in "+-" else name


def zone_label(zone_name):
    """ "Mountain, Denver" for the US zones, "Europe/Berlin" style for the others."""
    label = US_LABELS.get(zone_name)
    if label is None:
        return zone_name.replace("_", " ")
    region, _, city = label.rstrip(")").partition(" (")
    return f"{region}, {city}"


@dataclass(frozen=True)
class Span:
    """An event's start and end shown in one zone."""

    start: datetime
    end: datetime
    zone: str

    @property
    def same_day(self):
        return self.start.date() == self.end.date()

    @property
    def start_text(self):
        return f"{format_date(self.start, DAY_FORMAT)}, {format_date(self.start, TIME_FORMAT)}"

    @property
    def end_text(self):
        time = format_date(self.end, TIME_FORMAT)
        return time if self.same_day else f"{format_date(self.end, DAY_FORMAT)}, {time}"

    @property
    def zone_text(self):
        """ "MST (Mountain, Denver)", or "EST to EDT (...)" across a clock change."""
        first = zone_abbreviation(self.start, self.zone)
        last = zone_abbreviation(self.end, self.zone)
        names = first if first == last else f"{first} to {last}"
        return f"{names} ({zone_label(self.zone)})"

    def __str__(self):
        return f"{self.start_text} – {self.end_text} {self.zone_text}"


def span(starts_at, ends_at, zone_name):
    return Span(localize(starts_at, zone_name), localize(ends_at, zone_name), zone_name)


def member_zone(user):
    """The zone a member chose on their profile, or "" (not set, or anonymous). The
    profile is cached on the user object, so a page asks once however many times it
    shows a time."""
    if not user.is_authenticated:
        return ""
    profile = getattr(user, "profile", None)
    zone = getattr(profile, "time_zone", "") or ""
    return zone if is_zone(zone) else ""
