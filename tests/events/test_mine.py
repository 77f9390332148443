"""A member's own events: what ``mine.events_for_member`` gathers, and the page."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from events import mine
from events.choices import RegistrationStatus
from events.factories import EventPageFactory, RegistrationFactory, in_days
from events.models import CalendarToken
from forums.factories import CommunityPageFactory
from forums.models import Subscription, WatchLevel
from network.core.factories import UserFactory


@pytest.fixture
def member(db):
    return UserFactory()


def titles(entries):
    return [entry.event.title for entry in entries]


def test_registrations_with_status_and_waiting_list_position(events_index, member):
    full = EventPageFactory(parent=events_index, title="Full", start_date=in_days(20))
    ahead = UserFactory()
    RegistrationFactory(event=full, user=ahead, status=RegistrationStatus.WAITLISTED)
    RegistrationFactory(event=full, user=member, status=RegistrationStatus.WAITLISTED)
    going = EventPageFactory(parent=events_index, title="Going", start_date=in_days(10))
    RegistrationFactory(event=going, user=member)
    gone = EventPageFactory(parent=events_index, title="Gone")
    RegistrationFactory(event=gone, user=member, status=RegistrationStatus.CANCELLED)
    entries = mine.events_for_member(member)
    assert titles(entries) == ["Going", "Full"]
    assert entries[0].is_confirmed and entries[0].position is None
    assert entries[1].is_waitlisted and entries[1].position == 2
    assert mine.events_for_member(ahead)[0].position == 1


@pytest.mark.parametrize(
    "link",
    ["facilitator", "private-group", "watching", "tracking", "muted", "none"],
    ids=["facilitator", "private-group", "watching", "tracking", "muted", "none"],
)
def test_community_sessions_of_the_members_communities(
    events_index, communities_index, member, link
):
    circle = Group.objects.create(name="Circle")
    community = CommunityPageFactory(
        parent=communities_index,
        facilitators=[member] if link == "facilitator" else [],
        private_group=circle if link == "private-group" else None,
    )
    if link == "private-group":
        member.groups.add(circle)
    if link in ("watching", "tracking", "muted"):
        Subscription.objects.create(user=member, community=community, level=WatchLevel(link))
    EventPageFactory(parent=events_index, title="Session", community=community)
    EventPageFactory(parent=events_index, title="Unrelated")
    expected = [] if link in ("muted", "none") else ["Session"]
    assert titles(mine.events_for_member(member)) == expected


def test_a_private_community_left_behind_drops_out(events_index, communities_index, member):
    circle = Group.objects.create(name="Circle")
    community = CommunityPageFactory(parent=communities_index, private_group=circle)
    Subscription.objects.create(user=member, community=community, level=WatchLevel.WATCHING)
    EventPageFactory(parent=events_index, title="Session", community=community)
    # Watching a private community they are no longer in does not show its sessions.
    assert mine.events_for_member(member) == []


def test_the_page_needs_a_login(client, db):
    response = client.get(reverse("events:mine"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "next=/events/mine/" in response["Location"]


def test_the_page_lists_upcoming_and_past_with_the_subscription_box(client, events_index, member):
    soon = EventPageFactory(parent=events_index, title="Soon <b>bold</b>")
    RegistrationFactory(event=soon, user=member)
    old = EventPageFactory(parent=events_index, title="Long ago", start_date=in_days(-100))
    RegistrationFactory(event=old, user=member)
    client.force_login(member)
    response = client.get(reverse("events:mine"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Soon &lt;b&gt;bold&lt;/b&gt;" in html
    assert html.index("Soon") < html.index("Past") < html.index("Long ago")
    token = CalendarToken.objects.get(user=member).token
    assert f"/events/feeds/mine/{token}.ics" in html
    assert f"webcal://localhost/events/feeds/mine/{token}.ics" in html  # the Site's address
    assert reverse("events:event_ics", args=[soon.slug]) in html
    assert "Google Calendar" in html and "Outlook" in html
    assert reverse("events:reset_feed") in html
    assert response["Cache-Control"] == "private, no-store"


def test_the_page_runs_the_same_queries_for_more_events(
    client, events_index, member, django_assert_max_num_queries
):
    client.force_login(member)
    for _ in range(2):
        RegistrationFactory(event=EventPageFactory(parent=events_index), user=member)
    client.get(reverse("events:mine"))
    with django_assert_max_num_queries(40) as few:
        client.get(reverse("events:mine"))
    for _ in range(8):
        RegistrationFactory(event=EventPageFactory(parent=events_index), user=member)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse("events:mine"))


def test_reset_needs_csrf_and_post(member):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(member)
    assert strict.post(reverse("events:reset_feed")).status_code == 403
    assert strict.get(reverse("events:reset_feed")).status_code == 405


def test_reset_says_so(client, member):
    client.force_login(member)
    client.get(reverse("events:mine"))
    old = CalendarToken.objects.get(user=member).token
    response = client.post(reverse("events:reset_feed"), follow=True)
    assert CalendarToken.objects.get(user=member).token != old
    assert "the old one no longer works" in response.content.decode()
