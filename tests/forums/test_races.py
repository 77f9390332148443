"""Limits under simultaneous requests: real threads, each with its own connection, in
transactions that commit (as in production), on SQLite and PostgreSQL."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from forums.models import Post, Thread
from tests.concurrency import race


@pytest.fixture
def limits_on(settings):
    settings.FORUMS_MIN_POST_INTERVAL = 15
    settings.FORUMS_DUPLICATE_WINDOW = 120
    return settings


def test_simultaneous_replies_meet_the_post_interval(transactional_db, forum, limits_on):
    member = forum.people.member
    reply_url = reverse("forums:reply", args=[forum.public.slug, forum.thread.pk])

    def reply(client, number):
        return client.post(reply_url, {"body": f"Simultaneous reply {number}."}).status_code

    statuses = race(member, 10, reply)
    assert sorted(statuses) == [302] + [429] * 9
    assert Post.objects.filter(author=member).count() == 1


def test_the_same_post_sent_twice_at_once_is_posted_once(transactional_db, forum, limits_on):
    member = forum.people.member
    reply_url = reverse("forums:reply", args=[forum.public.slug, forum.thread.pk])
    ask_url = reverse("forums:ask", args=[forum.public.slug])

    def send(client, number):
        response = client.post(reply_url, {"body": "Sent twice by a double click."})
        return response.status_code, [str(m) for m in get_messages(response.wsgi_request)]

    results = race(member, 2, send)
    assert [status for status, _ in results] == [302, 302]
    assert any("already posted" in " ".join(said) for _, said in results)
    assert Post.objects.filter(body="Sent twice by a double click.").count() == 1

    limits_on.FORUMS_MIN_POST_INTERVAL = 0
    question = {"title": "Asked twice at once", "body": "Does the retry post it again?"}
    statuses = race(member, 3, lambda client, _: client.post(ask_url, question).status_code)
    assert statuses == [302, 302, 302]
    assert Thread.objects.filter(title="Asked twice at once").count() == 1


def test_simultaneous_edits_keep_a_true_history(transactional_db, forum, settings):
    settings.FORUMS_EDITS_PER_HOUR = 3
    author = forum.people.other
    edit_url = reverse("forums:edit_post", args=[forum.public.slug, forum.reply.pk])
    bodies = [f"Edited in tab {number}." for number in range(5)]
    statuses = race(
        author,
        5,
        lambda client, number: client.post(edit_url, {"body": bodies[number]}).status_code,
    )
    assert sorted(statuses) == [302] * 3 + [429] * 2
    post = Post.objects.get(pk=forum.reply.pk)
    # Each edit kept the text the one before it left: a chain from the original text.
    chain = [edit.previous_body for edit in post.edits.order_by("edited_at", "pk")]
    assert chain[0] == "An answer from another member."
    assert len(set(chain)) == 3 and set(chain[1:]) | {post.body} <= set(bodies)
    assert post.body not in chain
