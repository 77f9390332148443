"""Feed tests: every feed is read back with feedparser, an independent parser."""

import datetime
from types import SimpleNamespace

import feedparser
import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from forums import posting
from forums.models import CommunityIndexPage
from network.core.roles import MODERATORS_GROUP
from tests.forums.conftest import add_community

ATOM = "application/atom+xml"
RSS = "application/rss+xml"


def parse(response, content_type=ATOM):
    """The feed a response holds, which must be well formed (no bozo flag)."""
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith(content_type)
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def titles(feed):
    return [entry.title for entry in feed.entries]


@pytest.fixture
def people(db, django_user_model):
    """A user per role of the privacy matrix, the private community's group and the
    moderators'."""

    def user(username, *groups, **extra):
        account = django_user_model.objects.create_user(
            username=username, email=f"{username}@example.org", password="x-Passw0rd-x", **extra
        )
        account.groups.add(*groups)
        return account

    circle = Group.objects.create(name="Feed circle")
    editors, _ = Group.objects.get_or_create(name="Editors")
    moderators, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
    return SimpleNamespace(
        circle=circle,
        member=user("member"),
        insider=user("insider", circle),
        outsider=user("outsider"),
        editor=user("editor", editors, is_staff=True),
        moderator=user("moderator", moderators),
    )


@pytest.fixture
def communities(people, django_capture_on_commit_callbacks):
    """A public community with two threads and a private one with one."""
    index = CommunityIndexPage.objects.get()
    day = timezone.now() - datetime.timedelta(days=3)
    with django_capture_on_commit_callbacks(execute=True):
        public = add_community(index, "feed-public")
        private = add_community(index, "feed-private", private_group=people.circle)
        first = posting.start_thread(
            public,
            people.member,
            "How do panels vote?",
            "The <b>question</b> text.",
            created_at=day,
            imported=True,
        )
        second = posting.start_thread(
            public,
            people.insider,
            "Who chairs the panel?",
            "Asked second.",
            created_at=day + datetime.timedelta(days=1),
            imported=True,
        )
        posting.add_reply(first, people.insider, "A reply that stays out of the feed.")
        secret = posting.start_thread(
            private,
            people.insider,
            "A private question",
            "Only for the circle.",
            imported=True,
        )
    return SimpleNamespace(
        public=public, private=private, first=first, second=second, secret=secret
    )
