"""Privacy over every feed route: drafts, unpublished pages, pages under a view
restriction (for signed-in visitors or for a group), unpublished changes of a live page,
private communities, held threads and hidden questions never appear, whoever asks.

Feeds are anonymous by nature (their URLs get shared), so a member of the private group
or an editor gets exactly what an anonymous visitor gets."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from forums import posting
from network.core.factories import UserFactory
from resources.factories import ResourcePageFactory
from resources.models import ResourceIndexPage

from .conftest import ATOM, RSS, parse, titles

pytestmark = pytest.mark.django_db

SECRET = "Zebra"  # in the title of every page that must stay out
TOPIC = "peer-assistance-and-review"
ROLES = ["anonymous", "member", "outsider", "insider", "editor", "moderator"]


def routes():
    """Every feed route, with the parameters that would find the hidden items."""
    return [
        (reverse("feeds:library_atom"), {}, ATOM),
        (reverse("feeds:library_rss"), {}, RSS),
        (reverse("feeds:topic_atom", args=[TOPIC]), {}, ATOM),
        (reverse("feeds:topic_rss", args=[TOPIC]), {}, RSS),
        (reverse("feeds:search_atom"), {}, ATOM),
        (reverse("feeds:search_rss"), {}, RSS),
        (reverse("feeds:search_atom"), {"q": SECRET}, ATOM),
        (reverse("feeds:search_rss"), {"q": SECRET, "topic": TOPIC}, RSS),
        (reverse("feeds:search_atom"), {"q": "private question"}, ATOM),
        (reverse("feeds:search_atom"), {"type": "discussion"}, ATOM),
        (reverse("feeds:community_atom", args=["feed-public"]), {}, ATOM),
    ]


@pytest.fixture
def hidden(library, communities, people, settings, django_capture_on_commit_callbacks):
    """One of each thing no feed may show, with the topic and words that would find it."""
    settings.FORUMS_HOLD_FIRST_POSTS = 1  # a new member's first post waits for approval
    topic = [library.topic[TOPIC]]
    cases = CaseStudyIndexPage.objects.get()
    resources = ResourceIndexPage.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        CaseStudyPageFactory(
            parent=cases, title=f"{SECRET} draft plan", topics=topic, publish=False
        )
        withdrawn = ResourcePageFactory(
            parent=resources, title=f"{SECRET} withdrawn guide", topics=topic
        )
        withdrawn.unpublish()
        signed_in = ResourcePageFactory(
            parent=resources, title=f"{SECRET} members' handbook", topics=topic
        )
        PageViewRestriction.objects.create(page=signed_in, restriction_type="login")
        grouped = CaseStudyPageFactory(parent=cases, title=f"{SECRET} circle's study", topics=topic)
        restriction = PageViewRestriction.objects.create(page=grouped, restriction_type="groups")
        restriction.groups.set([people.circle])
        toledo = library.toledo
        toledo.title = f"{SECRET} unpublished new title"
        toledo.save_revision()  # a draft of a live page: the live title stays
        held = posting.start_thread(
            communities.public, UserFactory(), f"{SECRET} held question", "Waiting for approval."
        )  # a new member's first post
        hidden = posting.start_thread(
            communities.public,
            people.insider,
            f"{SECRET} hidden question",
            "Hidden by a moderator.",
            imported=True,
        )
        posting.set_hidden(hidden.posts.get(), True)
    assert held.held and hidden.posts.get().hidden
    return library


def sign_in(client, people, role):
    client.logout()
    if role != "anonymous":
        client.force_login(getattr(people, role))
    return client


@pytest.mark.parametrize("role", ROLES)
def test_no_feed_shows_hidden_content_to_anyone(client, hidden, people, role):
    sign_in(client, people, role)
    for url, params, kind in routes():
        response = client.get(url, params)
        feed = parse(response, kind)
        # The search words are in the feed's own title and links; the entries are checked.
        shown = " ".join(f"{e.title} {e.link} {e.get('summary', '')}" for e in feed.entries)
        assert SECRET not in shown, (role, url, params)
        assert "private" not in shown.lower() and "circle" not in shown.lower()
        if url.endswith("feed-public/atom/"):
            assert titles(feed) == ["Who chairs the panel?", "How do panels vote?"]
    library = parse(client.get(reverse("feeds:library_atom")))
    assert "Toledo: peer assistance and review" in titles(library)  # live, not the draft


@pytest.mark.parametrize("role", ROLES)
def test_a_private_community_has_no_feed(client, communities, people, role):
    sign_in(client, people, role)
    url = reverse("feeds:community_atom", args=[communities.private.slug])
    assert client.get(url).status_code == 404
    # Its page shows to its members, without a feed link.
    page = client.get(communities.private.url)
    if role in ("insider", "moderator"):
        assert page.status_code == 200
        assert "application/atom+xml" not in page.content.decode()
    else:
        assert page.status_code == 404


def test_a_restricted_or_unpublished_community_has_no_feed(
    client, communities, django_capture_on_commit_callbacks
):
    url = reverse("feeds:community_atom", args=[communities.public.slug])
    assert client.get(url).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=communities.public, restriction_type="login"
    )
    assert client.get(url).status_code == 404
    restriction.delete()
    with django_capture_on_commit_callbacks(execute=True):
        communities.public.unpublish()
    assert client.get(url).status_code == 404


def test_pages_leave_every_feed_when_unpublished_or_restricted(
    client, library, django_capture_on_commit_callbacks
):
    page = library.par_guide
    feeds = [
        (reverse("feeds:library_atom"), {}),
        (reverse("feeds:topic_rss", args=[TOPIC]), {}),
        (reverse("feeds:search_atom"), {"q": "PAR", "topic": TOPIC}),
    ]

    def everywhere():
        return [page.title in titles(parse(client.get(url, params), "")) for url, params in feeds]

    assert everywhere() == [True, True, True]
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert everywhere() == [False, False, False]
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert everywhere() == [True, True, True]
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=page, restriction_type="password", password="s3cret"
        )
    assert everywhere() == [False, False, False]
