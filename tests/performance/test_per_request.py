"""Values kept for one GET request (``network.core.per_request``) and the view
restrictions read through it (``network.core.restrictions``): kept only while a GET or
HEAD request runs, forgotten when a restriction changes, never carried to the next
request."""

from contextlib import contextmanager

from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from wagtail.models import PageViewRestriction

from network.core import per_request
from network.core.restrictions import public
from resources.models import LibraryPage


@contextmanager
def request(method="GET"):
    """The signals around a request, without closing the test's database connection
    (as Django's test client does)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    request_started.send(sender=None, environ={"REQUEST_METHOD": method})
    try:
        yield
    finally:
        request_finished.send(sender=None)
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def counter():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    return compute, calls


def test_outside_a_request_every_call_computes():
    compute, calls = counter()
    assert per_request.remember("key", compute) == 1
    assert per_request.remember("key", compute) == 2
    assert len(calls) == 2


def test_a_get_request_computes_once_until_it_ends():
    compute, calls = counter()
    with request("GET"):
        assert per_request.remember("key", compute) == 1
        assert per_request.remember("key", compute) == 1
        per_request.forget()
        assert per_request.remember("key", compute) == 2
    assert per_request.remember("key", compute) == 3


def test_a_post_request_keeps_nothing():
    compute, calls = counter()
    with request("POST"):
        per_request.remember("key", compute)
        per_request.remember("key", compute)
    assert len(calls) == 2


def test_a_restriction_added_during_a_request_applies_at_once(library):
    with request("GET"):
        assert public(LibraryPage.objects.live()).filter(pk=library.toledo.pk).exists()
        PageViewRestriction.objects.create(page=library.toledo, restriction_type="login")
        assert not public(LibraryPage.objects.live()).filter(pk=library.toledo.pk).exists()


def test_a_topic_page_hides_a_page_made_private_since_the_last_request(client, library):
    url = f"/topics/{library.topic['peer-assistance-and-review'].slug}/"
    assert library.toledo.title.encode() in client.get(url).content
    PageViewRestriction.objects.create(page=library.toledo, restriction_type="login")
    assert library.toledo.title.encode() not in client.get(url).content


def test_public_matches_wagtails_public(library):
    PageViewRestriction.objects.create(page=library.toledo, restriction_type="login")
    PageViewRestriction.objects.create(page=library.mou, restriction_type="login")
    ours = set(public(LibraryPage.objects.live()).values_list("pk", flat=True))
    wagtails = set(LibraryPage.objects.live().public().values_list("pk", flat=True))
    assert ours == wagtails
    assert library.toledo.pk not in ours and library.guide.pk in ours
