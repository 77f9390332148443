"""A public community's Atom feed of new threads: the threads anyone may read, newest
first, with their authors and topics; never replies, held or hidden questions."""

import pytest
from django.urls import reverse

from forums import posting
from forums.models import Thread
from resources.factories import TopicFactory

from .conftest import parse, titles

pytestmark = pytest.mark.django_db


def community_feed(client, community):
    return client.get(reverse("feeds:community_atom", args=[community.slug]))


def test_new_threads_newest_first(client, communities):
    feed = parse(community_feed(client, communities.public))
    assert feed.version == "atom10"
    assert titles(feed) == ["Who chairs the panel?", "How do panels vote?"]
    assert feed.feed.title == "SameSide: new threads in Feed public"
    assert feed.feed.link == "http://testserver/communities/feed-public/"


def test_entry_fields(client, communities, people):
    topic = TopicFactory(slug="joint-committees", name="Joint committees")
    communities.first.topics.set([topic])
    entry = parse(community_feed(client, communities.public)).entries[1]
    first = communities.first
    assert entry.link == f"http://testserver/communities/feed-public/threads/{first.pk}/"
    assert entry.id == f"tag:localhost,{first.created_at:%Y-%m-%d}:thread:{first.pk}"
    assert entry.author == people.member.get_username()
    assert [tag.term for tag in entry.tags] == ["Joint committees"]
    # Markdown rendered then reduced to escaped text: no markup reaches the reader.
    assert "<b>" not in entry.summary and "question" in entry.summary
    assert "A reply" not in str(parse(community_feed(client, communities.public)))


def test_held_thread_and_hidden_question_never_appear(client, communities, people):
    posting.set_hidden(communities.first.posts.order_by("pk").first(), True)
    Thread.objects.filter(pk=communities.second.pk).update(held=True)
    assert titles(parse(community_feed(client, communities.public))) == []
    posting.set_hidden(communities.first.posts.order_by("pk").first(), False)
    assert titles(parse(community_feed(client, communities.public))) == ["How do panels vote?"]


def test_a_hidden_reply_leaves_the_thread(client, communities, people):
    reply = communities.first.posts.order_by("pk").last()
    posting.set_hidden(reply, True)
    assert "How do panels vote?" in titles(parse(community_feed(client, communities.public)))


def test_unknown_community_is_404(client, communities):
    url = reverse("feeds:community_atom", args=["no-such-community"])
    assert client.get(url).status_code == 404
