"""The events index: facets (OR within, AND across, disjunctive counts), upcoming and the
archive, text, visibility, pagination and a fixed number of queries."""

from datetime import date

import pytest
from django.contrib.auth.models import Group

from events.factories import EventPageFactory, OnlineEventPageFactory, in_days
from events.listing import upcoming
from forums.factories import CommunityPageFactory
from forums.models import CommunityIndexPage
from network.core.factories import UserFactory
from resources.factories import TopicFactory
from resources.models import State

pytestmark = pytest.mark.django_db


def listed(response):
    return [event.title for event in response.context["listing"].page_obj]


def counts(response, facet):
    result = next(f for f in response.context["listing"].facets if f.name == facet)
    return {option.value: option.count for option in result.options}


def test_default_is_upcoming_soonest_first(client, events_index):
    EventPageFactory(parent=events_index, title="Later", start_date=in_days(40))
    EventPageFactory(parent=events_index, title="Sooner", start_date=in_days(3))
    EventPageFactory(parent=events_index, title="Gone", start_date=in_days(-30))
    response = client.get(events_index.url)
    assert response.status_code == 200
    assert listed(response) == ["Sooner", "Later"]
    assert counts(response, "when") == {"upcoming": 2, "past": 1}


def test_past_is_the_archive_newest_first(client, events_index):
    EventPageFactory(parent=events_index, title="Older", start_date=in_days(-400))
    EventPageFactory(parent=events_index, title="Newer", start_date=in_days(-10))
    EventPageFactory(parent=events_index, title="Ahead", start_date=in_days(10))
    response = client.get(events_index.url, {"when": "past"})
    assert listed(response) == ["Newer", "Older"]
    assert b"Past events: the archive" in response.content
    both = client.get(events_index.url, {"when": ["past", "upcoming"]})
    assert listed(both) == ["Ahead", "Newer", "Older"]


def test_facets_or_within_and_across_with_disjunctive_counts(client, events_index):
    bargaining, evaluation = TopicFactory(name="Bargaining"), TopicFactory(name="Evaluation")
    EventPageFactory(parent=events_index, title="A", kind="conference", topics=[bargaining])
    EventPageFactory(parent=events_index, title="B", kind="webinar", topics=[bargaining])
    EventPageFactory(parent=events_index, title="C", kind="training", topics=[evaluation])
    EventPageFactory(
        parent=events_index, title="D", kind="webinar", topics=[bargaining, evaluation]
    )

    either = client.get(events_index.url, {"kind": ["conference", "webinar"]})
    assert sorted(listed(either)) == ["A", "B", "D"]
    # Kind's own counts ignore the kind selection; topic counts apply it.
    assert counts(either, "kind") == {"conference": 1, "webinar": 2, "training": 1}
    assert counts(either, "topic") == {bargaining.slug: 3, evaluation.slug: 1}

    both = client.get(events_index.url, {"kind": "webinar", "topic": evaluation.slug})
    assert listed(both) == ["D"]
    assert counts(both, "kind") == {"webinar": 1, "training": 1}
    assert counts(both, "topic") == {bargaining.slug: 2, evaluation.slug: 1}

    # An event with two chosen topics is listed once.
    two = client.get(events_index.url, {"topic": [bargaining.slug, evaluation.slug]})
    assert sorted(listed(two)) == ["A", "B", "C", "D"]


def test_unknown_values_are_ignored(client, events_index):
    EventPageFactory(parent=events_index, title="Kept")
    response = client.get(
        events_index.url, {"kind": "picnic", "region": "mars", "topic": "nope", "when": "later"}
    )
    assert response.status_code == 200
    assert listed(response) == ["Kept"]
    assert response.context["listing"].selected == {"when": ["upcoming"]}


def test_region_is_explicit_else_the_states_else_national(client, events_index):
    EventPageFactory(
        parent=events_index, title="Explicit", region="south", state=State.objects.get(code="MA")
    )
    EventPageFactory(parent=events_index, title="From state", state=State.objects.get(code="CO"))
    EventPageFactory(
        parent=events_index,
        title="West in Texas",
        region="west",
        state=State.objects.get(code="TX"),
    )
    EventPageFactory(parent=events_index, title="Texas", state=State.objects.get(code="TX"))
    EventPageFactory(parent=events_index, title="National")
    response = client.get(events_index.url)
    assert counts(response, "region") == {"south": 2, "west": 2, "national": 1}
    for event in response.context["listing"].page_obj:
        chosen = client.get(events_index.url, {"region": event.effective_region})
        assert event.title in listed(chosen)
    assert sorted(listed(client.get(events_index.url, {"region": "west"}))) == [
        "From state",
        "West in Texas",
    ]
    assert sorted(listed(client.get(events_index.url, {"region": "south"}))) == [
        "Explicit",
        "Texas",
    ]
    assert listed(client.get(events_index.url, {"region": "national"})) == ["National"]
    both = client.get(events_index.url, {"region": ["national", "south"]})
    assert sorted(listed(both)) == ["Explicit", "National", "Texas"]


def test_text_matches_title_and_summary(client, events_index):
    EventPageFactory(parent=events_index, title="Peer review day", summary="Plain.")
    EventPageFactory(parent=events_index, title="Other", summary="About peer review panels.")
    EventPageFactory(parent=events_index, title="Unrelated", summary="Budgets.")
    response = client.get(events_index.url, {"q": "peer REVIEW"})
    assert sorted(listed(response)) == ["Other", "Peer review day"]


def test_items_show_kind_when_where_and_topics(client, events_index):
    topic = TopicFactory(name="Career ladders")
    EventPageFactory(
        parent=events_index,
        title="Ladders meeting",
        kind="regional_meeting",
        start_date=date(2031, 3, 4),
        venue_name="Union Hall",
        topics=[topic],
    )
    OnlineEventPageFactory(
        parent=events_index,
        title="Ladders webinar",
        start_date=date(2031, 3, 5),
        topics=[TopicFactory(name="Pay"), TopicFactory(name="Evaluation")],
    )
    html = client.get(events_index.url).content.decode()
    assert "Topics: Evaluation, Pay</p>" in html  # each event's own, sorted
    assert "Regional meeting" in html
    assert '<time datetime="2031-03-04T09:00:00-05:00">Tuesday 4 March 2031, 9:00 AM</time>' in html
    assert "EST (Eastern, New York)" in html  # the zone is always named
    assert "Union Hall" in html
    assert "Online" in html
    assert "Career ladders" in html
    assert "meet.example.org" not in html  # the join link of the webinar
    assert "<aside" in html and 'method="get"' in html


def private_setup(events_index):
    circle = Group.objects.create(name="Listing circle")
    index = CommunityIndexPage.objects.get()
    private = CommunityPageFactory(parent=index, private_group=circle)
    EventPageFactory(parent=events_index, title="Closed session", community=private)
    EventPageFactory(parent=events_index, title="Open conference")
    return circle, private


def test_private_community_sessions_only_for_those_who_see_the_community(client, events_index):
    circle, private = private_setup(events_index)
    assert listed(client.get(events_index.url)) == ["Open conference"]
    outsider = UserFactory()
    client.force_login(outsider)
    assert listed(client.get(events_index.url)) == ["Open conference"]
    assert [event.title for event in upcoming(outsider, 5)] == ["Open conference"]
    insider = UserFactory()
    insider.groups.add(circle)
    client.force_login(insider)
    assert sorted(listed(client.get(events_index.url))) == ["Closed session", "Open conference"]
    assert [event.title for event in upcoming(insider, 5, community=private)] == ["Closed session"]


def test_paginated(client, events_index):
    for day in range(30):
        EventPageFactory(parent=events_index, title=f"Event {day:02}", start_date=in_days(day + 1))
    first = client.get(events_index.url)
    assert len(listed(first)) == 24
    second = client.get(events_index.url, {"page": 2, "kind": "conference"})
    assert listed(second) == [f"Event {day:02}" for day in range(24, 30)]
    assert b'rel="prev"' in second.content


@pytest.mark.parametrize("number", [5, 50], ids=["5-events", "50-events"])
def test_a_fixed_number_of_queries(client, events_index, django_assert_num_queries, number):
    topics = [TopicFactory(), TopicFactory()]
    for n in range(number):
        EventPageFactory(
            parent=events_index,
            start_date=in_days(n - number // 2),
            topics=topics[: 1 + n % 2],
            state=State.objects.get(code="NY") if n % 3 else None,
        )
    user = UserFactory()
    client.force_login(user)
    client.get(events_index.url)  # warm the site's caches (root paths, the session)
    with django_assert_num_queries(QUERIES):
        response = client.get(
            events_index.url, {"when": ["upcoming", "past"], "topic": topics[0].slug}
        )
    assert response.status_code == 200


# Wagtail's routing and the page's own (site, pages, restrictions, session, user, the
# account menu, the member's profile for their time zone) and the listing's: the topics,
# four facet counts, the total, the page and its topics (8), whatever the number of
# events. The view restrictions are read once for the account menu and the listing.
QUERIES = 22


def test_the_index_offers_the_feeds_of_all_events_and_of_the_chosen_topic(client, events_index):
    topic = TopicFactory(name="Peer review", slug="peer-review")
    other = TopicFactory(name="Budgets", slug="budgets")
    EventPageFactory(parent=events_index, topics=[topic, other])
    plain = client.get(events_index.url).content.decode()
    assert "/events/feeds/all.ics" in plain
    assert "/events/feeds/topics/" not in plain
    chosen = client.get(events_index.url, {"topic": "peer-review"}).content.decode()
    assert "/events/feeds/topics/peer-review.ics" in chosen
    assert "subscribe to events on Peer review" in chosen
    assert "/events/feeds/topics/budgets.ics" not in chosen
