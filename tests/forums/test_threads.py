"""Asking, replying, editing, accepting, helpful marks and moderation, as members see them."""

import re

import pytest
from django.db import connection
from django.db.utils import IntegrityError
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from forums import posting
from forums.models import BODY_MAX_LENGTH, POSTS_PER_PAGE, Helpful, Post, PostEdit, Thread

pytestmark = pytest.mark.django_db


def url(name, community, pk):
    return reverse(f"forums:{name}", args=[community.slug, pk])


def test_thread_page_shows_question_replies_and_topics(forum, client):
    html = client.get(forum.thread.get_absolute_url()).content.decode()
    assert "<h1>How do panels vote?</h1>" in html
    assert "<strong>question</strong>" in html  # the Markdown is rendered
    assert "An answer from another member." in html
    assert forum.topic.name in html
    assert 'href="/accounts/login/?next=' in html  # anonymous visitors are invited to log in


def test_ask_creates_a_thread_with_its_question(forum, login):
    client = login(forum.people.member)
    response = client.post(
        reverse("forums:ask", args=[forum.public.slug]),
        {"title": "  Who chairs the panel?  ", "body": "Details here.", "topics": [forum.topic.pk]},
    )
    thread = Thread.objects.get(title="Who chairs the panel?")
    assert response.status_code == 302
    assert response.url == thread.get_absolute_url()
    assert thread.author == forum.people.member
    assert list(thread.topics.all()) == [forum.topic]
    assert thread.post_count == 1
    assert thread.posts.get().body == "Details here."


@pytest.mark.parametrize(
    "data, message",
    [
        ({"title": "A title", "body": "   "}, "the body cannot be empty"),
        ({"title": "", "body": "Some details"}, "Give your question a title."),
        ({"title": "t" * 201, "body": "Some details"}, "200 characters or fewer (it has 201)"),
        (
            {"title": "A title", "body": "b" * (BODY_MAX_LENGTH + 1)},
            f"{BODY_MAX_LENGTH:,} characters or fewer (it has {BODY_MAX_LENGTH + 1})",
        ),
    ],
)
def test_invalid_question_is_refused_and_keeps_the_typed_text(forum, login, data, message):
    client = login(forum.people.member)
    before = Thread.objects.count()
    response = client.post(
        reverse("forums:ask", args=[forum.public.slug]), {**data, "topics": [forum.topic.pk]}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'role="alert"' in html
    if data["title"]:
        assert f'value="{data["title"]}"' in html
    if data["body"].strip():
        assert data["body"] in html
    assert re.search(rf'value="{forum.topic.pk}"[^>]*checked', html)
    assert Thread.objects.count() == before


def test_invalid_reply_is_refused_and_keeps_the_typed_text(forum, login):
    client = login(forum.people.member)
    too_long = "Keep this text. " * 1300
    response = client.post(url("reply", forum.public, forum.thread.pk), {"body": too_long})
    assert response.status_code == 400
    assert "Keep this text. Keep this text." in response.content.decode()
    response = client.post(url("reply", forum.public, forum.thread.pk), {"body": ""})
    assert response.status_code == 400
    assert "it cannot be empty" in response.content.decode()
    assert forum.thread.posts.count() == 2


def test_reply_to_a_post_and_quote_it(forum, login):
    client = login(forum.people.member)
    reply_url = url("reply", forum.public, forum.thread.pk)
    form = client.get(reply_url, {"quote": forum.reply.pk}).content.decode()
    assert "&gt; other wrote:" in form
    assert "&gt; An answer from another member." in form
    assert f'name="reply_to" value="{forum.reply.pk}"' in form

    response = client.post(reply_url, {"body": "Thanks!", "reply_to": forum.reply.pk})
    post = Post.objects.get(body="Thanks!")
    assert response.status_code == 302
    assert response.url.endswith(f"#post-{post.pk}")
    assert post.reply_to == forum.reply
    thread = Thread.objects.get(pk=forum.thread.pk)
    assert thread.post_count == 3
    assert thread.last_post_at == post.created_at
    html = client.get(forum.thread.get_absolute_url()).content.decode()
    assert "in reply to" in html

    # A reply to a post of another thread is refused, not silently attached.
    other = forum.private_thread.posts.get()
    response = client.post(reply_url, {"body": "Sneaky", "reply_to": other.pk})
    assert response.status_code == 400
    assert "no longer there" in response.content.decode()


def test_locked_thread_refuses_replies(forum, login):
    posting.toggle_flag(forum.thread, "locked")
    client = login(forum.people.member)
    html = client.get(forum.thread.get_absolute_url()).content.decode()
    assert "it takes no new replies" in html
    assert 'name="body"' not in html
    response = client.post(url("reply", forum.public, forum.thread.pk), {"body": "Late reply"})
    assert response.status_code == 403
    assert not Post.objects.filter(body="Late reply").exists()
    assert client.get(url("reply", forum.public, forum.thread.pk)).status_code == 403


def test_editing_keeps_the_history(forum, login):
    client = login(forum.people.asker)
    edit_url = url("edit_post", forum.public, forum.question.pk)
    assert "The **question** text." in client.get(edit_url).content.decode()
    client.post(edit_url, {"body": "Second version."})
    client.post(edit_url, {"body": "Third version."})
    client.post(edit_url, {"body": "Third version."})  # unchanged: no history row

    post = Post.objects.get(pk=forum.question.pk)
    assert post.body == "Third version."
    assert post.body_html == "<p>Third version.</p>"
    assert post.edited_at is not None
    edits = list(PostEdit.objects.filter(post=post))
    assert [edit.previous_body for edit in edits] == ["Second version.", "The **question** text."]
    assert all(edit.edited_by == forum.people.asker for edit in edits)

    thread_html = client.get(forum.thread.get_absolute_url()).content.decode()
    history_url = url("post_history", forum.public, post.pk)
    assert history_url in thread_html and ">edited<" in thread_html
    history = client.get(history_url).content.decode()
    assert "Third version." in history
    assert "Second version." in history
    assert "<strong>question</strong>" in history


def test_invalid_edit_keeps_the_typed_text(forum, login):
    client = login(forum.people.asker)
    response = client.post(url("edit_post", forum.public, forum.question.pk), {"body": " "})
    assert response.status_code == 400
    assert "The post cannot be empty." in response.content.decode()
    assert Post.objects.get(pk=forum.question.pk).body == "The **question** text."


def test_one_helpful_per_member_per_post(forum, login):
    client = login(forum.people.member)
    helpful_url = url("helpful", forum.public, forum.reply.pk)
    client.post(helpful_url)
    assert Helpful.objects.filter(post=forum.reply).count() == 1
    html = client.get(forum.thread.get_absolute_url()).content.decode()
    assert "1 member found this helpful" in html
    assert "Unmark helpful" in html
    client.post(helpful_url)  # a second press takes the mark back
    assert not Helpful.objects.filter(post=forum.reply).exists()

    login(forum.people.facilitator).post(helpful_url)
    login(forum.people.member).post(helpful_url)
    assert Helpful.objects.filter(post=forum.reply).count() == 2
    with pytest.raises(IntegrityError):
        Helpful.objects.create(post=forum.reply, user=forum.people.member)


def test_accepted_answer_is_shown_under_the_question(forum, login):
    later = posting.add_reply(forum.thread, forum.people.member, "A later, better answer.")
    client = login(forum.people.asker)
    client.post(url("accept", forum.public, forum.thread.pk), {"post": later.pk})
    html = client.get(forum.thread.get_absolute_url()).content.decode()
    question_at = html.index("The <strong>question</strong> text.")
    accepted_heading = html.index('id="accepted-heading"')
    replies_heading = html.index('id="replies-heading"')
    assert question_at < accepted_heading < html.index("A later, better answer.") < replies_heading
    assert "Withdraw acceptance" in html

    client.post(url("accept", forum.public, forum.thread.pk), {"post": later.pk})  # toggles off
    assert Thread.objects.get(pk=forum.thread.pk).accepted_post is None
    assert (
        'id="accepted-heading"' not in client.get(forum.thread.get_absolute_url()).content.decode()
    )


def test_facilitator_posts_carry_a_badge(forum, client):
    posting.add_reply(forum.thread, forum.people.facilitator, "Facilitator advice.")
    html = client.get(forum.thread.get_absolute_url()).content.decode()
    badged = [a for a in html.split("<article")[1:] if 'class="badge facilitator"' in a]
    assert len(badged) == 1
    assert "Facilitator advice." in badged[0]


def test_pin_and_lock_toggle(forum, login):
    client = login(forum.people.facilitator)
    client.post(url("pin", forum.public, forum.thread.pk))
    client.post(url("lock", forum.public, forum.thread.pk))
    thread = Thread.objects.get(pk=forum.thread.pk)
    assert thread.pinned and thread.locked
    client.post(url("lock", forum.public, forum.thread.pk))
    assert not Thread.objects.get(pk=forum.thread.pk).locked


def test_community_lists_pinned_first_then_latest_and_filters(forum, login):
    older = posting.start_thread(forum.public, forum.people.member, "Old pinned", "Body")
    posting.toggle_flag(older, "pinned")
    newest = posting.start_thread(forum.public, forum.people.member, "Newest", "Body")
    posting.toggle_accepted(forum.thread, forum.reply)
    html = login(None).get(forum.public.url).content.decode()
    order = [html.index(title) for title in ("Old pinned", "Newest", "How do panels vote?")]
    assert order == sorted(order)

    answered = login(None).get(forum.public.url, {"show": "answered"}).content.decode()
    assert "How do panels vote?" in answered and "Newest" not in answered
    unanswered = login(None).get(forum.public.url, {"show": "unanswered"}).content.decode()
    assert "How do panels vote?" not in unanswered and newest.title in unanswered
    assert login(None).get(forum.public.url, {"show": "bogus", "page": "x"}).status_code == 200


def test_threads_paginate_twenty_per_page(forum, client):
    for number in range(25):
        posting.start_thread(forum.public, forum.people.member, f"Bulk thread {number:02}", "Body")
    first = client.get(forum.public.url).content.decode()
    assert "Page 1 of 2" in first
    assert first.count('class="thread-item"') == 20
    second = client.get(forum.public.url, {"page": 2}).content.decode()
    assert second.count('class="thread-item"') == 6


def test_post_permalink_finds_the_right_page(forum, client):
    posts = [posting.add_reply(forum.thread, forum.people.member, f"Reply {n}") for n in range(25)]
    last = posts[-1]
    response = client.get(url("post", forum.public, last.pk))
    assert response.status_code == 302
    assert response.url == f"{forum.thread.get_absolute_url()}?page=2#post-{last.pk}"
    assert f'id="post-{last.pk}"' in client.get(response.url).content.decode()


def thread_with_posts(forum, count):
    people = forum.people
    thread = posting.start_thread(
        forum.public, people.asker, f"Thread of {count}", "Question", topics=[forum.topic]
    )
    authors = [people.member, people.facilitator, people.other, people.moderator]
    previous = None
    for number in range(count - 1):
        previous = posting.add_reply(
            thread, authors[number % 4], f"Reply **{number}**", reply_to=previous
        )
        Helpful.objects.create(post=previous, user=people.outsider)
        posting.edit_post(previous, previous.author, f"Reply **{number}** (edited)")
    posting.toggle_accepted(thread, previous)
    return thread


def count_queries(client, thread):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(thread.get_absolute_url())
    assert response.status_code == 200
    return len(queries)


def test_thread_page_query_count_does_not_grow_with_posts(forum, login):
    small, large = thread_with_posts(forum, 5), thread_with_posts(forum, 40)
    client = login(forum.people.member)
    count_queries(client, small)  # warm caches (site root paths, content types)
    small_count = count_queries(client, small)
    large_count = count_queries(client, large)
    html = client.get(large.get_absolute_url()).content.decode()
    # The question, 19 replies, and the accepted answer (on page 2) shown under the question.
    assert html.count('<article class="post') == POSTS_PER_PAGE + 1
    assert large_count == small_count, (small_count, large_count)
    assert small_count <= 23


def test_posting_too_soon_is_refused_and_keeps_the_text(forum, login, settings):
    settings.FORUMS_MIN_POST_INTERVAL = 60
    client = login(forum.people.other)  # just posted the reply in the fixture
    url = reverse("forums:reply", args=[forum.public.slug, forum.thread.pk])
    response = client.post(url, {"body": "A second thought, typed in a hurry."})
    assert response.status_code == 429
    html = response.content.decode()
    assert "please wait" in html
    assert "A second thought, typed in a hurry." in html
    assert forum.thread.posts.count() == 2
    ask = client.post(
        reverse("forums:ask", args=[forum.public.slug]), {"title": "Quick one", "body": "Hm?"}
    )
    assert ask.status_code == 429
    # Someone who has not posted lately, and moderators, are not held back.
    assert login(forum.people.member).post(url, {"body": "First reply."}).status_code == 302
    assert login(forum.people.moderator).post(url, {"body": "Note."}).status_code == 302
    assert login(forum.people.moderator).post(url, {"body": "Another."}).status_code == 302


def test_a_500_post_thread_is_paginated_with_a_constant_query_count(forum, login):
    from datetime import timedelta

    from network.core.markdown import render_markdown

    people = forum.people
    thread = posting.start_thread(forum.public, people.asker, "Thread of 500", "Question")
    start = thread.created_at
    authors = [people.member, people.facilitator, people.other, people.moderator]
    posts = Post.objects.bulk_create(
        Post(
            thread=thread,
            author=authors[n % 4],
            body=f"Reply {n}",
            body_html=render_markdown(f"Reply {n}"),
            created_at=start + timedelta(seconds=n + 1),
        )
        for n in range(499)
    )
    Helpful.objects.bulk_create(Helpful(post=post, user=people.outsider) for post in posts[::3])
    thread.refresh_counters()
    posting.toggle_accepted(thread, posts[-1])

    client = login(people.member)
    small = thread_with_posts(forum, 5)
    count_queries(client, small)  # warm caches
    baseline = count_queries(client, small)
    counts = {}
    for page in (1, 13, 25):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(thread.get_absolute_url(), {"page": page})
        assert response.status_code == 200
        assert response.context["page_obj"].paginator.num_pages == 500 // POSTS_PER_PAGE
        counts[page] = len(queries)
    # Page 1 also fetches the accepted answer shown under the question; later pages do not.
    assert counts[1] == baseline, (baseline, counts)
    assert counts[13] == counts[25] == baseline - 1, (baseline, counts)
    last = client.get(thread.get_absolute_url(), {"page": 25}).content.decode()
    assert "Reply 498" in last and "Reply 479" in last and "Reply 478" not in last
