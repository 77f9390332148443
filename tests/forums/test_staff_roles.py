"""Staff status opens the Wagtail admin and nothing more: moderation powers come from the
Moderators group or a community's facilitators (superusers may do everything)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from forums import permissions, posting
from forums.models import Post, Suspension, Thread

pytestmark = pytest.mark.django_db


@pytest.fixture
def dev_accounts(settings, forum):
    settings.DEBUG = True
    call_command("create_dev_users", verbosity=0)
    users = get_user_model().objects
    return {name: users.get(username=name) for name in ("admin", "editor", "moderator")}


def hidden_post(forum):
    post = posting.add_reply(forum.thread, forum.people.member, "Words a moderator hid.")
    Post.objects.filter(pk=post.pk).update(hidden=True)
    return post


def held_thread(forum):
    thread = Thread.objects.create(community=forum.public, author=forum.people.other, held=True)
    Post.objects.create(thread=thread, author=forum.people.other, body="Held.", held=True)
    return thread


def test_the_dev_editor_is_staff_but_no_moderator(dev_accounts, forum, login):
    editor = dev_accounts["editor"]
    assert editor.is_staff and not editor.is_superuser
    assert not permissions.is_moderator(editor)
    client = login(editor)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert client.get(forum.private.url).status_code == 404
    assert client.get(forum.private_thread.get_absolute_url()).status_code == 404
    assert client.get(held_thread(forum).get_absolute_url()).status_code == 404
    post = hidden_post(forum)
    assert client.get(reverse("forums:post", args=[forum.public.slug, post.pk])).status_code == 404
    assert (
        "Words a moderator hid." not in client.get(forum.thread.get_absolute_url()).content.decode()
    )
    suspend_url = reverse("forums:suspend_member", args=[forum.people.other.pk])
    assert client.get(suspend_url).status_code == 403
    assert client.post(suspend_url, {"reason": "Spam.", "duration": "7"}).status_code == 403
    assert not Suspension.objects.filter(user=forum.people.other).exists()
    assert client.get(reverse("forums_held_posts")).status_code != 200


@pytest.mark.parametrize("name", ["moderator", "admin"])
def test_the_moderators_group_and_superusers_moderate(dev_accounts, forum, login, name):
    client = login(dev_accounts[name])
    assert permissions.is_moderator(dev_accounts[name])
    assert client.get(forum.private.url).status_code == 200
    assert client.get(held_thread(forum).get_absolute_url()).status_code == 200
    post = hidden_post(forum)
    assert client.get(reverse("forums:post", args=[forum.public.slug, post.pk])).status_code in (
        200,
        302,
    )
    suspend_url = reverse("forums:suspend_member", args=[forum.people.other.pk])
    assert client.get(suspend_url).status_code == 200


def test_staff_are_not_told_of_private_communities(dev_accounts, forum):
    viewers = get_user_model().objects.filter(permissions.viewers_filter(forum.private))
    assert dev_accounts["editor"] not in viewers
    assert dev_accounts["moderator"] in viewers
    assert dev_accounts["admin"] in viewers
