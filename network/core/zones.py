"""The IANA time zones members and events choose from, US zones first. In the kernel
because a member's profile (network) and an event (events) both pick one."""

from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from django.core.exceptions import ValidationError

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


@cache
def zone_choices():
    us = {name for name, _ in US_ZONES}
    others = sorted(name for name in available_timezones() if name not in us and "/" in name)
    return [*US_ZONES, *((name, name.replace("_", " ")) for name in others), ("UTC", "UTC")]


def is_zone(name):
    if not name:
        return False
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return False
    return True


def validate_zone(name):
    if name and not is_zone(name):
        raise ValidationError("Choose a time zone from the list.", code="invalid_zone")
