"""The subscribable feeds, read back with vobject: all events, by topic, and a
member's own (secret, resettable). Public feeds never carry join links or a private
community's sessions."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from events.choices import RegistrationStatus
from events.factories import (
    EventPageFactory,
    OnlineEventPageFactory,
    RegistrationFactory,
    in_days,
)
from events.models import CalendarToken
from forums.factories import CommunityPageFactory
from network.core.factories import UserFactory
from resources.factories import TopicFactory
from tests.events.ical import by_summary, parse, text_of, vevents


def feed(client, name, *args):
    response = client.get(reverse(name, args=args))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response


@pytest.fixture
def private_session(events_index, communities_index):
    circle = Group.objects.create(name="Test circle")
    community = CommunityPageFactory(parent=communities_index, private_group=circle)
    event = OnlineEventPageFactory(
        parent=events_index, title="Private circle session", community=community
    )
    return event, circle


def test_the_all_feed_is_a_valid_published_feed(client, events_index):
    EventPageFactory(parent=events_index, title="Upcoming meeting")
    EventPageFactory(parent=events_index, title="Old conference", start_date=in_days(-400))
    response = feed(client, "events:feed_all")
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT1H" in response.content
    assert b"X-PUBLISHED-TTL:PT1H" in response.content
    calendar = parse(response.content)
    assert calendar.method.value == "PUBLISH"
    assert calendar.contents["x-wr-calname"][0].value == "SameSide events"
    entries = by_summary(calendar)
    assert set(entries) == {"Upcoming meeting", "Old conference"}
    for entry in entries.values():
        assert entry.uid.value.startswith("event-")
        assert entry.dtstamp.value
    assert [zone.tzid.value for zone in calendar.vtimezone_list] == ["America/New_York"]


def test_public_feeds_have_no_join_link_and_no_private_session(
    client, events_index, private_session
):
    webinar = OnlineEventPageFactory(parent=events_index, title="Open webinar")
    member = UserFactory()
    RegistrationFactory(event=webinar, user=member)
    client.force_login(member)  # a member's cookie changes nothing in a public feed
    response = feed(client, "events:feed_all")
    assert webinar.join_url.encode() not in response.content
    assert set(by_summary(parse(response.content))) == {"Open webinar"}


def test_a_cancelled_event_stays_in_the_feed_as_cancelled(client, events_index):
    EventPageFactory(parent=events_index, title="Called off", cancelled=True)
    [entry] = vevents(parse(feed(client, "events:feed_all").content))
    assert entry.status.value == "CANCELLED"


def test_a_draft_is_not_in_the_feed(client, events_index):
    EventPageFactory(parent=events_index, title="Draft", publish=False)
    assert vevents(parse(feed(client, "events:feed_all").content)) == []


def test_the_topic_feed_holds_the_topics_events(client, events_index):
    par = TopicFactory(slug="peer-assistance-and-review", name="Peer assistance and review")
    other = TopicFactory(slug="compensation", name="Compensation")
    EventPageFactory(parent=events_index, title="PAR workshop", topics=[par])
    EventPageFactory(parent=events_index, title="Pay workshop", topics=[other])
    response = feed(client, "events:feed_topic", par.slug)
    calendar = parse(response.content)
    assert set(by_summary(calendar)) == {"PAR workshop"}
    assert "Peer assistance and review" in calendar.contents["x-wr-calname"][0].value
    assert client.get(reverse("events:feed_topic", args=["no-such-topic"])).status_code == 404


def test_the_all_feed_runs_the_same_queries_for_more_events(
    client, events_index, django_assert_max_num_queries
):
    topic = TopicFactory()
    for _ in range(3):
        EventPageFactory(parent=events_index, topics=[topic])
    with django_assert_max_num_queries(12) as few:
        feed(client, "events:feed_all")
    for _ in range(10):
        EventPageFactory(parent=events_index, topics=[topic])
    with django_assert_max_num_queries(len(few.captured_queries)):
        feed(client, "events:feed_all")


# The member's own feed ---------------------------------------------------------------


def mine_url(user):
    token, _ = CalendarToken.objects.get_or_create(user=user)
    return reverse("events:feed_mine", args=[token.token])


def test_the_member_feed_holds_their_events_with_join_links_when_confirmed(client, events_index):
    member = UserFactory()
    confirmed = OnlineEventPageFactory(parent=events_index, title="Confirmed webinar")
    waiting = OnlineEventPageFactory(
        parent=events_index,
        title="Waiting webinar",
        join_url="https://meet.example.org/j/waiting-room-7",
    )
    cancelled = EventPageFactory(parent=events_index, title="Cancelled registration")
    EventPageFactory(parent=events_index, title="Someone else's")
    RegistrationFactory(event=confirmed, user=member)
    RegistrationFactory(event=waiting, user=member, status=RegistrationStatus.WAITLISTED)
    RegistrationFactory(event=cancelled, user=member, status=RegistrationStatus.CANCELLED)
    response = client.get(mine_url(member))  # no login: the secret address is enough
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert b"REFRESH-INTERVAL" in response.content
    entries = by_summary(parse(response.content))
    assert set(entries) == {"Confirmed webinar", "Waiting webinar"}
    assert confirmed.join_url in text_of(entries["Confirmed webinar"])
    assert waiting.join_url not in text_of(entries["Waiting webinar"])
    assert waiting.join_url.encode() not in response.content


def test_the_member_feed_holds_their_communities_sessions(client, private_session):
    event, circle = private_session
    insider, outsider = UserFactory(), UserFactory()
    insider.groups.add(circle)
    inside = by_summary(parse(client.get(mine_url(insider)).content))
    assert set(inside) == {"Private circle session"}
    # In the group but not registered: the session, without its join link.
    assert event.join_url not in text_of(inside["Private circle session"])
    assert vevents(parse(client.get(mine_url(outsider)).content)) == []


def test_an_unknown_token_is_not_found(client, db):
    url = reverse("events:feed_mine", args=["not-a-real-token"])
    assert client.get(url).status_code == 404


def test_resetting_the_token_invalidates_the_old_address(client, db):
    member = UserFactory()
    old = mine_url(member)
    assert client.get(old).status_code == 200
    client.force_login(member)
    response = client.post(reverse("events:reset_feed"))
    assert response.status_code == 302
    new = mine_url(member)
    assert new != old
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200


def test_an_inactive_members_feed_is_gone(client, db):
    member = UserFactory()
    url = mine_url(member)
    member.is_active = False
    member.save()
    assert client.get(url).status_code == 404


def test_past_events_stay_in_the_member_feed(client, events_index):
    member = UserFactory()
    past = EventPageFactory(parent=events_index, title="Last year", start_date=in_days(-365))
    RegistrationFactory(event=past, user=member)
    entries = by_summary(parse(client.get(mine_url(member)).content))
    assert entries["Last year"].dtstart.value.date() == past.start_date
    assert past.start_date < in_days(0) - timedelta(days=300)
