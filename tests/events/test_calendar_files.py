"""One event as an iCalendar file (``events:event_ics``), read back with vobject: what
real calendar clients need, and the join link only for those who may see it."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from events import calendars
from events.choices import RegistrationStatus
from events.factories import EventPageFactory, OnlineEventPageFactory, RegistrationFactory
from events.models import EventPage
from network.core.factories import UserFactory
from tests.events.ical import parse, text_of, vevents


def download(client, event):
    return client.get(reverse("events:event_ics", args=[event.slug]))


def test_the_file_is_a_calendar_attachment(client, events_index):
    event = EventPageFactory(parent=events_index, slug="regional-meeting")
    response = download(client, event)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="regional-meeting.ics"'


def test_a_2011_event_in_denver_has_its_zone_defined(client, events_index):
    event = EventPageFactory(
        parent=events_index,
        title="Denver conference",
        start_date=date(2011, 2, 15),
        start_time=time(8, 30),
        end_date=date(2011, 2, 16),
        end_time=time(16, 0),
        time_zone="America/Denver",
    )
    content = download(client, event).content
    assert b"DTSTART;TZID=America/Denver:20110215T083000" in content
    calendar = parse(content)
    assert calendar.method.value == "PUBLISH"
    assert calendar.contents["x-wr-calname"][0].value == "Denver conference"
    [entry] = vevents(calendar)
    assert entry.uid.value == event.calendar_uid()
    assert entry.dtstamp.value.tzinfo is not None
    # vobject resolves the TZID through the file's own VTIMEZONE: the moment is right.
    assert entry.dtstart.value.astimezone(ZoneInfo("UTC")) == datetime(
        2011, 2, 15, 15, 30, tzinfo=ZoneInfo("UTC")
    )
    assert entry.dtend.value.astimezone(ZoneInfo("UTC")) == datetime(
        2011, 2, 16, 23, 0, tzinfo=ZoneInfo("UTC")
    )
    [zone] = calendar.vtimezone_list
    assert zone.tzid.value == "America/Denver"
    assert entry.dtstart.value.utcoffset() == timedelta(hours=-7)
    assert entry.status.value == "CONFIRMED"
    assert entry.sequence.value == "0"


def test_an_edit_keeps_the_uid_and_raises_the_sequence(client, events_index):
    event = EventPageFactory(parent=events_index)
    before = vevents(parse(download(client, event).content))[0]
    event = EventPage.objects.get(pk=event.pk)
    event.start_time = time(10, 0)
    event.save_revision().publish()
    after = vevents(parse(download(client, event).content))[0]
    assert after.uid.value == before.uid.value
    assert int(after.sequence.value) > int(before.sequence.value)
    assert after.dtstart.value.hour == 10


def test_a_cancelled_event_is_cancelled_in_the_file(client, events_index):
    event = EventPageFactory(parent=events_index, cancelled=True, cancellation_note="Snowed in.")
    [entry] = vevents(parse(download(client, event).content))
    assert entry.status.value == "CANCELLED"
    assert "Snowed in." in entry.description.value


@pytest.mark.parametrize(
    ("who", "sees_link"),
    [("anonymous", False), ("member", False), ("waitlisted", False), ("confirmed", True)],
    ids=["anonymous", "member", "waitlisted", "confirmed"],
)
def test_the_join_link_is_only_in_a_confirmed_registrants_file(
    client, events_index, who, sees_link
):
    event = OnlineEventPageFactory(parent=events_index)
    if who != "anonymous":
        user = UserFactory()
        client.force_login(user)
        if who in ("waitlisted", "confirmed"):
            status = RegistrationStatus(who)
            RegistrationFactory(event=event, user=user, status=status)
    response = download(client, event)
    [entry] = vevents(parse(response.content))
    assert (event.join_url in text_of(entry)) is sees_link
    assert (event.join_url.encode() in response.content) is sees_link
    if sees_link:
        assert "no-store" in response["Cache-Control"]


def test_a_draft_event_has_no_file(client, events_index):
    event = EventPageFactory(parent=events_index, publish=False)
    assert download(client, event).status_code == 404


def test_zones_are_covered_far_from_1970_2038(events_index):
    late = EventPageFactory(parent=events_index, start_date=date(2045, 7, 4))
    calendar = parse(calendars.event_ics(late))
    entry = vevents(calendar)[0]
    assert entry.dtstart.value.utcoffset() == timedelta(hours=-4)
