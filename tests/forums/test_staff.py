"""Moving threads and suspending members."""

import pytest
from django.urls import reverse

from forums import posting
from forums.models import Suspension, Thread
from search.models import SearchEntry

pytestmark = pytest.mark.django_db


def test_moving_a_thread_keeps_its_posts_and_redirects_old_links(forum, login):
    elsewhere = forum.index.get_children().get(slug="test-elsewhere").specific
    old_url = forum.thread.get_absolute_url()
    client = login(forum.people.moderator)
    move_url = reverse("forums:move", args=[forum.public.slug, forum.thread.pk])
    assert f'value="{elsewhere.pk}"' in client.get(move_url).content.decode()
    assert client.post(move_url, {"community": elsewhere.pk}).status_code == 302
    thread = Thread.objects.get(pk=forum.thread.pk)
    assert thread.community_id == elsewhere.pk and thread.posts.count() == 2
    response = login(forum.people.member).get(old_url)
    assert response.status_code == 301 and response.url == thread.get_absolute_url()
    entry = SearchEntry.objects.get(title=thread.title)
    assert entry.url == thread.get_absolute_url()


def test_moving_into_a_private_community_takes_it_out_of_search(forum, login):
    assert SearchEntry.objects.filter(title=forum.thread.title).exists()
    client = login(forum.people.facilitator)
    move_url = reverse("forums:move", args=[forum.public.slug, forum.thread.pk])
    assert client.post(move_url, {"community": forum.private.pk}).status_code == 302
    assert not SearchEntry.objects.filter(title=forum.thread.title).exists()
    # Its old address does not reveal where it went to people who cannot see it there.
    assert login(forum.people.member).get(forum.thread.get_absolute_url()).status_code == 404


def test_facilitators_move_only_between_their_own_communities(forum, login):
    elsewhere = forum.index.get_children().get(slug="test-elsewhere").specific
    client = login(forum.people.facilitator)
    move_url = reverse("forums:move", args=[forum.public.slug, forum.thread.pk])
    html = client.get(move_url).content.decode()
    assert elsewhere.title not in html
    response = client.post(move_url, {"community": elsewhere.pk})
    assert response.status_code == 400
    assert "Choose one of the communities listed" in response.content.decode()
    assert Thread.objects.get(pk=forum.thread.pk).community_id == forum.public.pk


def test_a_suspended_member_reads_but_cannot_write(forum, login):
    client = login(forum.people.suspended)
    assert client.get(forum.thread.get_absolute_url()).status_code == 200
    url = reverse("forums:reply", args=[forum.public.slug, forum.thread.pk])
    response = client.post(url, {"body": "Let me in."})
    assert response.status_code == 403
    assert (
        "suspended" in response.content.decode() and "Test suspension." in response.content.decode()
    )
    assert not forum.thread.posts.filter(body="Let me in.").exists()


def test_moderators_suspend_and_lift(forum, login):
    client = login(forum.people.moderator)
    url = reverse("forums:suspend_member", args=[forum.people.other.pk])
    refused = client.post(url, {"reason": "", "duration": "7"})
    assert refused.status_code == 400
    assert "Give the reason" in refused.content.decode()
    assert client.post(url, {"reason": "Repeated spam.", "duration": "7"}).status_code == 302
    suspension = Suspension.objects.active().get(user=forum.people.other)
    assert 6 < (suspension.ends_at - suspension.starts_at).days <= 7
    other = login(forum.people.other)
    reply = reverse("forums:reply", args=[forum.public.slug, forum.thread.pk])
    assert other.post(reply, {"body": "Blocked."}).status_code == 403

    client = login(forum.people.moderator)
    assert client.post(url, {"lift": "1"}).status_code == 302
    assert not Suspension.objects.active().filter(user=forum.people.other).exists()
    assert Suspension.objects.filter(user=forum.people.other).count() == 1  # record kept
    assert login(forum.people.other).post(reply, {"body": "Back."}).status_code == 302


def test_moderators_cannot_suspend_themselves(forum, login):
    client = login(forum.people.moderator)
    url = reverse("forums:suspend_member", args=[forum.people.moderator.pk])
    response = client.post(url, {"reason": "Oops", "duration": ""})
    assert response.status_code == 400
    assert not Suspension.objects.filter(user=forum.people.moderator).exists()


def test_moderators_see_suspensions_in_the_admin(forum, login):
    client = login(forum.people.moderator)
    html = client.get(reverse("wagtailsnippets_forums_suspension:list")).content.decode()
    assert "Test suspension." in html


def test_the_suspend_link_shows_only_to_moderators(forum, login):
    url = reverse("forums:suspend_member", args=[forum.people.other.pk])
    assert (
        url in login(forum.people.moderator).get(forum.thread.get_absolute_url()).content.decode()
    )
    assert (
        url
        not in login(forum.people.facilitator).get(forum.thread.get_absolute_url()).content.decode()
    )


def test_a_locked_thread_cannot_be_replied_to_by_a_mover(forum):
    # Moving keeps the thread's state.
    posting.toggle_flag(forum.thread, "locked")
    posting.move_thread(forum.thread, forum.private)
    assert Thread.objects.get(pk=forum.thread.pk).locked
