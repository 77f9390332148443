"""The community page's thread list: unread markers and in-community search."""

import pytest

from forums import posting

pytestmark = pytest.mark.django_db


def badges(html, title):
    """The list item text for the thread called ``title``."""
    start = html.index(title)
    return html[start : html.index("</h3>", start)]


def test_unread_markers_follow_what_the_member_opened(forum, login):
    client = login(forum.people.member)
    html = client.get(forum.public.url).content.decode()
    assert "New<span" in badges(html, forum.thread.title)
    client.get(forum.thread.get_absolute_url())
    html = client.get(forum.public.url).content.decode()
    item = badges(html, forum.thread.title)
    assert "New<span" not in item and "Updated<span" not in item
    posting.add_reply(forum.thread, forum.people.other, "Something new.")
    html = client.get(forum.public.url).content.decode()
    assert "Updated<span" in badges(html, forum.thread.title)


def test_anonymous_visitors_see_no_markers(forum, client):
    html = client.get(forum.public.url).content.decode()
    assert "New<span" not in html


def test_in_community_search(forum, client):
    other = posting.start_thread(forum.public, forum.people.member, "Budget timelines", "Money.")
    posting.add_reply(other, forum.people.other, "We staggered the panel stipends.")
    html = client.get(forum.public.url, {"q": "panel stipends"}).content.decode()
    assert other.title in html and forum.thread.title not in html
    html = client.get(forum.public.url, {"q": "panels vote"}).content.decode()
    assert forum.thread.title in html and other.title not in html
    html = client.get(forum.public.url, {"q": "zzzz"}).content.decode()
    assert "No thread matches your search." in html


def test_in_community_search_skips_hidden_posts_and_other_communities(forum, client):
    reply = posting.add_reply(forum.thread, forum.people.member, "A secretword here.")
    assert forum.thread.title in client.get(forum.public.url, {"q": "secretword"}).content.decode()
    posting.set_hidden(reply, True)
    assert (
        forum.thread.title not in client.get(forum.public.url, {"q": "secretword"}).content.decode()
    )
    # The private thread's words never show in the public community.
    html = client.get(forum.public.url, {"q": "circle"}).content.decode()
    assert forum.private_thread.title not in html


def test_search_keeps_the_filter_and_escapes_the_query(forum, client):
    html = client.get(forum.public.url, {"q": "<script>x</script>", "show": "unanswered"}).content
    html = html.decode()
    assert "<script>x</script>" not in html
    assert "&lt;script&gt;" in html
    assert 'name="show" value="unanswered"' in html


def test_public_community_search_uses_the_full_text_index(forum, client):
    # Stemmed as in the site's search: "staffing" finds "staffed".
    thread = posting.start_thread(forum.public, forum.people.member, "Year one", "We staffed it.")
    html = client.get(forum.public.url, {"q": "staffing"}).content.decode()
    assert thread.title in html
    # Every word must be there.
    html = client.get(forum.public.url, {"q": "staffing budget"}).content.decode()
    assert thread.title not in html
    # Punctuation alone is no search.
    html = client.get(forum.public.url, {"q": '"*()'}).content.decode()
    assert "No thread matches your search." in html


def test_private_community_search_reads_its_own_posts(forum, login):
    client = login(forum.people.private_member)
    html = client.get(forum.private.url, {"q": "circle"}).content.decode()
    assert forum.private_thread.title in html
    html = client.get(forum.private.url, {"q": "panels"}).content.decode()
    assert forum.private_thread.title not in html
