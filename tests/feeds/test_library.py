"""The library, topic and search feeds: valid Atom and RSS, the entries expected, newest
first, with absolute links, stable ids, topics and escaped summaries."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from resources.models import LibraryPage

from .conftest import ATOM, RSS, parse, titles

pytestmark = pytest.mark.django_db


def set_published(page, days_ago):
    """Say the page was last (re)published ``days_ago``: the library feeds' order."""
    when = timezone.now() - datetime.timedelta(days=days_ago)
    LibraryPage.objects.filter(pk=page.pk).update(last_published_at=when)


def newest_titles(pages=None):
    pages = pages if pages is not None else LibraryPage.objects.live().public()
    return list(pages.order_by("-last_published_at", "-pk").values_list("title", flat=True))


def test_library_atom_holds_every_page_latest_first(client, library):
    set_published(library.handbook, 30)
    set_published(library.toledo, 0)
    feed = parse(client.get(reverse("feeds:library_atom")))
    assert feed.version == "atom10"
    assert titles(feed) == newest_titles()
    assert len(feed.entries) == 7
    assert titles(feed)[0] == library.toledo.title
    assert titles(feed)[-1] == library.handbook.title


def test_library_rss_is_valid_and_matches_atom(client, library):
    feed = parse(client.get(reverse("feeds:library_rss")), RSS)
    assert feed.version == "rss20"
    assert titles(feed) == newest_titles()
    atom = parse(client.get(reverse("feeds:library_atom")))
    assert [e.id for e in feed.entries] == [e.id for e in atom.entries]


def test_entry_fields(client, library):
    toledo = library.toledo
    set_published(toledo, 0)
    entry = parse(client.get(reverse("feeds:library_atom"))).entries[0]
    assert entry.link == f"http://testserver{toledo.url}"
    assert entry.id == (f"tag:localhost,{toledo.first_published_at:%Y-%m-%d}:page:{toledo.pk}")
    assert entry.summary == toledo.summary
    assert {tag.term for tag in entry.tags} == {"Peer assistance and review", "Teacher evaluation"}
    assert entry.published_parsed and entry.updated_parsed
    assert not entry.get("author")  # library pages name no author; editors are not one


def test_ids_survive_a_rename(client, library, django_capture_on_commit_callbacks):
    before = {e.title: e.id for e in parse(client.get(reverse("feeds:library_atom"))).entries}
    toledo = library.toledo
    toledo.title = "Toledo, renamed"
    toledo.slug = "toledo-renamed"
    with django_capture_on_commit_callbacks(execute=True):
        toledo.save_revision().publish()
    feed = parse(client.get(reverse("feeds:library_atom")))
    entry = next(e for e in feed.entries if e.title == "Toledo, renamed")
    assert entry.id == before["Toledo: peer assistance and review"]
    assert entry.link.endswith("/toledo-renamed/")
    assert titles(feed)[0] == "Toledo, renamed"  # updated: first again


def test_summaries_are_escaped(client, library, django_capture_on_commit_callbacks):
    toledo = library.toledo
    toledo.summary = "Pay <b>rose</b> & <script>alert(1)</script> fell."
    with django_capture_on_commit_callbacks(execute=True):
        toledo.save_revision().publish()
    for name, kind in (("feeds:library_atom", ATOM), ("feeds:library_rss", RSS)):
        feed = parse(client.get(reverse(name)), kind)
        summary = next(e for e in feed.entries if e.title == toledo.title).summary
        assert "<b>" not in summary and "<script" not in summary
        assert "&lt;b&gt;rose&lt;/b&gt;" in summary


def test_topic_feeds_hold_the_topic_only(client, library):
    topic = library.topic["peer-assistance-and-review"]
    expected = newest_titles(LibraryPage.objects.live().public().filter(topic_items__tag=topic))
    assert expected == sorted(expected, key=expected.index) and len(expected) == 2
    for name, kind in (("feeds:topic_atom", ATOM), ("feeds:topic_rss", RSS)):
        feed = parse(client.get(reverse(name, args=[topic.slug])), kind)
        assert titles(feed) == expected
        assert feed.feed.title == "SameSide: Peer assistance and review"
        assert feed.feed.link == "http://testserver/topics/peer-assistance-and-review/"


def test_unknown_topic_is_404(client, library):
    assert client.get(reverse("feeds:topic_atom", args=["no-such-topic"])).status_code == 404


def test_search_feed_honours_text_and_filters(client, library):
    url = reverse("feeds:search_atom")
    everything = parse(client.get(url))
    assert len(everything.entries) == 7

    resources = parse(client.get(url, {"type": "resource"}))
    assert set(titles(resources)) == {
        library.par_guide.title,
        library.mou.title,
        library.guide.title,
        library.handbook.title,
    }
    topical = parse(client.get(url, {"topic": "peer-assistance-and-review", "type": "case_study"}))
    assert titles(topical) == [library.toledo.title]
    ohio = parse(client.get(url, {"state": "OH"}))
    assert set(titles(ohio)) == {library.toledo.title, library.par_guide.title}
    assert "State: Ohio" in ohio.feed.title

    worded = parse(client.get(url, {"q": "Sacramento"}))
    assert set(titles(worded)) == {library.sacramento.title, library.mou.title}
    assert worded.feed.title == "SameSide search: “Sacramento”"
    assert worded.feed.link == "http://testserver/search/?q=Sacramento"


def test_search_feed_is_newest_first_whatever_the_sort(client, library):
    expected = list(
        LibraryPage.objects.live()
        .public()
        .order_by("-first_published_at", "title")
        .values_list("title", flat=True)
    )
    for params in ({}, {"sort": "title"}, {"q": "teachers", "sort": "relevance"}):
        feed = parse(client.get(reverse("feeds:search_rss"), params), RSS)
        assert titles(feed) == [t for t in expected if t in titles(feed)]
        assert titles(feed)
    assert titles(parse(client.get(reverse("feeds:search_atom"), {"sort": "title"}))) == expected


def test_search_feed_ignores_bad_input(client, library):
    feed = parse(client.get(reverse("feeds:search_atom"), {"topic": "nope", "page": "x"}))
    assert len(feed.entries) == 7


def test_search_feed_lists_only_pages_with_every_word(client, library):
    """The search page fills in pages with some of the words when too few have all of
    them; a feed of that search reports only pages with every word (and no correction),
    so a subscriber is never told of a page that does not match."""
    params = {"q": "Sacramento Toledo"}
    page = client.get(reverse("search"), params | {"format": "json"}).json()
    assert page["some_words"] and page["hits"]

    feed = parse(client.get(reverse("feeds:search_atom"), params))
    assert titles(feed) == []  # no page has both words
