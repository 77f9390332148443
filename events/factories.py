"""Test data for events. ``EventPageFactory(parent=...)`` needs the events index, which
``home.factories.build_site`` creates (``site["events"]``)."""

from datetime import time, timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from network.core.factories import UserFactory
from resources.factories import PublishedPageFactory

from .choices import EventKind, RegistrationStatus
from .models import EventIndexPage, EventPage, Registration


class EventIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = EventIndexPage

    title = "Events"
    slug = "events"


def in_days(days):
    return timezone.localdate() + timedelta(days=days)


class EventPageFactory(PublishedPageFactory):
    """An in-person conference a month ahead, 9:00 to 17:00 in New York, 50 places."""

    class Meta:
        model = EventPage

    _relations = ("topics",)

    title = factory.Sequence(lambda n: f"Test event {n}")
    kind = EventKind.CONFERENCE
    summary = "A test event."
    start_date = factory.LazyFunction(lambda: in_days(30))
    start_time = time(9, 0)
    end_time = time(17, 0)
    time_zone = "America/New_York"
    venue_name = "Test Hall"
    address = "1 Main Street, Springfield"
    capacity = 50


class OnlineEventPageFactory(EventPageFactory):
    kind = EventKind.WEBINAR
    online = True
    venue_name = ""
    address = ""
    join_url = "https://meet.example.org/j/secret-room-42"
    join_details = "Passcode 4242"


class RegistrationFactory(DjangoModelFactory):
    class Meta:
        model = Registration

    event = None  # required: pass the event
    user = factory.SubFactory(UserFactory)
    status = RegistrationStatus.CONFIRMED
    confirmed_at = factory.LazyFunction(timezone.now)
