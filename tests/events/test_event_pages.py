"""Event pages: times computed in the event's zone, validation, the calendar SEQUENCE."""

from datetime import date, time

import pytest
from django.core.exceptions import ValidationError

from events.factories import EventPageFactory, OnlineEventPageFactory
from events.models import EventPage


def test_moments_follow_the_events_zone(events_index):
    event = EventPageFactory(
        parent=events_index,
        start_date=date(2011, 2, 15),
        start_time=time(8, 30),
        end_date=date(2011, 2, 16),
        end_time=time(16, 0),
        time_zone="America/Denver",
    )
    assert event.starts_at.isoformat() == "2011-02-15T15:30:00+00:00"
    assert event.ends_at.isoformat() == "2011-02-16T23:00:00+00:00"


def test_page_shows_the_event_with_its_zone(client, events_index):
    event = EventPageFactory(
        parent=events_index, title="Regional meeting", time_zone="America/Chicago"
    )
    response = client.get(event.url)
    assert response.status_code == 200
    assert b"Regional meeting" in response.content
    assert b"(Central, Chicago)" in response.content


def test_join_link_is_not_on_the_public_page(client, events_index):
    event = OnlineEventPageFactory(parent=events_index)
    response = client.get(event.url)
    assert response.status_code == 200
    assert event.join_url.encode() not in response.content


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"end_date": date(2030, 1, 1), "start_date": date(2030, 1, 2)}, "end_date"),
        ({"start_time": time(10), "end_time": time(9)}, "end_time"),
        ({"venue_name": "", "address": ""}, "address"),
        ({"join_url": "https://example.org/j/1"}, "join_url"),
        ({"slug": "mine"}, "slug"),
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
    ],
    ids=[
        "ends-before-start",
        "same-day-end-before-start",
        "no-place",
        "join-in-person",
        "reserved",
        "zone",
    ],
)
def test_clean_refuses_impossible_events(events_index, changes, field):
    event = EventPageFactory(parent=events_index)
    for name, value in changes.items():
        setattr(event, name, value)
    with pytest.raises(ValidationError) as raised:
        event.clean()
    assert field in raised.value.message_dict


def test_sequence_rises_when_the_calendar_would_change(events_index):
    event = EventPageFactory(parent=events_index)
    assert event.sequence == 0
    event.search_description = "not in a calendar"
    event.save()
    assert EventPage.objects.get(pk=event.pk).sequence == 0
    event.start_time = time(10, 0)
    event.save()
    assert EventPage.objects.get(pk=event.pk).sequence == 1
    assert event.calendar_uid() == EventPage.objects.get(pk=event.pk).calendar_uid()
