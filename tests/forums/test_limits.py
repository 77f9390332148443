"""Limits on edits and "helpful" clicks, repeated submissions, and new members' edits
going back for approval. (Races between simultaneous requests: tests/test_races.py.)"""

import pytest
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.urls import reverse

from forums import posting
from forums.models import Helpful, Post, PostEdit, Thread
from search.models import SearchEntry

pytestmark = pytest.mark.django_db


def url(name, community, pk):
    return reverse(f"forums:{name}", args=[community.slug, pk])


def told(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_edits_per_hour_are_limited_and_keep_the_text(forum, login, settings):
    settings.FORUMS_EDITS_PER_HOUR = 3
    client = login(forum.people.asker)
    edit_url = url("edit_post", forum.public, forum.question.pk)
    for number in range(3):
        assert client.post(edit_url, {"body": f"Version {number}."}).status_code == 302
    refused = client.post(edit_url, {"body": "Version 3, typed with care."})
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "3 edits in the last hour" in html and "Version 3, typed with care." in html
    assert Post.objects.get(pk=forum.question.pk).body == "Version 2."
    assert PostEdit.objects.filter(post=forum.question).count() == 3
    # Moderators are exempt.
    moderator = login(forum.people.moderator)
    for number in range(4):
        assert moderator.post(edit_url, {"body": f"Tidied {number}."}).status_code == 302


def test_a_posts_history_is_capped(forum, login, settings):
    settings.FORUMS_MAX_EDITS_PER_POST = 2
    client = login(forum.people.other)
    edit_url = url("edit_post", forum.public, forum.reply.pk)
    assert client.post(edit_url, {"body": "One."}).status_code == 302
    assert client.post(edit_url, {"body": "Two."}).status_code == 302
    refused = client.post(edit_url, {"body": "Three."})
    assert refused.status_code == 429
    assert "edited 2 times, the most a post can be" in refused.content.decode()
    assert PostEdit.objects.filter(post=forum.reply).count() == 2


def test_helpful_clicks_per_minute_are_limited(forum, login, settings):
    settings.FORUMS_HELPFUL_PER_MINUTE = 3
    cache.clear()
    client = login(forum.people.member)
    helpful_url = url("helpful", forum.public, forum.reply.pk)
    assert [client.post(helpful_url).status_code for _ in range(3)] == [302, 302, 302]
    refused = client.post(helpful_url)
    assert refused.status_code == 429
    assert "Please wait a minute" in refused.content.decode()
    assert Helpful.objects.filter(post=forum.reply).count() == 1  # the third click marked it
    # Another member has their own count.
    assert login(forum.people.asker).post(helpful_url).status_code == 302


def test_a_repeated_reply_is_not_posted_twice(forum, login, settings):
    settings.FORUMS_DUPLICATE_WINDOW = 120
    settings.FORUMS_MIN_POST_INTERVAL = 15
    client = login(forum.people.member)
    reply_url = url("reply", forum.public, forum.thread.pk)
    first = client.post(reply_url, {"body": "Our panel votes by consensus."})
    assert first.status_code == 302
    again = client.post(reply_url, {"body": "Our panel votes by consensus."})
    post = Post.objects.get(body="Our panel votes by consensus.")
    assert again.status_code == 302 and again.url == post.get_absolute_url()
    assert "This was already posted a moment ago, so it was not posted twice." in told(again)
    # Different text is a new post, and meets the interval limit as before.
    assert client.post(reply_url, {"body": "And one more thing."}).status_code == 429


def test_a_repeated_question_is_not_posted_twice(forum, login, settings):
    settings.FORUMS_DUPLICATE_WINDOW = 120
    client = login(forum.people.member)
    ask_url = reverse("forums:ask", args=[forum.public.slug])
    data = {"title": "How do we start a panel?", "body": "We are a small district."}
    assert client.post(ask_url, data).status_code == 302
    again = client.post(ask_url, data)
    thread = Thread.objects.get(title="How do we start a panel?")
    assert again.status_code == 302 and again.url == thread.get_absolute_url()
    assert "This was already posted" in told(again)[-1]
    # The same title with other text is another question.
    assert client.post(ask_url, {**data, "body": "Another district."}).status_code == 302
    assert Thread.objects.filter(title="How do we start a panel?").count() == 2


def test_without_the_window_repeats_are_posted(forum, login, settings):
    settings.FORUMS_DUPLICATE_WINDOW = 0
    client = login(forum.people.member)
    reply_url = url("reply", forum.public, forum.thread.pk)
    client.post(reply_url, {"body": "Twice."})
    client.post(reply_url, {"body": "Twice."})
    assert Post.objects.filter(body="Twice.").count() == 2


@pytest.fixture
def approved_newcomer(forum, django_user_model, settings):
    """A new member whose first question has been approved."""
    settings.FORUMS_HOLD_FIRST_POSTS = 1
    newcomer = django_user_model.objects.create_user(
        username="newcomer", email="newcomer@example.org", password="x-Passw0rd-x"
    )
    thread = posting.start_thread(forum.public, newcomer, "Newcomer's question", "Plain words.")
    assert thread.held
    posting.approve(thread.posts.get())
    reply = posting.add_reply(forum.thread, newcomer, "A published reply.")
    assert not reply.held
    return newcomer, thread, reply


def test_a_new_members_edit_goes_back_for_approval(forum, login, approved_newcomer):
    newcomer, _, reply = approved_newcomer
    client = login(newcomer)
    response = client.post(url("edit_post", forum.public, reply.pk), {"body": "Buy watches."})
    assert response.status_code == 302
    assert "waits for a moderator's approval again" in told(response)[-1]
    reply.refresh_from_db()
    assert reply.held and reply.body == "Buy watches."
    # Others no longer see it, nor does search; the author does.
    thread_url = forum.thread.get_absolute_url()
    assert "Buy watches." not in login(forum.people.member).get(thread_url).content.decode()
    assert "Buy watches." in login(newcomer).get(thread_url).content.decode()
    entry = SearchEntry.objects.get(title=forum.thread.title)
    assert "Buy watches." not in entry.body
    forum.thread.refresh_from_db()
    assert forum.thread.post_count == 2
    # Approved again, it is back for everyone.
    posting.approve(reply)
    assert "Buy watches." in login(forum.people.member).get(thread_url).content.decode()


def test_a_new_members_edited_question_holds_its_thread(forum, login, approved_newcomer):
    newcomer, thread, _ = approved_newcomer
    question = thread.posts.get()
    login(newcomer).post(url("edit_post", forum.public, question.pk), {"body": "Changed."})
    thread.refresh_from_db()
    assert thread.held and Post.objects.get(pk=question.pk).held
    assert login(forum.people.member).get(thread.get_absolute_url()).status_code == 404
    assert not SearchEntry.objects.filter(title=thread.title).exists()
    assert (
        "Changed."
        in login(forum.people.moderator).get(reverse("forums_held_posts")).content.decode()
    )


def test_edits_are_not_held_once_the_member_is_established(
    forum, login, approved_newcomer, settings
):
    newcomer, _, reply = approved_newcomer
    settings.FORUMS_NEW_MEMBER_DAYS = 0  # nobody is new any more
    login(newcomer).post(url("edit_post", forum.public, reply.pk), {"body": "Fixed a typo."})
    assert not Post.objects.get(pk=reply.pk).held
    # Nor when a moderator edits a new member's post.
    settings.FORUMS_NEW_MEMBER_DAYS = 7
    login(forum.people.moderator).post(url("edit_post", forum.public, reply.pk), {"body": "Mod."})
    assert not Post.objects.get(pk=reply.pk).held
