"""The registrants of an event as CSV, for staff (``events:registrants_csv``).

A cell a member typed (a name, a team's name, an organization) could start with ``=``,
``+``, ``-`` or ``@``, which a spreadsheet runs as a formula (CSV injection, OWASP): such
cells get a leading apostrophe, which spreadsheets show as text and do not display."""

import csv
import io

from network.core.people import display_name

from . import timezones
from .choices import RegistrationStatus
from .models import Registration

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HEADER = [
    "name",
    "email",
    "organization",
    "team",
    "status",
    "registered at",
    "position on waiting list",
    "attended",
]
STATUS_ORDER = {
    RegistrationStatus.CONFIRMED: 0,
    RegistrationStatus.WAITLISTED: 1,
    RegistrationStatus.CANCELLED: 2,
}


def safe_cell(value):
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def organization_of(user):
    profile = getattr(user, "profile", None)
    if profile is None or profile.organization is None:
        return ""
    return profile.organization.name


def attended_label(attended):
    return {None: "", True: "yes", False: "no"}[attended]


def rows(event):
    """Confirmed, then the waiting list in its order, then the cancelled."""
    registrations = list(
        Registration.objects.filter(event=event)
        .select_related("user", "user__profile__organization", "team")
        .order_by("queued_at", "pk")
    )
    position = 0
    positions = {}
    for registration in registrations:
        if registration.is_waitlisted:
            position += 1
            positions[registration.pk] = position
    registrations.sort(key=lambda r: (STATUS_ORDER[r.status], r.queued_at, r.pk))
    zone = event.time_zone
    for registration in registrations:
        yield [
            display_name(registration.user),
            registration.user.email,
            organization_of(registration.user),
            registration.team.name if registration.team_id else "",
            registration.get_status_display(),
            registered_at(registration, zone),
            positions.get(registration.pk, ""),
            attended_label(registration.attended),
        ]


def registered_at(registration, zone):
    """When the place was asked for, in the event's zone with its offset."""
    return timezones.localize(registration.queued_at, zone).strftime("%Y-%m-%d %H:%M %z")


def render(event):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for row in rows(event):
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue()
