"""Moderators hide and restore posts: a soft delete that loses nothing."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def hide_url(forum, post):
    return reverse("forums:hide_post", args=[forum.public.slug, post.pk])


def thread_html(client, forum):
    return client.get(forum.thread.get_absolute_url()).content.decode()


def test_moderator_hides_and_restores_a_reply(forum, login):
    client = login(forum.people.moderator)
    response = client.post(hide_url(forum, forum.reply), {"hidden": "1"})
    assert response.status_code == 302
    forum.reply.refresh_from_db()
    forum.thread.refresh_from_db()
    assert forum.reply.hidden
    assert forum.reply.body == "An answer from another member."  # nothing lost
    assert forum.thread.post_count == 1

    # Members see that it was removed, not what it said; the moderator can restore it.
    member_html = thread_html(login(forum.people.member), forum)
    assert "This post was removed." in member_html
    assert "An answer from another member." not in member_html
    moderator_html = thread_html(login(forum.people.moderator), forum)
    assert "An answer from another member." in moderator_html
    assert "Restore" in moderator_html

    client = login(forum.people.moderator)
    client.post(hide_url(forum, forum.reply), {"hidden": "0"})
    forum.reply.refresh_from_db()
    forum.thread.refresh_from_db()
    assert not forum.reply.hidden
    assert forum.thread.post_count == 2
    assert "An answer from another member." in thread_html(login(forum.people.member), forum)


@pytest.mark.parametrize("role", ["member", "asker", "other", "facilitator"])
def test_only_moderators_may_hide(forum, login, role):
    client = login(getattr(forum.people, role))
    response = client.post(hide_url(forum, forum.reply), {"hidden": "1"})
    assert response.status_code == 403
    forum.reply.refresh_from_db()
    assert not forum.reply.hidden


def test_anonymous_visitors_are_sent_to_log_in(forum, client):
    response = client.post(hide_url(forum, forum.reply), {"hidden": "1"})
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]
    forum.reply.refresh_from_db()
    assert not forum.reply.hidden


def test_hiding_needs_a_post_request(forum, login):
    client = login(forum.people.moderator)
    assert client.get(hide_url(forum, forum.reply)).status_code == 405


def test_a_double_submit_does_no_harm(forum, login):
    client = login(forum.people.moderator)
    client.post(hide_url(forum, forum.reply), {"hidden": "1"})
    client.post(hide_url(forum, forum.reply), {"hidden": "1"})
    forum.reply.refresh_from_db()
    assert forum.reply.hidden


def test_private_posts_stay_invisible_to_outsiders(forum, login):
    post = forum.private_thread.posts.get()
    url = reverse("forums:hide_post", args=[forum.private.slug, post.pk])
    assert login(forum.people.member).post(url, {"hidden": "1"}).status_code == 404
