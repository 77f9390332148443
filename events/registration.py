"""Registering for an event, alone or as a team; the waiting list; cancelling.

Every change of who holds a place runs in one transaction that first locks the event's
row (``lock_event``: ``SELECT ... FOR UPDATE`` on ``events_eventpage`` on PostgreSQL; on
SQLite ``atomic()`` begins ``IMMEDIATE`` and takes the database's write lock, see
``network/core/locks.py``). Inside it the confirmed places are counted and the new row
written, so two members asking for the last place at once are served one after the
other: the second one counts the first one's place and goes on the waiting list. The
unique constraint ``events_one_registration`` (one row per member and event) stops a
double submit that slipped past the check.

The waiting list is ordered by ``queued_at`` then ``pk``. A freed place goes to the first
in it, in the transaction that freed it, with the promotion email in the outbox; so does
every place added when staff raise the capacity (``fill_from_waitlist``, run when an
event page is published: ``on_event_published``).
"""

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone

from network.core.people import display_name
from teams import permissions as team_permissions
from teams.models import Team

from . import emails, permissions
from .choices import RegistrationStatus
from .models import EventPage, Registration

CONFIRMED = RegistrationStatus.CONFIRMED
WAITLISTED = RegistrationStatus.WAITLISTED
CANCELLED = RegistrationStatus.CANCELLED


class Refused(Exception):
    """An action that cannot be done, with the sentence that says why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass
class Outcome:
    """What ``register`` did: ``status`` is confirmed, waitlisted or refused."""

    status: str
    message: str
    registration: Registration | None = None
    position: int | None = None

    @property
    def ok(self):
        return self.status != "refused"


@dataclass
class TeamOutcome:
    """What ``register_team`` did; ``waitlisted`` holds (registration, position)."""

    message: str
    refused: bool = False
    confirmed: list = field(default_factory=list)
    waitlisted: list = field(default_factory=list)
    skipped: list = field(default_factory=list)  # members already registered

    @property
    def ok(self):
        return not self.refused


def long_date(day):
    return f"{day.day} {day:%B %Y}"


# When registration is possible ---------------------------------------------------------
def closed_reason(event, now=None):
    """Why nobody can register for ``event`` now, or None when registration is open."""
    now = now or timezone.now()
    if event.cancelled:
        return "This event has been cancelled."
    if not event.registration_enabled:
        return "Registration for this event is not taken on SameSide."
    if event.is_past(now):
        return "This event has already taken place."
    if event.has_started(now):
        return "This event has already started; registration is closed."
    opens = event.registration_opens_at()
    if opens is not None and now < opens:
        return f"Registration opens on {long_date(event.registration_opens)}."
    if now >= event.registration_closes_at():
        return f"Registration closed on {long_date(event.registration_deadline)} (the deadline)."
    return None


def is_open(event, now=None):
    return closed_reason(event, now) is None


# Counting --------------------------------------------------------------------------------
def counts(event):
    """Confirmed and waiting, in one aggregate query (constant whatever the numbers)."""
    return Registration.objects.filter(event=event).aggregate(
        confirmed=Count("pk", filter=Q(status=CONFIRMED)),
        waitlisted=Count("pk", filter=Q(status=WAITLISTED)),
    )


def places_left(capacity, confirmed):
    """None when the event has no limit."""
    if capacity is None:
        return None
    return max(capacity - confirmed, 0)


def waitlist_position(registration):
    """1 for the first in the waiting list; None when not waiting."""
    return registration.waitlist_position() if registration is not None else None


def status_message(registration, position=None):
    """The visitor's own status, as the event page and messages say it."""
    if registration is None or registration.status == CANCELLED:
        return None
    team = f" with {registration.team.name}" if registration.team_id else ""
    if registration.is_confirmed:
        return f"You are registered{team}."
    if position is None:
        position = waitlist_position(registration)
    return f"You are on the waiting list{team}, position {position}."


def panel(event, user, registration, now=None):
    """What the event page's registration box shows: a constant number of queries
    whatever the number of registrants (one aggregate, the position, the teams)."""
    numbers = counts(event)
    active = registration if registration is not None and registration.status != CANCELLED else None
    position = waitlist_position(active)
    return {
        "confirmed_count": numbers["confirmed"],
        "waitlist_count": numbers["waitlisted"],
        "places_left": places_left(event.capacity, numbers["confirmed"]),
        "is_full": event.capacity is not None and numbers["confirmed"] >= event.capacity,
        "closed_reason": closed_reason(event, now),
        "active_registration": active,
        "waitlist_position": position,
        "status_message": status_message(active, position),
        "member_teams": list(teams_of(user)) if active is None else [],
    }


# The lock ---------------------------------------------------------------------------------
def lock_event(event):
    """Lock the event's row for the rest of the transaction; returns its capacity as it
    is now (staff may have changed it since ``event`` was read)."""
    row = (
        EventPage.objects.select_for_update(of=("self",))
        .filter(pk=event.pk)
        .values_list("capacity", flat=True)
    )
    capacity = list(row)
    if not capacity:
        raise Refused("This event no longer exists.")
    event.capacity = capacity[0]
    return event.capacity


def has_room(event, capacity):
    if capacity is None:
        return True
    return Registration.objects.confirmed().filter(event=event).count() < capacity


def promote_waiting(event, capacity, now):
    """Give free places to the waiting list in order (inside the lock)."""
    if event.cancelled or event.has_started(now):
        return []
    waiting = Registration.objects.waitlist_order().filter(event=event)
    if capacity is not None:
        free = capacity - Registration.objects.confirmed().filter(event=event).count()
        if free <= 0:
            return []
        waiting = waiting[:free]
    promoted = []
    for registration in waiting.select_related("user", "team"):
        registration.status = CONFIRMED
        registration.promoted_at = registration.confirmed_at = now
        registration.event = event
        registration.save(update_fields=["status", "promoted_at", "confirmed_at"])
        emails.queue_promotion(registration)
        promoted.append(registration)
    return promoted


def fill_from_waitlist(event, now=None):
    """Promote the waiting list into the free places (after staff raised the capacity).
    Returns the promoted registrations."""
    now = now or timezone.now()
    with transaction.atomic():
        capacity = lock_event(event)
        return promote_waiting(event, capacity, now)


def on_event_published(sender, instance, **kwargs):
    """``page_published`` receiver (connected in ``EventsConfig.ready``)."""
    fill_from_waitlist(instance)


# Registering ------------------------------------------------------------------------------
def take_place(event, user, capacity, now, *, by, team):
    """Inside the lock: a confirmed or waiting registration for ``user``, or None when
    they already hold one. Reuses a cancelled row (at the end of the queue)."""
    existing = Registration.objects.filter(event=event, user=user).first()
    if existing is not None and existing.status != CANCELLED:
        return None
    status = CONFIRMED if has_room(event, capacity) else WAITLISTED
    values = {
        "status": status,
        "team": team,
        "registered_by": by or user,
        "queued_at": now,
        "confirmed_at": now if status == CONFIRMED else None,
        "promoted_at": None,
        "cancelled_at": None,
        "confirmation_sent_at": None,
    }
    if existing is not None:
        for name, value in values.items():
            setattr(existing, name, value)
        existing.save(update_fields=list(values))
        registration = existing
    else:
        try:
            with transaction.atomic():
                registration = Registration.objects.create(event=event, user=user, **values)
        except IntegrityError:
            return None  # the same member's other request won
    registration.event = event
    emails.queue_confirmation(registration)
    return registration


def already_message(registration):
    if registration is not None and registration.is_waitlisted:
        return (
            "You are already on the waiting list for this event, "
            f"position {waitlist_position(registration)}."
        )
    return "You are already registered for this event."


def register(event, user, *, by=None, team=None, now=None):
    """Register ``user`` (themself, or ``by`` someone registering them with ``team``)."""
    now = now or timezone.now()
    reason = closed_reason(event, now)
    if reason is not None:
        return Outcome("refused", reason)
    try:
        with transaction.atomic():
            capacity = lock_event(event)
            promote_waiting(event, capacity, now)
            registration = take_place(event, user, capacity, now, by=by, team=team)
    except Refused as refused:
        return Outcome("refused", refused.message)
    if registration is None:
        current = Registration.objects.filter(event=event, user=user).first()
        return Outcome("refused", already_message(current), current)
    with_team = f" with {team.name}" if team is not None else ""
    if registration.is_confirmed:
        return Outcome(
            CONFIRMED,
            f"You are registered for {event.title}{with_team}. A confirmation is on its way "
            "to your email, with the event for your calendar.",
            registration,
        )
    position = waitlist_position(registration)
    return Outcome(
        WAITLISTED,
        f"{event.title} is full: you are on the waiting list{with_team}, position {position}. "
        "If a place frees up you get it in that order, and we email you.",
        registration,
        position,
    )


def teams_of(user):
    """The teams ``user`` is a member of (and may register together)."""
    if not user.is_authenticated:
        return Team.objects.none()
    return Team.objects.filter(memberships__user=user).order_by("name")


def names(users):
    return ", ".join(display_name(user) for user in users)


def team_summary(event, team, outcome):
    parts = []
    if outcome.confirmed:
        parts.append(
            f"Registered {len(outcome.confirmed)} of {team.name} for {event.title}: "
            f"{names(r.user for r in outcome.confirmed)}."
        )
    if outcome.waitlisted:
        waiting = ", ".join(
            f"{display_name(r.user)} (position {position})" for r, position in outcome.waitlisted
        )
        full = "The event is full" if not outcome.confirmed else "Then the places ran out"
        parts.append(f"{full}: on the waiting list, in order: {waiting}.")
    if outcome.skipped:
        parts.append(f"Already registered, left as they were: {names(outcome.skipped)}.")
    if not outcome.confirmed and not outcome.waitlisted:
        parts.insert(0, f"Nobody new to register from {team.name}.")
    return " ".join(parts)


def register_team(event, team, by, now=None):
    """Register every current member of ``team`` (``by`` must be one of them): in the
    team's order, while places last, then on the waiting list."""
    now = now or timezone.now()
    if team_permissions.role(by, team) != team_permissions.MEMBER:
        return TeamOutcome("Only a member of the team can register it.", refused=True)
    reason = closed_reason(event, now)
    if reason is not None:
        return TeamOutcome(reason, refused=True)
    outcome = TeamOutcome("")
    members = [m.user for m in team.memberships.select_related("user") if m.user.is_active]
    try:
        with transaction.atomic():
            capacity = lock_event(event)
            promote_waiting(event, capacity, now)
            for member in members:
                registration = take_place(event, member, capacity, now, by=by, team=team)
                if registration is None:
                    outcome.skipped.append(member)
                elif registration.is_confirmed:
                    outcome.confirmed.append(registration)
                else:
                    outcome.waitlisted.append((registration, waitlist_position(registration)))
    except Refused as refused:
        return TeamOutcome(refused.message, refused=True)
    outcome.message = team_summary(event, team, outcome)
    return outcome


# Cancelling -------------------------------------------------------------------------------
def cancel(registration, by, now=None):
    """Cancel ``registration`` (its member, or someone who manages the event's
    registrations). Returns the registration promoted into the freed place, or None.
    Raises ``Refused`` when it cannot be cancelled."""
    now = now or timezone.now()
    event = registration.event
    if by.pk != registration.user_id and not permissions.can_manage_registrations(by, event):
        raise Refused("Only the member themself, or the event's staff, can cancel this place.")
    if event.is_past(now):
        raise Refused("This event has already taken place; its registrations are kept.")
    with transaction.atomic():
        capacity = lock_event(event)
        current = Registration.objects.filter(pk=registration.pk).first()
        if current is None or current.status == CANCELLED:
            raise Refused("This registration is already cancelled.")
        was_confirmed = current.is_confirmed
        current.status = CANCELLED
        current.cancelled_at = now
        current.save(update_fields=["status", "cancelled_at"])
        registration.status, registration.cancelled_at = current.status, now
        promoted = promote_waiting(event, capacity, now) if was_confirmed else []
    return promoted[0] if promoted else None


# Attendance -------------------------------------------------------------------------------
def mark_attendance(changes, by, now=None):
    """Record ``(registration, attended)`` pairs (True, False or None: not marked)."""
    now = now or timezone.now()
    rows = []
    for registration, attended in changes:
        registration.attended = attended
        registration.attendance_marked_by = by
        registration.attendance_marked_at = now
        rows.append(registration)
    Registration.objects.bulk_update(
        rows, ["attended", "attendance_marked_by", "attendance_marked_at"]
    )
    return len(rows)


def registrants(event):
    """The staff's lists: confirmed (by name), the waiting list in order, and the number
    of cancelled places."""
    base = Registration.objects.filter(event=event).select_related(
        "user", "user__profile__organization", "team"
    )
    confirmed = list(
        base.confirmed().order_by("user__last_name", "user__first_name", "user__username")
    )
    waiting = list(base.waitlist_order())
    return {
        "confirmed": confirmed,
        "waitlist": [(position, r) for position, r in enumerate(waiting, start=1)],
        "cancelled_count": Registration.objects.filter(event=event, status=CANCELLED).count(),
    }
