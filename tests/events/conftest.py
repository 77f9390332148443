"""The events index of the skeleton site, and events built on it."""

import pytest

from events.models import EventIndexPage


@pytest.fixture
def events_index(db):
    return EventIndexPage.objects.get()
