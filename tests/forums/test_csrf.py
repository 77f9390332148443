"""Every form and button that changes something refuses a POST without a CSRF token."""

import pytest
from django.test import Client
from django.urls import reverse

from forums.models import Flag, Helpful, Post, Subscription, Suspension, Thread

pytestmark = pytest.mark.django_db


def writes(forum):
    """(url, data, a check that nothing changed) for each write, as a moderator can do it."""
    public, thread, reply = forum.public.slug, forum.thread, forum.reply
    on_thread = [public, thread.pk]
    on_reply = [public, reply.pk]
    return {
        "ask": (
            reverse("forums:ask", args=[public]),
            {"title": "CSRF question", "body": "Body."},
            lambda: not Thread.objects.filter(title="CSRF question").exists(),
        ),
        "reply": (
            reverse("forums:reply", args=on_thread),
            {"body": "CSRF reply"},
            lambda: not Post.objects.filter(body="CSRF reply").exists(),
        ),
        "edit": (
            reverse("forums:edit_post", args=on_reply),
            {"body": "CSRF edit"},
            lambda: not Post.objects.filter(body="CSRF edit").exists(),
        ),
        "accept": (
            reverse("forums:accept", args=on_thread),
            {"post": reply.pk},
            lambda: Thread.objects.get(pk=thread.pk).accepted_post_id is None,
        ),
        "helpful": (
            reverse("forums:helpful", args=on_reply),
            {},
            lambda: not Helpful.objects.filter(post=reply).exists(),
        ),
        "flag": (
            reverse("forums:flag_post", args=on_reply),
            {"reason": "spam"},
            lambda: not Flag.objects.filter(post=reply).exists(),
        ),
        "hide": (
            reverse("forums:hide_post", args=on_reply),
            {"hidden": "1"},
            lambda: not Post.objects.get(pk=reply.pk).hidden,
        ),
        "pin": (
            reverse("forums:pin", args=on_thread),
            {},
            lambda: not Thread.objects.get(pk=thread.pk).pinned,
        ),
        "lock": (
            reverse("forums:lock", args=on_thread),
            {},
            lambda: not Thread.objects.get(pk=thread.pk).locked,
        ),
        "move": (
            reverse("forums:move", args=on_thread),
            {"community": forum.private.pk},
            lambda: Thread.objects.get(pk=thread.pk).community_id == forum.public.pk,
        ),
        "watch community": (
            reverse("forums:watch_community", args=[public]),
            {"level": "muted"},
            lambda: not Subscription.objects.filter(level="muted").exists(),
        ),
        "watch thread": (
            reverse("forums:watch_thread", args=on_thread),
            {"level": "muted"},
            lambda: not Subscription.objects.filter(level="muted").exists(),
        ),
        "suspend": (
            reverse("forums:suspend_member", args=[forum.people.other.pk]),
            {"reason": "CSRF", "duration": "1"},
            lambda: not Suspension.objects.filter(reason="CSRF").exists(),
        ),
        "review held post": (
            reverse("forums:review_post", args=on_reply),
            {"decision": "reject"},
            lambda: not Post.objects.get(pk=reply.pk).hidden,
        ),
        "preferences": (
            reverse("forums_preferences"),
            {"first_name": "CSRF", "digest": "none"},
            lambda: (
                forum.people.moderator.__class__.objects.get(
                    pk=forum.people.moderator.pk
                ).first_name
                != "CSRF"
            ),
        ),
    }


WRITES = [
    "ask",
    "reply",
    "edit",
    "accept",
    "helpful",
    "flag",
    "hide",
    "pin",
    "lock",
    "move",
    "watch community",
    "watch thread",
    "suspend",
    "review held post",
    "preferences",
]


@pytest.mark.parametrize("name", WRITES)
def test_writes_without_a_csrf_token_are_refused(name, forum):
    assert set(WRITES) == set(writes(forum))
    url, data, unchanged = writes(forum)[name]
    client = Client(enforce_csrf_checks=True)
    client.force_login(forum.people.moderator)
    response = client.post(url, data)
    assert response.status_code == 403
    assert unchanged()


def test_the_same_write_with_a_token_goes_through(forum):
    client = Client(enforce_csrf_checks=True)
    client.force_login(forum.people.moderator)
    page = client.get(forum.thread.get_absolute_url())
    token = page.cookies["csrftoken"].value
    url = reverse("forums:pin", args=[forum.public.slug, forum.thread.pk])
    assert client.post(url, {"csrfmiddlewaretoken": token}).status_code == 302
    assert Thread.objects.get(pk=forum.thread.pk).pinned
