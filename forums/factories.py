"""Test data for the communities of practice: communities, threads and replies.

Threads and replies go through ``forums.posting`` as members' posts do, so counts,
notifications and the search entry stay as the site keeps them."""

import factory

from network.core.factories import UserFactory
from resources.factories import PublishedPageFactory

from . import posting
from .models import CommunityIndexPage, CommunityPage


class CommunityIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = CommunityIndexPage

    title = "Communities"
    slug = "communities"


class CommunityPageFactory(PublishedPageFactory):
    """``facilitators`` and ``topics`` take lists; ``private_group`` makes it private."""

    class Meta:
        model = CommunityPage

    _relations = ("facilitators", "topics")
    title = factory.Sequence(lambda n: f"Test community {n}")
    description = factory.LazyAttribute(lambda page: f"A test community ({page.title}).")


def thread(community, author=None, title="A test question", body="The question.", **kwargs):
    """A thread started by ``author`` (a new member when none is given)."""
    return posting.start_thread(community, author or UserFactory(), title, body, **kwargs)


def reply(thread, author=None, body="A test answer.", **kwargs):
    return posting.add_reply(thread, author or UserFactory(), body, **kwargs)
