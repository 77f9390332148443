"""Community sessions: who may schedule them (the permission matrix), the form (the
page's own rules, nothing typed lost), publishing as the facilitator, the community
page's panel (constant queries) and the events index; private communities' sessions stay
hidden from outsiders in the index and in search."""

from datetime import date, time, timedelta
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from events.choices import EventKind
from events.factories import EventPageFactory, in_days
from events.models import EventIndexPage, EventPage
from forums.factories import CommunityPageFactory
from forums.models import CommunityIndexPage
from network.core.factories import UserFactory
from network.core.roles import MODERATORS_GROUP
from resources.factories import TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(db):
    index = CommunityIndexPage.objects.get()
    circle = Group.objects.create(name="Session circle")
    moderators, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
    ns = SimpleNamespace(
        member=UserFactory(),
        facilitator=UserFactory(first_name="Fay", last_name="Cilitator"),
        other_facilitator=UserFactory(),
        moderator=UserFactory(),
        insider=UserFactory(),
    )
    ns.moderator.groups.add(moderators)
    ns.insider.groups.add(circle)
    ns.community = CommunityPageFactory(
        parent=index, title="Peer review circle", facilitators=[ns.facilitator]
    )
    ns.elsewhere = CommunityPageFactory(parent=index, facilitators=[ns.other_facilitator])
    ns.private = CommunityPageFactory(
        parent=index, title="Closed circle", facilitators=[ns.facilitator], private_group=circle
    )
    return ns


def new_url(community):
    return reverse("events_sessions:new", args=[community.slug])


def form_data(**changes):
    data = {
        "title": "Monthly call on peer review",
        "summary": "Facilitators share how panels are composed.",
        "start_date": (timezone.localdate() + timedelta(days=14)).isoformat(),
        "start_time": "15:00",
        "end_time": "16:00",
        "time_zone": "America/Chicago",
        "online": "on",
        "join_url": "https://meet.example.org/j/circle-call",
        "capacity": "30",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.mark.parametrize(
    ("who", "community", "status"),
    [
        ("anonymous", "community", 302),
        ("member", "community", 403),
        ("facilitator", "community", 200),
        ("other_facilitator", "community", 403),
        ("moderator", "community", 200),
        ("member", "private", 404),
        ("other_facilitator", "private", 404),
        ("insider", "private", 403),
        ("facilitator", "private", 200),
        ("moderator", "private", 200),
    ],
    ids=[
        "anonymous-login",
        "member-refused",
        "facilitator-here",
        "facilitator-of-another-refused",
        "moderator",
        "private-outsider-404",
        "private-other-facilitator-404",
        "private-member-refused",
        "private-facilitator",
        "private-moderator",
    ],
)
def test_who_may_schedule(client, people, who, community, status):
    if who != "anonymous":
        client.force_login(getattr(people, who))
    community = getattr(people, community)
    before = EventPage.objects.count()
    assert client.get(new_url(community)).status_code == status
    response = client.post(new_url(community), form_data())
    assert response.status_code == (302 if status == 200 else status)
    if status == 302:
        assert response["Location"].startswith(reverse("account_login"))
    created = EventPage.objects.count() - before
    assert created == (1 if status == 200 else 0)


def test_a_facilitator_schedules_a_session(client, people):
    topic = TopicFactory(name="Peer review")
    client.force_login(people.facilitator)
    response = client.post(new_url(people.community), form_data(topics=[topic.pk]))
    event = EventPage.objects.get(title="Monthly call on peer review")
    assert response.status_code == 302
    assert response["Location"] == event.url
    assert event.live and event.kind == EventKind.COMMUNITY_SESSION
    assert event.community_id == people.community.pk
    assert event.get_parent().pk == EventIndexPage.objects.get().pk
    assert event.starts_at.isoformat().endswith("+00:00")
    assert event.start_time == time(15, 0) and event.time_zone == "America/Chicago"
    assert event.join_url == "https://meet.example.org/j/circle-call"
    assert list(event.topics.all()) == [topic]
    assert event.live_revision.user == people.facilitator  # published as them
    assert client.get(event.url).status_code == 200
    client.logout()
    assert b"circle-call" not in client.get(event.url).content  # the join link


def test_errors_are_shown_and_nothing_typed_is_lost(client, people):
    client.force_login(people.facilitator)
    response = client.post(
        new_url(people.community),
        form_data(online=None, join_url="https://meet.example.org/j/x", end_time="14:00"),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "The event must end after it starts." in html
    assert "Give the place and its address, or mark the event as online." in html
    assert 'value="Monthly call on peer review"' in html
    assert "Facilitators share how panels are composed." in html
    assert not EventPage.objects.filter(title="Monthly call on peer review").exists()


def test_markup_typed_in_is_escaped(client, people):
    client.force_login(people.facilitator)
    client.post(new_url(people.community), form_data(title="<script>alert(1)</script> call"))
    event = EventPage.objects.get(community=people.community)
    html = client.get(event.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; call" in html


def test_posting_needs_the_csrf_token(people):
    client = Client(enforce_csrf_checks=True)
    client.force_login(people.facilitator)
    assert client.post(new_url(people.community), form_data()).status_code == 403


def test_the_session_is_on_the_community_page_and_in_the_index(client, people):
    client.force_login(people.facilitator)
    client.post(new_url(people.community), form_data())
    community_html = client.get(people.community.url).content.decode()
    assert "Upcoming sessions" in community_html
    assert "Monthly call on peer review" in community_html
    assert "Schedule a session" in community_html
    assert "circle-call" not in community_html
    client.force_login(people.member)
    member_html = client.get(people.community.url).content.decode()
    assert "Monthly call on peer review" in member_html
    assert "Schedule a session" not in member_html
    index = client.get(EventIndexPage.objects.get().url, {"kind": "community_session"})
    assert [event.title for event in index.context["listing"].page_obj] == [
        "Monthly call on peer review"
    ]


def test_no_panel_without_sessions_for_members(client, people):
    client.force_login(people.member)
    assert b"Upcoming sessions" not in client.get(people.community.url).content


def test_private_sessions_are_hidden_from_outsiders(
    client, people, django_capture_on_commit_callbacks
):
    client.force_login(people.facilitator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(new_url(people.private), form_data(title="Quokka closed call"))
    event = EventPage.objects.get(title="Quokka closed call")
    index_url = EventIndexPage.objects.get().url

    def sees(user):
        if user is None:
            client.logout()
        else:
            client.force_login(user)
        titles = [e.title for e in client.get(index_url).context["listing"].page_obj]
        hits = client.get("/search/", {"q": "quokka", "format": "json"}).json()["hits"]
        page = client.get(event.url).status_code
        return "Quokka closed call" in titles, [hit["title"] for hit in hits], page

    assert sees(None) == (False, [], 404)
    assert sees(people.member) == (False, [], 404)
    # Those who see the community see it listed; search never indexes private sessions.
    assert sees(people.insider) == (True, [], 200)


@pytest.mark.parametrize("number", [1, 6], ids=["one-session", "six-sessions"])
def test_the_community_page_makes_constant_queries(
    client, people, events_index, django_assert_num_queries, number
):
    for n in range(number):
        EventPageFactory(
            parent=events_index,
            kind=EventKind.COMMUNITY_SESSION,
            community=people.community,
            start_date=in_days(n + 1),
        )
    client.force_login(people.facilitator)
    client.get(people.community.url)  # warm the site's caches
    with django_assert_num_queries(COMMUNITY_PAGE_QUERIES):
        response = client.get(people.community.url)
    assert response.content.count(b'class="event-item"') == min(number, 5)


# The page's own, and the panel's, whatever the sessions (the view restrictions are
# read once, the community found in one query).
COMMUNITY_PAGE_QUERIES = 22


def test_a_facilitator_changes_and_cancels_a_session(client, people):
    client.force_login(people.facilitator)
    client.post(new_url(people.community), form_data())
    event = EventPage.objects.get(community=people.community)
    edit = reverse("events_sessions:edit", args=[people.community.slug, event.slug])
    form = client.get(edit)
    assert 'value="Monthly call on peer review"' in form.content.decode()
    client.post(edit, form_data(title="Renamed call", start_time="15:30"))
    event = EventPage.objects.get(pk=event.pk)
    assert (event.title, event.start_time, event.sequence) == ("Renamed call", time(15, 30), 1)
    cancel = reverse("events_sessions:cancel", args=[people.community.slug, event.slug])
    client.force_login(people.member)
    assert client.post(cancel).status_code == 403
    assert client.get(edit).status_code == 403
    client.force_login(people.facilitator)
    assert client.get(cancel).status_code == 405
    client.post(cancel, {"note": "Moved to next month."})
    event = EventPage.objects.get(pk=event.pk)
    assert event.cancelled and event.cancellation_note == "Moved to next month."
    assert event.live


def test_a_session_of_another_community_cannot_be_edited_from_here(client, people):
    other = EventPageFactory(
        parent=EventIndexPage.objects.get(), community=people.elsewhere, start_date=date(2031, 1, 1)
    )
    client.force_login(people.facilitator)
    edit = reverse("events_sessions:edit", args=[people.community.slug, other.slug])
    assert client.get(edit).status_code == 404
