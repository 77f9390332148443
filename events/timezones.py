"""Time zones an event can be in, and how a moment is shown in one.

An event's times are entered as the wall-clock time where it happens, with the zone
named; the moment (UTC) is computed from them. Visitors who set a zone on their profile
see the time in theirs as well. Every shown time names its zone.
"""

from datetime import datetime
from zoneinfo import ZoneInfo, available_timezones

# The US zones first (the network is American), then every other IANA zone.
US_ZONES = [
    ("America/New_York", "Eastern (New York)"),
    ("America/Chicago", "Central (Chicago)"),
    ("America/Denver", "Mountain (Denver)"),
    ("America/Phoenix", "Mountain, no daylight saving (Phoenix)"),
    ("America/Los_Angeles", "Pacific (Los Angeles)"),
    ("America/Anchorage", "Alaska (Anchorage)"),
    ("Pacific/Honolulu", "Hawaii (Honolulu)"),
    ("America/Puerto_Rico", "Atlantic (Puerto Rico)"),
]
DEFAULT_ZONE = "America/New_York"


def zone_choices():
    us = {name for name, _ in US_ZONES}
    others = sorted(name for name in available_timezones() if name not in us and "/" in name)
    return US_ZONES + [(name, name.replace("_", " ")) for name in others] + [("UTC", "UTC")]


def is_zone(name):
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return False
    return bool(name)


def combine(day, time, zone_name):
    """The aware moment of a wall-clock ``day`` and ``time`` in ``zone_name``."""
    return datetime.combine(day, time, tzinfo=ZoneInfo(zone_name))


def localize(moment, zone_name):
    return moment.astimezone(ZoneInfo(zone_name))


def zone_abbreviation(moment, zone_name):
    """ "MST", "EDT"...: the zone's name at that moment."""
    return localize(moment, zone_name).tzname() or zone_name
