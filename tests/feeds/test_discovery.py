"""Feed discovery: the pages a reader would follow announce their feeds with
``<link rel="alternate">``, and the feeds they name answer."""

import re

import pytest
from django.urls import reverse

from .conftest import parse, titles

pytestmark = pytest.mark.django_db

ALTERNATE = re.compile(
    r'<link rel="alternate" type="(application/(?:atom|rss)\+xml)" title="[^"]*" href="([^"]+)">'
)


def alternates(response):
    assert response.status_code == 200
    return [
        (kind, href.replace("&amp;", "&"))
        for kind, href in ALTERNATE.findall(response.content.decode())
    ]


def test_search_page_links_its_feeds_with_the_filters(client, library):
    links = alternates(client.get("/search/", {"q": "Sacramento", "state": "CA"}))
    assert links == [
        ("application/atom+xml", "/feeds/search/atom/?q=Sacramento&state=CA"),
        ("application/rss+xml", "/feeds/search/rss/?q=Sacramento&state=CA"),
    ]
    feed = parse(client.get(links[0][1]))
    assert set(titles(feed)) == {library.sacramento.title, library.mou.title}


def test_topic_page_links_its_feeds(client, library):
    topic = library.topic["compensation"]
    links = alternates(client.get(reverse("topic_detail", args=[topic.slug])))
    assert [href for _, href in links] == [
        reverse("feeds:topic_atom", args=[topic.slug]),
        reverse("feeds:topic_rss", args=[topic.slug]),
    ]
    assert titles(parse(client.get(links[0][1]))) == [library.baltimore.title]


@pytest.mark.parametrize("kind", ["case_study", "resource"])
def test_listings_link_a_feed_of_their_kind(client, library, kind):
    index = library.toledo.get_parent() if kind == "case_study" else library.mou.get_parent()
    links = alternates(client.get(index.url, {"state": "OH"}))
    assert links[0] == ("application/atom+xml", f"/feeds/search/atom/?type={kind}&state=OH")
    expected = library.toledo.title if kind == "case_study" else library.par_guide.title
    assert titles(parse(client.get(links[0][1]))) == [expected]
    assert links[1][1].startswith("/feeds/search/rss/?type=")


def test_public_community_page_links_its_feed(client, communities):
    links = alternates(client.get(communities.public.url))
    assert links == [("application/atom+xml", "/feeds/communities/feed-public/atom/")]


def test_search_feed_holds_public_discussions(client, communities):
    feed = parse(client.get(reverse("feeds:search_atom"), {"type": "discussion"}))
    assert titles(feed) == ["Who chairs the panel?", "How do panels vote?"]
    community = parse(client.get(reverse("feeds:community_atom", args=["feed-public"])))
    # One thread, one entry: the same id, author and link in both feeds.
    assert [(e.id, e.author, e.link) for e in feed.entries] == [
        (e.id, e.author, e.link) for e in community.entries
    ]
