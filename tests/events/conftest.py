"""The events index of the skeleton site, and events built on it."""

import pytest

from events.models import EventIndexPage
from forums.models import CommunityIndexPage


@pytest.fixture
def events_index(db):
    return EventIndexPage.objects.get()


@pytest.fixture
def communities_index(db):
    """The communities index of the skeleton site: community sessions' communities."""
    return CommunityIndexPage.objects.get()
