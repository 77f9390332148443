"""Registering alone: the rules and their messages, the waiting list and its order,
promotion on cancel, the confirmation and promotion emails (in the outbox, with the .ics)."""

import base64
from datetime import UTC, date, datetime, time, timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from events import registration
from events.choices import RegistrationStatus
from events.factories import (
    EventPageFactory,
    OnlineEventPageFactory,
    RegistrationFactory,
    in_days,
)
from events.models import Registration
from network.core.factories import UserFactory
from network.core.models import OutgoingEmail

JOIN = "https://meet.example.org/j/secret-room-42"


def emails(purpose, user=None):
    found = OutgoingEmail.objects.filter(purpose=purpose).order_by("pk")
    return list(found.filter(user=user) if user is not None else found)


def ics_of(email):
    """The parsed .ics attached to an outbox email (None when there is none)."""
    for attachment in email.attachments:
        if attachment["name"] == "event.ics":
            assert attachment["content_type"].startswith("text/calendar")
            return Calendar.from_ical(base64.b64decode(attachment["content"]))
    return None


def vevent(calendar):
    (entry,) = calendar.walk("VEVENT")
    return entry


# Confirmed --------------------------------------------------------------------------------
def test_a_member_registers_and_gets_the_confirmation_with_the_ics(events_index):
    event = OnlineEventPageFactory(parent=events_index, title="Peer review webinar")
    member = UserFactory()
    outcome = registration.register(event, member)
    assert outcome.status == RegistrationStatus.CONFIRMED
    assert outcome.message.startswith("You are registered for Peer review webinar.")
    row = Registration.objects.get(event=event, user=member)
    assert row.is_confirmed and row.confirmed_at and row.registered_by == member
    assert row.confirmation_sent_at is not None

    (email,) = emails("events.confirmation", member)
    assert email.to == [member.email]
    assert email.subject == "Registered: Peer review webinar"
    assert JOIN in email.body and "Passcode 4242" in email.body
    entry = vevent(ics_of(email))
    assert str(entry["uid"]) == event.calendar_uid()
    assert JOIN in str(entry["description"])
    assert email.headers["In-Reply-To"] == registration.emails.event_message_id(event)


def test_the_confirmation_is_claimed_once(events_index):
    event = EventPageFactory(parent=events_index)
    row = registration.register(event, UserFactory()).registration
    assert registration.emails.queue_confirmation(row) is None
    assert len(emails("events.confirmation")) == 1


# Refusals ---------------------------------------------------------------------------------
def at(day, hour=12):
    return datetime.combine(day, time(hour), tzinfo=UTC)


REFUSALS = [
    ("cancelled", {"cancelled": True}, None, "This event has been cancelled."),
    (
        "not-on-sameside",
        {"registration_enabled": False},
        None,
        "Registration for this event is not taken on SameSide.",
    ),
    ("past", {}, date(2027, 3, 20), "This event has already taken place."),
    (
        "started",
        {"start_time": time(9, 0), "end_time": time(17, 0)},
        "during",
        "This event has already started; registration is closed.",
    ),
    (
        "not-yet-open",
        {"registration_opens": date(2027, 2, 1)},
        date(2027, 1, 15),
        "Registration opens on 1 February 2027.",
    ),
    (
        "deadline-passed",
        {"registration_deadline": date(2027, 3, 3)},
        date(2027, 3, 4),
        "Registration closed on 3 March 2027 (the deadline).",
    ),
]


@pytest.mark.parametrize(
    ("changes", "when", "message"),
    [case[1:] for case in REFUSALS],
    ids=[case[0] for case in REFUSALS],
)
def test_each_refusal_says_why(events_index, changes, when, message):
    event = EventPageFactory(
        parent=events_index, start_date=date(2027, 3, 10), time_zone="America/New_York", **changes
    )
    if when is None:
        now = at(date(2027, 2, 15))
    elif when == "during":
        now = event.starts_at + timedelta(hours=1)
    else:
        now = at(when)
    outcome = registration.register(event, UserFactory(), now=now)
    assert (outcome.ok, outcome.message) == (False, message)
    assert not Registration.objects.filter(event=event).exists()
    assert not OutgoingEmail.objects.exists()


def test_the_deadline_day_itself_is_still_open_until_midnight_in_the_events_zone(events_index):
    event = EventPageFactory(
        parent=events_index,
        start_date=date(2027, 3, 10),
        registration_deadline=date(2027, 3, 3),
        time_zone="America/Los_Angeles",
    )
    # 23:30 on the deadline in Los Angeles is 07:30 UTC the next day.
    late = datetime(2027, 3, 4, 7, 30, tzinfo=UTC)
    assert registration.register(event, UserFactory(), now=late).ok
    too_late = late + timedelta(hours=1)
    assert not registration.register(event, UserFactory(), now=too_late).ok


def test_registering_twice_says_already_registered(events_index):
    event = EventPageFactory(parent=events_index)
    member = UserFactory()
    assert registration.register(event, member).ok
    again = registration.register(event, member)
    assert (again.ok, again.message) == (False, "You are already registered for this event.")
    assert Registration.objects.filter(event=event).count() == 1
    assert len(emails("events.confirmation")) == 1


def test_registering_twice_from_the_waiting_list_gives_the_position(events_index):
    event = EventPageFactory(parent=events_index, capacity=1)
    registration.register(event, UserFactory())
    waiting = UserFactory()
    registration.register(event, waiting)
    again = registration.register(event, waiting)
    assert again.message == ("You are already on the waiting list for this event, position 1.")


# The waiting list -------------------------------------------------------------------------
def test_a_full_event_puts_the_member_on_the_waiting_list_with_their_position(events_index):
    event = OnlineEventPageFactory(parent=events_index, title="Full webinar", capacity=2)
    for _ in range(2):
        registration.register(event, UserFactory())
    first, second = UserFactory(), UserFactory()
    assert registration.register(event, first).position == 1
    outcome = registration.register(event, second)
    assert outcome.status == RegistrationStatus.WAITLISTED
    assert outcome.position == 2
    assert outcome.message.startswith(
        "Full webinar is full: you are on the waiting list, position 2."
    )
    (email,) = emails("events.waitlisted", second)
    assert "position 2" in email.body
    assert JOIN not in email.body and ics_of(email) is None
    assert Registration.objects.confirmed().filter(event=event).count() == 2


def test_cancelling_a_place_promotes_the_first_waiting_member_with_an_email(events_index):
    event = OnlineEventPageFactory(parent=events_index, title="Webinar", capacity=2)
    holders = [UserFactory(), UserFactory()]
    waiting = [UserFactory(), UserFactory(), UserFactory()]
    for member in holders + waiting:
        registration.register(event, member)
    leaving = Registration.objects.get(event=event, user=holders[1])

    promoted = registration.cancel(leaving, holders[1])

    assert promoted.user == waiting[0]
    promoted.refresh_from_db()
    assert promoted.is_confirmed and promoted.promoted_at and promoted.confirmed_at
    leaving.refresh_from_db()
    assert leaving.status == RegistrationStatus.CANCELLED and leaving.cancelled_at
    (email,) = emails("events.promotion", waiting[0])
    assert email.subject == "You have a place: Webinar"
    assert JOIN in email.body
    assert JOIN in str(vevent(ics_of(email))["description"])
    # The others move up, in order.
    rest = [Registration.objects.get(event=event, user=m) for m in waiting[1:]]
    assert [r.waitlist_position() for r in rest] == [1, 2]
    assert Registration.objects.confirmed().filter(event=event).count() == 2


def test_cancelling_a_waiting_place_just_leaves_the_list(events_index):
    event = EventPageFactory(parent=events_index, capacity=1)
    holder, first, second = UserFactory(), UserFactory(), UserFactory()
    for member in (holder, first, second):
        registration.register(event, member)
    assert registration.cancel(Registration.objects.get(user=first), first) is None
    assert Registration.objects.get(user=holder).is_confirmed
    assert Registration.objects.get(user=second).waitlist_position() == 1
    assert not emails("events.promotion")


def test_the_waiting_list_breaks_ties_by_row_order(events_index):
    event = EventPageFactory(parent=events_index, capacity=1)
    registration.register(event, UserFactory())
    same_moment = timezone.now()
    rows = [
        RegistrationFactory(
            event=event, status=RegistrationStatus.WAITLISTED, queued_at=same_moment
        )
        for _ in range(3)
    ]
    assert [row.waitlist_position() for row in rows] == [1, 2, 3]
    holder = Registration.objects.confirmed().get(event=event)
    assert registration.cancel(holder, holder.user).pk == rows[0].pk


def test_registering_again_after_cancelling_goes_to_the_end_of_the_queue(events_index):
    event = EventPageFactory(parent=events_index, capacity=1)
    holder, waiting, returning = UserFactory(), UserFactory(), UserFactory()
    registration.register(event, holder)
    registration.register(event, returning)
    registration.register(event, waiting)
    first_row = Registration.objects.get(user=returning)
    registration.cancel(first_row, returning)
    outcome = registration.register(event, returning)
    assert outcome.registration.pk == first_row.pk  # the row is reused
    assert outcome.position == 2  # behind the one who waited meanwhile
    assert len(emails("events.waitlisted", returning)) == 2


def test_only_the_member_or_the_events_staff_may_cancel(events_index, cast):
    event = EventPageFactory(parent=events_index)
    row = registration.register(event, UserFactory()).registration
    with pytest.raises(registration.Refused):
        registration.cancel(row, cast.member)
    registration.cancel(row, cast.manager)
    row.refresh_from_db()
    assert row.status == RegistrationStatus.CANCELLED


def test_a_cancelled_place_cannot_be_cancelled_twice(events_index):
    event = EventPageFactory(parent=events_index)
    member = UserFactory()
    row = registration.register(event, member).registration
    registration.cancel(row, member)
    with pytest.raises(registration.Refused, match="already cancelled"):
        registration.cancel(row, member)


def test_raising_the_capacity_and_publishing_promotes_the_waiting_list(events_index):
    event = EventPageFactory(parent=events_index, capacity=1)
    members = [UserFactory() for _ in range(4)]
    for member in members:
        registration.register(event, member)
    event.capacity = 3
    event.save_revision().publish()
    confirmed = set(
        Registration.objects.confirmed().filter(event=event).values_list("user", flat=True)
    )
    assert confirmed == {m.pk for m in members[:3]}
    assert [e.user for e in emails("events.promotion")] == members[1:3]
    assert Registration.objects.get(user=members[3]).waitlist_position() == 1


def test_no_limit_means_everyone_is_confirmed(events_index):
    event = EventPageFactory(parent=events_index, capacity=None)
    outcomes = [registration.register(event, UserFactory()) for _ in range(5)]
    assert {o.status for o in outcomes} == {RegistrationStatus.CONFIRMED}


def test_a_past_events_registrations_cannot_be_cancelled(events_index):
    event = EventPageFactory(parent=events_index, start_date=in_days(-3))
    row = RegistrationFactory(event=event)
    with pytest.raises(registration.Refused, match="already taken place"):
        registration.cancel(row, row.user)
