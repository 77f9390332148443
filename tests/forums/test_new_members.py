"""New members: first posts held for approval, and a daily cap on new threads."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from forums import posting
from forums.models import Notification, Post, Thread
from search.models import SearchEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def newcomer(django_user_model):
    return django_user_model.objects.create_user(
        username="newcomer", email="newcomer@example.org", password="x-Passw0rd-x"
    )


def ask(client, community, title="A newcomer's question"):
    url = reverse("forums:ask", args=[community.slug])
    return client.post(url, {"title": title, "body": "How do we start?"})


def test_a_new_members_first_question_waits_for_approval(forum, newcomer, login, settings):
    settings.FORUMS_HOLD_FIRST_POSTS = 1
    client = login(newcomer)
    response = ask(client, forum.public)
    assert response.status_code == 302
    thread = Thread.objects.get(title="A newcomer's question")
    assert thread.held and thread.posts.get().held
    # The author sees it, marked; other members and search do not.
    page = client.get(response.url).content.decode()
    assert "waits for a moderator" in page
    assert login(forum.people.member).get(thread.get_absolute_url()).status_code == 404
    assert "A newcomer" not in login(forum.people.member).get(forum.public.url).content.decode()
    assert not SearchEntry.objects.filter(title=thread.title).exists()
    # A facilitator of the community approves it from the thread page.
    facilitator = login(forum.people.facilitator)
    html = facilitator.get(thread.get_absolute_url()).content.decode()
    assert 'value="approve"' in html
    post = thread.posts.get()
    url = reverse("forums:review_post", args=[forum.public.slug, post.pk])
    assert facilitator.post(url, {"decision": "approve"}).status_code == 302
    thread.refresh_from_db()
    assert not thread.held and thread.post_count == 1
    assert login(forum.people.member).get(thread.get_absolute_url()).status_code == 200
    assert SearchEntry.objects.filter(title=thread.title).exists()
    # Once approved, the member's next post is published at once.
    reply = posting.add_reply(thread, newcomer, "Thanks!")
    assert not reply.held


def test_held_replies_notify_nobody_until_approved(forum, newcomer, settings):
    settings.FORUMS_HOLD_FIRST_POSTS = 1
    post = posting.add_reply(forum.thread, newcomer, "First words, @asker.")
    assert post.held
    assert not Notification.objects.filter(post=post).exists()
    forum.thread.refresh_from_db()
    assert forum.thread.post_count == 2  # question and the fixture's reply only
    posting.approve(post)
    assert Notification.objects.filter(post=post, user=forum.people.asker).exists()


def test_rejecting_hides_the_post_and_loses_nothing(forum, newcomer, settings, login):
    settings.FORUMS_HOLD_FIRST_POSTS = 1
    post = posting.add_reply(forum.thread, newcomer, "Buy cheap watches")
    client = login(forum.people.moderator)
    url = reverse("forums:review_post", args=[forum.public.slug, post.pk])
    assert client.post(url, {"decision": "reject"}).status_code == 302
    post.refresh_from_db()
    assert post.hidden and post.held and post.body == "Buy cheap watches"
    assert client.post(url, {"decision": "maybe"}).status_code == 400


def test_facilitators_and_moderators_are_never_held(forum, settings):
    settings.FORUMS_HOLD_FIRST_POSTS = 5
    assert not posting.add_reply(forum.thread, forum.people.facilitator, "Welcome.").held
    assert not posting.add_reply(forum.thread, forum.people.moderator, "Hello.").held
    # The facilitator of another community is an ordinary member here.
    assert posting.add_reply(forum.thread, forum.people.outsider, "Hi.").held


def test_the_admin_queue_lists_and_approves_held_posts(forum, newcomer, settings, login):
    settings.FORUMS_HOLD_FIRST_POSTS = 1
    post = posting.add_reply(forum.thread, newcomer, "Waiting in the queue.")
    assert login(forum.people.member).get(reverse("forums_held_posts")).status_code in (302, 403)
    client = login(forum.people.moderator)
    html = client.get(reverse("forums_held_posts")).content.decode()
    assert "Waiting in the queue." in html
    url = reverse("forums_review_held_post", args=[post.pk])
    assert client.post(url, {"decision": "approve"}).status_code == 302
    assert not Post.objects.get(pk=post.pk).held
    assert "Waiting in the queue." not in client.get(reverse("forums_held_posts")).content.decode()


def test_new_members_start_a_limited_number_of_threads_a_day(forum, newcomer, settings, login):
    settings.FORUMS_NEW_MEMBER_THREADS_PER_DAY = 2
    client = login(newcomer)
    assert ask(client, forum.public, "One").status_code == 302
    assert ask(client, forum.public, "Two").status_code == 302
    refused = ask(client, forum.public, "Three")
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "New members can start 2 threads a day" in html
    assert 'value="Three"' in html and "How do we start?" in html  # nothing lost
    # Replies are not limited, and the limit ends with the new-member period.
    reply = reverse("forums:reply", args=[forum.public.slug, forum.thread.pk])
    assert client.post(reply, {"body": "A reply is fine."}).status_code == 302
    newcomer.date_joined = timezone.now() - timedelta(days=settings.FORUMS_NEW_MEMBER_DAYS + 1)
    newcomer.save()
    assert ask(client, forum.public, "Three").status_code == 302


def test_imported_demo_content_is_never_held_nor_announced(forum, newcomer, settings):
    settings.FORUMS_HOLD_FIRST_POSTS = 1
    thread = posting.start_thread(
        forum.public, newcomer, "Imported", "From the demo, @asker.", imported=True
    )
    reply = posting.add_reply(thread, forum.people.other, "Also imported.", imported=True)
    assert not thread.held and not reply.held
    assert not Notification.objects.filter(post__thread=thread).exists()
