"""@mentions: who they reach, the cap on recipients, and how they render."""

import pytest
from django.urls import reverse

from forums import mentions, posting
from forums.models import Notification, NotificationKind
from network.core.markdown import mentioned_names, render_markdown

pytestmark = pytest.mark.django_db


def mentioned(post):
    return set(
        Notification.objects.filter(post=post, kind=NotificationKind.MENTION).values_list(
            "user__username", flat=True
        )
    )


def test_names_outside_code_and_email_addresses():
    text = "Hi @Dana and @lee.k. Mail dana@example.org.\n\n`@code` and\n\n    @indented\n"
    assert mentioned_names(text) == ["Dana", "lee.k"]
    assert mentioned_names("@dana @DANA @dana") == ["dana"]


def test_mentions_render_as_marked_text_only():
    html = render_markdown("Thanks @member!")
    assert '<span class="mention">@member</span>' in html
    # A member cannot forge the markup or add attributes to it.
    forged = render_markdown('<span class="mention" onclick="x()">@a</span>')
    assert "&lt;span" in forged  # shown as text
    assert '<span class="mention" onclick' not in forged


def test_a_mention_notifies_a_member(forum):
    post = posting.add_reply(forum.thread, forum.people.other, "What do you say, @Member?")
    assert mentioned(post) == {"member"}


def test_unknown_names_and_the_author_are_ignored(forum):
    post = posting.add_reply(forum.thread, forum.people.other, "@nobody and @other")
    assert mentioned(post) == set()


def test_group_mentions_are_scoped_to_the_community(forum):
    post = posting.add_reply(forum.thread, forum.people.member, "@facilitators @moderators")
    assert mentioned(post) == {"facilitator", "moderator"}
    # "@members" means the private group, and only in its private community.
    assert mentioned(posting.add_reply(forum.thread, forum.people.other, "@members")) == set()
    in_circle = posting.add_reply(forum.private_thread, forum.people.facilitator, "@members")
    assert mentioned(in_circle) == {"private_member"}


def test_mentions_do_not_reach_people_who_cannot_see_a_private_community(forum):
    post = posting.add_reply(
        forum.private_thread, forum.people.private_member, "@member @outsider @facilitator"
    )
    assert mentioned(post) == {"facilitator"}


def test_the_cap_on_recipients(forum, settings, django_user_model):
    settings.FORUMS_MENTION_MAX_RECIPIENTS = 3
    for n in range(5):
        django_user_model.objects.create_user(username=f"peer{n}", email=f"peer{n}@example.org")
    text = " ".join(f"@peer{n}" for n in range(5))
    found = mentions.resolve(text, forum.public, forum.people.other)
    # Named members first, in the order written, up to the cap.
    assert [u.username for u in found.users] == ["peer0", "peer1", "peer2"]
    assert found.over_cap == 2
    assert "2 more were not notified" in found.message
    post = posting.add_reply(forum.thread, forum.people.other, text)
    assert mentioned(post) == {"peer0", "peer1", "peer2"}


def test_the_author_is_told_when_the_cap_cut_mentions(forum, settings, login):
    settings.FORUMS_MENTION_MAX_RECIPIENTS = 1
    client = login(forum.people.other)
    url = reverse("forums:reply", args=[forum.public.slug, forum.thread.pk])
    response = client.post(url, {"body": "@asker @member"}, follow=True)
    assert "1 more was not notified" in response.content.decode()
