"""Capacity under simultaneous requests: real threads, each with its own connection, in
transactions that commit. On PostgreSQL the event row's lock serializes them; on SQLite
the write lock ``BEGIN IMMEDIATE`` takes does."""

import pytest
from django.urls import reverse

from events import registration
from events.factories import EventPageFactory
from events.models import EventIndexPage, Registration
from network.core.factories import UserFactory
from tests.concurrency import race, race_members


@pytest.fixture
def event(transactional_db):
    return EventPageFactory(parent=EventIndexPage.objects.get(), capacity=3)


def post_register(event):
    url = reverse("events:register", args=[event.slug])
    return lambda client, number: client.post(url, {"who": "me"}).status_code


def test_eight_members_at_once_never_exceed_three_places(event):
    members = [UserFactory() for _ in range(8)]
    statuses = race_members(members, post_register(event))
    assert statuses == [302] * 8
    rows = Registration.objects.filter(event=event)
    assert rows.confirmed().count() == 3
    assert rows.waitlisted().count() == 5
    positions = sorted(r.waitlist_position() for r in rows.waitlisted())
    assert positions == [1, 2, 3, 4, 5]


def test_a_double_submit_registers_once(event):
    member = UserFactory()
    statuses = race(member, 4, post_register(event))
    assert statuses == [302] * 4
    assert Registration.objects.filter(event=event, user=member).count() == 1
    assert Registration.objects.confirmed().filter(event=event).count() == 1


def test_a_cancel_and_a_registration_at_once_keep_the_queue(event):
    """The freed place goes to the first waiting member, never to the newcomer, and the
    event never holds more than its capacity."""
    holders = [UserFactory() for _ in range(3)]
    for holder in holders:
        registration.register(event, holder)
    waiting = UserFactory()
    registration.register(event, waiting)
    newcomer = UserFactory()
    cancel_url = reverse("events:cancel", args=[event.slug])
    register_url = reverse("events:register", args=[event.slug])

    def act(client, number):
        if number == 0:
            return client.post(cancel_url).status_code
        return client.post(register_url, {"who": "me"}).status_code

    assert race_members([holders[0], newcomer], act) == [302, 302]
    rows = Registration.objects.filter(event=event)
    assert rows.confirmed().count() == 3
    assert rows.get(user=waiting).is_confirmed
    assert rows.get(user=newcomer).is_waitlisted
