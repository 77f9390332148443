"""The anonymous page cache (network/core/pagecache.py): what it serves, what it never
stores, and that every change visitors would see purges it at once."""

import html

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import PageViewRestriction

from forums import posting
from network.models import MemberProfile
from resources.models import ResourceIndexPage

TOPIC = "peer-assistance-and-review"


def body(response):
    return html.unescape(response.content.decode())


def pages_showing(library):
    """Every kind of page that lists the PAR guide: itself, its index, its topic, the home
    page and a search."""
    return [
        library.par_guide.url,
        ResourceIndexPage.objects.get().url,
        reverse("topic_detail", args=[TOPIC]),
        "/",
        "/search/?q=peer",
    ]


def warm(visitor, urls, text):
    """Fetch each page twice as an anonymous visitor: the second answer is the cached one,
    and shows ``text``."""
    for url in urls:
        first = visitor(url)
        assert first.status_code == 200, url
        assert first["X-Cache"] == "miss", url
        second = visitor(url)
        assert second["X-Cache"] == "hit", url
        assert text in body(second), url


def assert_fresh(visitor, urls, present=None, absent=None, status=200):
    for url in urls:
        response = visitor(url)
        assert response.status_code == status, url
        assert response.get("X-Cache") != "hit", url
        if present:
            assert present in body(response), url
        if absent:
            assert absent not in body(response), url


# Serving -----------------------------------------------------------------------------
def test_the_second_anonymous_get_is_a_hit_with_the_same_body(visitor, library):
    url = library.toledo.url
    first = visitor(url)
    second = visitor(url)
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert int(second["Age"]) >= 0
    # Headers of the middleware outside the cache are on every answer; those inside it
    # were stored with the page.
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert second["X-Frame-Options"] == first["X-Frame-Options"]


def test_a_visitor_holding_only_a_csrf_cookie_gets_the_cached_page(client, library):
    url = library.toledo.url
    assert Client().get(url)["X-Cache"] == "miss"
    client.cookies["csrftoken"] = "x" * 32
    assert client.get(url)["X-Cache"] == "hit"
    client.cookies["sessionid"] = "anything"
    assert "X-Cache" not in client.get(url)


def test_query_strings_are_part_of_the_key_in_any_order(visitor, library):
    first = visitor("/search/?q=peer&state=OH")
    assert first["X-Cache"] == "miss"
    assert visitor("/search/?state=OH&q=peer")["X-Cache"] == "hit"
    other = visitor("/search/?q=evaluation")
    assert other["X-Cache"] == "miss"
    assert other.content != first.content


def test_head_is_answered_from_the_cache_without_a_body(client, visitor, library):
    url = library.toledo.url
    full = visitor(url)
    client.cookies.clear()
    head = client.head(url)
    assert head.status_code == 200
    assert head["X-Cache"] == "hit"
    assert head.content == b""
    assert head["Content-Length"] == str(len(full.content))


def test_a_head_request_stores_nothing(client, visitor, library):
    url = library.toledo.url
    assert client.head(url)["X-Cache"] == "miss"
    assert visitor(url)["X-Cache"] == "miss"


def test_posts_and_errors_are_never_cached(client, visitor, library):
    assert visitor("/no-such-page/").status_code == 404
    assert visitor("/no-such-page/")["X-Cache"] == "miss"
    assert "X-Cache" not in client.post(library.toledo.url)


@pytest.mark.parametrize("url", ["/admin/", "/accounts/login/", "/api/v2/pages/"])
def test_admin_accounts_and_api_are_never_cached(db, visitor, url):
    visitor(url)
    assert "X-Cache" not in visitor(url)


def test_a_zero_page_cache_seconds_turns_the_cache_off(settings, visitor, library):
    settings.PAGE_CACHE_SECONDS = 0
    url = library.toledo.url
    visitor(url)
    assert "X-Cache" not in visitor(url)


# Members -----------------------------------------------------------------------------
def test_members_never_get_a_cached_page_nor_another_members(make_user, library):
    url = library.toledo.url
    anonymous = Client()
    anonymous.get(url)
    assert anonymous.get(url)["X-Cache"] == "hit"  # the cache is warm
    profile = reverse("network:edit_profile")
    names = {"ann@example.org": "Ann Arbitrary", "bob@example.org": "Bob Bystander"}
    for email, name in names.items():
        member = Client()
        user = make_user(email=email)
        MemberProfile.objects.update_or_create(user=user, defaults={"bio": name})
        member.force_login(user)
        for _ in range(2):
            page = member.get(url)
            assert page.status_code == 200
            assert "X-Cache" not in page
            assert "Log out" in body(page)
            own = body(member.get(profile))
            assert name in own
            assert not [other for other in names.values() if other != name and other in own]
    # Creating the members purged the cache; members' own views stored nothing.
    for after in (Client().get(url), Client().get(url)):
        assert "Log out" not in body(after)
    assert after["X-Cache"] == "hit"
    for name in names.values():
        assert name not in body(after)
        assert name not in body(Client().get(profile))  # anonymous: sent to sign in


def test_a_member_signing_out_gets_fresh_pages_and_their_message_is_never_stored(
    make_user, library
):
    member = Client()
    member.force_login(make_user(email="ann@example.org"))
    home = member.post(reverse("account_logout"), follow=True)
    assert "You have signed out" in body(home)
    assert home.redirect_chain[-1][0] == "/"
    assert home.get("X-Cache") != "hit"
    # Nobody after sees that message: it was never stored with the home page.
    for visitor in (Client(), Client()):
        page = visitor.get("/")
        assert "You have signed out" not in body(page)
    assert Client().get("/")["X-Cache"] == "hit"  # the home page is cached without it


def test_a_visitor_with_a_message_waiting_bypasses_the_cache(make_user, library):
    member = Client()
    member.force_login(make_user(email="ann@example.org"))
    member.post(reverse("account_logout"))
    assert "messages" in member.cookies
    Client().get("/")
    assert Client().get("/")["X-Cache"] == "hit"
    page = member.get("/")
    assert page.get("X-Cache") != "hit"
    assert "You have signed out" in body(page)


# Per-visitor responses ---------------------------------------------------------------
def test_pages_with_a_csrf_token_are_never_stored(visitor, library):
    """A password-protected page asks anonymous visitors for the password in a form: each
    gets a token of their own."""
    page = library.toledo
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-word"
    )
    first, second = Client().get(page.url), Client().get(page.url)
    assert first.status_code == second.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in body(first)
    assert first["X-Cache"] == second["X-Cache"] == "miss"
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value
    assert first.content != second.content


def test_responses_that_set_a_cookie_or_say_private_are_never_stored(rf, settings):
    from django.http import HttpResponse

    from network.core.pagecache import PageCacheMiddleware, no_page_cache

    def cookie_view(request):
        response = HttpResponse("<p>hello</p>")
        response.set_cookie("theme", "dark")
        return response

    def private_view(request):
        response = HttpResponse("<p>hello</p>")
        response["Cache-Control"] = "private"
        return response

    for view in (cookie_view, private_view, no_page_cache(lambda request: HttpResponse("x"))):
        middleware = PageCacheMiddleware(view)
        for _ in range(2):
            assert middleware(rf.get("/somewhere/"))["X-Cache"] == "miss"
    plain = PageCacheMiddleware(lambda request: HttpResponse("<p>hello</p>"))
    assert plain(rf.get("/plain/"))["X-Cache"] == "miss"
    assert plain(rf.get("/plain/"))["X-Cache"] == "hit"


# Purges ------------------------------------------------------------------------------
def test_publishing_shows_at_once_everywhere(visitor, library, django_capture_on_commit_callbacks):
    urls = pages_showing(library)
    old = library.par_guide.title
    warm(visitor, urls, old)
    page = library.par_guide.specific
    page.title = "Peer review programs: a design guide"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert_fresh(visitor, urls, present="Peer review programs: a design guide", absent=old)


def test_unpublishing_hides_at_once_everywhere(
    visitor, library, django_capture_on_commit_callbacks
):
    urls = pages_showing(library)
    title = library.par_guide.title
    warm(visitor, urls, title)
    with django_capture_on_commit_callbacks(execute=True):
        library.par_guide.specific.unpublish()
    assert_fresh(visitor, urls[:1], status=404)
    assert_fresh(visitor, urls[1:], absent=title)


def test_deleting_hides_at_once_everywhere(visitor, library, django_capture_on_commit_callbacks):
    urls = pages_showing(library)
    title = library.par_guide.title
    warm(visitor, urls, title)
    with django_capture_on_commit_callbacks(execute=True):
        library.par_guide.specific.delete()
    assert_fresh(visitor, urls[:1], status=404)
    assert_fresh(visitor, urls[1:], absent=title)


def test_moving_a_page_purges_its_old_address(visitor, library, django_capture_on_commit_callbacks):
    old_url = library.par_guide.url
    warm(visitor, [old_url], library.par_guide.title)
    other_index = ResourceIndexPage(title="Archive", slug="archive")
    library.home.add_child(instance=other_index)
    with django_capture_on_commit_callbacks(execute=True):
        library.par_guide.specific.move(other_index, pos="last-child")
    library.par_guide.refresh_from_db()
    moved = visitor(old_url)  # Wagtail leaves a redirect at the old address
    assert moved.status_code == 301
    assert moved["Location"] == library.par_guide.url
    assert_fresh(visitor, [library.par_guide.url], present=library.par_guide.title)


def test_a_privacy_change_purges_at_once(visitor, library):
    urls = pages_showing(library)
    warm(visitor, urls, library.par_guide.title)
    PageViewRestriction.objects.create(page=library.par_guide, restriction_type="login")
    response = visitor(urls[0])
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert_fresh(visitor, ["/", reverse("topic_detail", args=[TOPIC])], absent="(PAR) program")


def test_a_forum_reply_on_a_public_thread_shows_at_once(visitor, forum):
    url = forum.thread.get_absolute_url()
    warm(visitor, [url, forum.public.url], forum.thread.title)
    posting.add_reply(forum.thread, forum.people.member, "A brand new answer, cached nowhere.")
    assert_fresh(visitor, [url], present="A brand new answer, cached nowhere.")


def test_hiding_a_post_purges(visitor, forum):
    url = forum.thread.get_absolute_url()
    warm(visitor, [url], "An answer from another member.")
    forum.reply.hidden = True
    forum.reply.save()
    assert_fresh(visitor, [url], absent="An answer from another member.")


def test_a_member_reading_a_thread_does_not_empty_the_cache(client, visitor, forum):
    url = forum.thread.get_absolute_url()
    warm(visitor, ["/"], "")
    client.force_login(forum.people.member)
    assert client.get(url).status_code == 200  # records that the member read it
    client.logout()
    assert visitor("/")["X-Cache"] == "hit"
