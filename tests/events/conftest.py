"""The events index of the skeleton site, and events built on it."""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group, Permission

from events.models import EventIndexPage, EventSpeaker
from forums.factories import CommunityPageFactory
from forums.models import CommunityIndexPage
from network.core.factories import UserFactory
from network.core.roles import MODERATORS_GROUP


@pytest.fixture
def events_index(db):
    return EventIndexPage.objects.get()


@pytest.fixture
def communities_index(db):
    """The communities index of the skeleton site: community sessions' communities."""
    return CommunityIndexPage.objects.get()


# Registration ------------------------------------------------------------------------------
@pytest.fixture
def cast(db):
    """One account per role around an event (``cast.speaker`` is made a speaker of an
    event with ``cast.speak_at(event)``): ``member``, ``speaker``, ``facilitator`` (of
    ``cast.community``), ``other_facilitator`` (of ``cast.other_community``),
    ``moderator`` (Moderators group), ``manager`` (``events.manage_registrations``),
    ``editor`` (``is_staff`` only: admin access, no power over registrations)."""
    facilitator = UserFactory(username="facilitator", first_name="Fay", last_name="Cole")
    other_facilitator = UserFactory(username="otherfac")
    index = CommunityIndexPage.objects.get()
    moderator = UserFactory(username="moderator")
    moderator.groups.add(Group.objects.get_or_create(name=MODERATORS_GROUP)[0])
    manager = UserFactory(username="manager")
    manager.user_permissions.add(
        Permission.objects.get(content_type__app_label="events", codename="manage_registrations")
    )
    speaker = UserFactory(username="speaker")

    def speak_at(event):
        EventSpeaker.objects.create(event=event, member=speaker)

    return SimpleNamespace(
        member=UserFactory(username="member", first_name="Mia", last_name="Park"),
        speaker=speaker,
        speak_at=speak_at,
        facilitator=facilitator,
        other_facilitator=other_facilitator,
        community=CommunityPageFactory(parent=index, facilitators=[facilitator]),
        other_community=CommunityPageFactory(parent=index, facilitators=[other_facilitator]),
        moderator=moderator,
        manager=manager,
        editor=UserFactory(username="editor", is_staff=True),
    )
