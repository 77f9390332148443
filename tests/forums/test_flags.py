"""Members flag posts; moderators review the flags in the Wagtail admin."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from forums.models import Flag, FlagOutcome

pytestmark = pytest.mark.django_db


def flag_url(forum, post):
    return reverse("forums:flag_post", args=[forum.public.slug, post.pk])


def test_a_member_flags_a_post_once(forum, login):
    client = login(forum.people.member)
    assert client.get(flag_url(forum, forum.reply)).status_code == 200
    response = client.post(flag_url(forum, forum.reply), {"reason": "abuse", "details": "Rude."})
    assert response.status_code == 302
    flag = Flag.objects.get()
    assert (flag.post, flag.reporter, flag.reason, flag.outcome) == (
        forum.reply,
        forum.people.member,
        "abuse",
        "",
    )
    client.post(flag_url(forum, forum.reply), {"reason": "spam"})
    assert Flag.objects.count() == 1  # one open flag per member per post


def test_a_flag_needs_a_reason_and_keeps_the_details(forum, login):
    client = login(forum.people.member)
    response = client.post(flag_url(forum, forum.reply), {"details": "Keep this text"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Choose what is wrong with the post." in html
    assert "Keep this text" in html
    assert not Flag.objects.exists()


def test_flagging_is_refused_where_it_makes_no_sense(forum, login, client):
    # Anonymous visitors log in first; nobody flags their own post.
    anonymous = client.post(flag_url(forum, forum.reply), {"reason": "spam"})
    assert anonymous.status_code == 302 and "login" in anonymous["Location"]
    own = login(forum.people.other).post(flag_url(forum, forum.reply), {"reason": "spam"})
    assert own.status_code == 403
    private_post = forum.private_thread.posts.get()
    url = reverse("forums:flag_post", args=[forum.private.slug, private_post.pk])
    assert login(forum.people.member).post(url, {"reason": "spam"}).status_code == 404
    assert not Flag.objects.exists()


def test_moderators_review_flags_in_the_admin_and_can_hide_the_post(forum, login):
    Flag.objects.create(post=forum.reply, reporter=forum.people.member, reason="abuse")
    moderator = forum.people.moderator
    moderator.groups.add(Group.objects.get(name="Moderators"))
    from django.contrib.auth.models import Permission

    moderator.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = login(moderator)
    listing = client.get(reverse("wagtailsnippets_forums_flag:list"))
    assert listing.status_code == 200
    assert "An answer from another member" in listing.content.decode()

    flag = Flag.objects.get()
    client.post(
        reverse("wagtailsnippets_forums_flag:edit", args=[flag.pk]),
        {"outcome": FlagOutcome.HIDDEN},
    )
    flag.refresh_from_db()
    forum.reply.refresh_from_db()
    assert flag.outcome == FlagOutcome.HIDDEN and flag.reviewed_at is not None
    assert forum.reply.hidden


def test_members_cannot_open_the_review_queue(forum, login):
    response = login(forum.people.member).get(reverse("wagtailsnippets_forums_flag:list"))
    assert response.status_code in (302, 403)
