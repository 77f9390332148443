"""Who may do what: every role against every action, through the real views."""

import pytest
from django.urls import reverse

from forums import permissions, posting
from forums.models import Flag, Helpful, Post, Subscription, Suspension, Thread

pytestmark = pytest.mark.django_db

OK, LOGIN, DENIED, HIDDEN = "ok", "login", 403, 404
ROLES = [
    "anonymous",
    "member",
    "facilitator",
    "moderator",
    "private_member",
    "outsider",
    "suspended",
]


def row(*outcomes):
    return dict(zip(ROLES, outcomes, strict=True))


EXPECTED = {
    # action: anonymous, member, facilitator, moderator, private_member, outsider, suspended
    "view public community": row(OK, OK, OK, OK, OK, OK, OK),
    "view public thread": row(OK, OK, OK, OK, OK, OK, OK),
    "view private community": row(HIDDEN, HIDDEN, OK, OK, OK, HIDDEN, HIDDEN),
    "view private thread": row(HIDDEN, HIDDEN, OK, OK, OK, HIDDEN, HIDDEN),
    "view held thread": row(HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN, HIDDEN),
    "ask": row(LOGIN, OK, OK, OK, OK, OK, DENIED),
    "ask in private community": row(HIDDEN, HIDDEN, OK, OK, OK, HIDDEN, HIDDEN),
    "reply": row(LOGIN, OK, OK, OK, OK, OK, DENIED),
    "reply in private thread": row(HIDDEN, HIDDEN, OK, OK, OK, HIDDEN, HIDDEN),
    "edit own post": row(LOGIN, OK, OK, OK, OK, OK, DENIED),
    "edit other's post": row(LOGIN, DENIED, DENIED, OK, DENIED, DENIED, DENIED),
    "accept": row(LOGIN, DENIED, OK, OK, DENIED, DENIED, DENIED),
    "helpful": row(LOGIN, OK, OK, OK, OK, OK, DENIED),
    "flag": row(LOGIN, OK, OK, OK, OK, OK, DENIED),
    "pin": row(LOGIN, DENIED, OK, OK, DENIED, DENIED, DENIED),
    "lock": row(LOGIN, DENIED, OK, OK, DENIED, DENIED, DENIED),
    "move": row(LOGIN, DENIED, OK, OK, DENIED, DENIED, DENIED),
    "approve held post": row(LOGIN, DENIED, OK, OK, DENIED, DENIED, DENIED),
    "hide post": row(LOGIN, DENIED, DENIED, OK, DENIED, DENIED, DENIED),
    "suspend member": row(LOGIN, DENIED, DENIED, OK, DENIED, DENIED, DENIED),
    "watch community": row(LOGIN, OK, OK, OK, OK, OK, OK),
    "watch thread": row(LOGIN, OK, OK, OK, OK, OK, OK),
    "watch private community": row(HIDDEN, HIDDEN, OK, OK, OK, HIDDEN, HIDDEN),
    "notifications": row(LOGIN, OK, OK, OK, OK, OK, OK),
    "notification settings": row(LOGIN, OK, OK, OK, OK, OK, OK),
}


def held_thread(forum):
    """A thread whose question (by ``other``) waits for approval."""
    thread = Thread.objects.create(community=forum.public, author=forum.people.other, held=True)
    Post.objects.create(thread=thread, author=forum.people.other, body="Held.", held=True)
    return thread


def thread_url(name, community, thread):
    return reverse(f"forums:{name}", args=[community.slug, thread.pk])


def perform(action, client, forum, user):
    """Do ``action``; return the response and a function telling whether it took effect
    (None for pages that are only read)."""
    thread, public, private = forum.thread, forum.public, forum.private
    if action == "view public community":
        return client.get(public.url), None
    if action == "view public thread":
        return client.get(thread.get_absolute_url()), None
    if action == "view private community":
        return client.get(private.url), None
    if action == "view private thread":
        return client.get(forum.private_thread.get_absolute_url()), None
    if action in ("ask", "ask in private community"):
        community = public if action == "ask" else private
        data = {"title": "A brand new question", "body": "Details.", "topics": [forum.topic.pk]}
        response = client.post(reverse("forums:ask", args=[community.slug]), data)
        return response, Thread.objects.filter(title="A brand new question").exists
    if action in ("reply", "reply in private thread"):
        target = thread if action == "reply" else forum.private_thread
        community = public if action == "reply" else private
        response = client.post(thread_url("reply", community, target), {"body": "A new reply."})
        return response, Post.objects.filter(body="A new reply.").exists
    if action == "edit own post":
        post = forum.question
        if user is not None:
            post = posting.add_reply(thread, user, "My own words.")
        url = reverse("forums:edit_post", args=[public.slug, post.pk])
        response = client.post(url, {"body": "Edited words."})
        return response, Post.objects.filter(pk=post.pk, body="Edited words.").exists
    if action == "edit other's post":
        url = reverse("forums:edit_post", args=[public.slug, forum.question.pk])
        response = client.post(url, {"body": "Edited words."})
        return response, Post.objects.filter(body="Edited words.").exists
    if action == "accept":
        response = client.post(thread_url("accept", public, thread), {"post": forum.reply.pk})
        return response, lambda: Thread.objects.get(pk=thread.pk).accepted_post_id is not None
    if action == "helpful":
        response = client.post(reverse("forums:helpful", args=[public.slug, forum.reply.pk]))
        return response, Helpful.objects.filter(post=forum.reply).exists
    if action in ("pin", "lock"):
        field = {"pin": "pinned", "lock": "locked"}[action]
        response = client.post(thread_url(action, public, thread))
        return response, lambda: getattr(Thread.objects.get(pk=thread.pk), field)
    if action == "view held thread":
        return client.get(held_thread(forum).get_absolute_url()), None
    if action == "flag":
        url = reverse("forums:flag_post", args=[public.slug, forum.reply.pk])
        response = client.post(url, {"reason": "spam"})
        return response, Flag.objects.filter(post=forum.reply).exists
    if action == "move":
        response = client.post(thread_url("move", public, thread), {"community": private.pk})
        return response, lambda: Thread.objects.get(pk=thread.pk).community_id == private.pk
    if action == "approve held post":
        post = held_thread(forum).posts.get()
        url = reverse("forums:review_post", args=[public.slug, post.pk])
        response = client.post(url, {"decision": "approve"})
        return response, lambda: not Post.objects.get(pk=post.pk).held
    if action == "hide post":
        url = reverse("forums:hide_post", args=[public.slug, forum.reply.pk])
        response = client.post(url, {"hidden": "1"})
        return response, lambda: Post.objects.get(pk=forum.reply.pk).hidden
    if action == "suspend member":
        url = reverse("forums:suspend_member", args=[forum.people.other.pk])
        response = client.post(url, {"reason": "Spam.", "duration": "7"})
        return response, Suspension.objects.filter(user=forum.people.other).exists
    if action in ("watch community", "watch private community"):
        community = public if action == "watch community" else private
        url = reverse("forums:watch_community", args=[community.slug])
        response = client.post(url, {"level": "watching"})
        return response, Subscription.objects.filter(community=community).exists
    if action == "watch thread":
        response = client.post(thread_url("watch_thread", public, thread), {"level": "muted"})
        return response, Subscription.objects.filter(thread=thread, level="muted").exists
    if action == "notifications":
        return client.get(reverse("forums_notifications")), None
    if action == "notification settings":
        return client.get(reverse("forums_preferences")), None
    raise AssertionError(action)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(EXPECTED))
def test_permission_matrix(action, role, forum, login):
    user = None if role == "anonymous" else getattr(forum.people, role)
    client = login(user)
    response, took_effect = perform(action, client, forum, user)
    expected = EXPECTED[action][role]
    if took_effect is None and expected != LOGIN:  # a page read
        assert response.status_code == (200 if expected == OK else expected)
    elif expected == OK:
        assert response.status_code in (200, 302), response.status_code
        if response.status_code == 302:
            assert not response.url.startswith(reverse("account_login")), response.url
        assert took_effect()
    elif expected == LOGIN:
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))
        assert took_effect is None or not took_effect()
    else:
        assert response.status_code == expected
        assert not took_effect()


def test_private_community_is_not_listed_for_outsiders(forum, login):
    index_html = login(forum.people.member).get(forum.index.url).content.decode()
    assert forum.public.title in index_html
    assert forum.private.title not in index_html
    index_html = login(forum.people.private_member).get(forum.index.url).content.decode()
    assert forum.private.title in index_html


def test_private_community_is_not_in_the_sitemap(forum, client):
    xml = client.get("/sitemap.xml").content.decode()
    assert forum.public.slug in xml
    assert forum.private.slug not in xml


def test_the_thread_author_may_accept(forum, login):
    client = login(forum.people.asker)
    url = thread_url("accept", forum.public, forum.thread)
    assert client.post(url, {"post": forum.reply.pk}).status_code == 302
    assert Thread.objects.get(pk=forum.thread.pk).accepted_post_id == forum.reply.pk
    # The question itself, or a post from another thread, cannot be the answer.
    assert client.post(url, {"post": forum.question.pk}).status_code == 400
    assert client.post(url, {"post": "nonsense"}).status_code == 400


def test_members_cannot_mark_their_own_post_helpful(forum, login):
    client = login(forum.people.other)
    response = client.post(reverse("forums:helpful", args=[forum.public.slug, forum.reply.pk]))
    assert response.status_code == 403
    assert not Helpful.objects.filter(post=forum.reply).exists()


def test_writes_need_post_and_a_csrf_token(forum, client):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(forum.people.facilitator)
    pin_url = thread_url("pin", forum.public, forum.thread)
    assert strict.get(pin_url).status_code == 405
    assert strict.post(pin_url).status_code == 403
    assert not Thread.objects.get(pk=forum.thread.pk).pinned


def test_visible_communities_matches_can_view(forum):
    people = forum.people
    for user in (people.member, people.facilitator, people.moderator, people.private_member):
        visible = set(permissions.visible_communities(user).values_list("pk", flat=True))
        for community in (forum.public, forum.private):
            assert (community.pk in visible) == permissions.can_view_community(user, community)
