"""Member and reference data that anonymous pages show purges the page cache; rows only
their owner sees do not (they would empty it on every member's visit)."""

from django.urls import reverse

from events import registration
from events.factories import EventPageFactory
from events.models import EventIndexPage
from forums.models import Notification, ThreadRead
from network.core import pagecache
from network.core.factories import UserFactory
from network.factories import OrganizationFactory

from .test_pagecache import assert_fresh, warm


def test_a_registration_shows_the_places_left_at_once(visitor, db):
    event = EventPageFactory(parent=EventIndexPage.objects.get(), capacity=2)
    warm(visitor, [event.url], "2 of 2 places left")
    registration.register(event, UserFactory())
    assert_fresh(visitor, [event.url], present="1 of 2 places left", absent="2 of 2 places")


def test_renaming_a_topic_shows_at_once(visitor, library):
    topic = library.topic["compensation"]
    urls = [reverse("topic_list"), reverse("topic_detail", args=[topic.slug])]
    warm(visitor, urls, "Compensation")
    topic.name = "Pay and compensation"
    topic.save()
    assert_fresh(visitor, urls, present="Pay and compensation")


def test_renaming_an_organization_shows_at_once(visitor, db):
    organization = OrganizationFactory(name="Testville Public Schools")
    urls = [organization.get_absolute_url()]
    warm(visitor, urls, "Testville Public Schools")
    organization.name = "Testburg Public Schools"
    organization.save()
    assert_fresh(visitor, urls, present="Testburg Public Schools", absent="Testville Public")


def test_what_only_its_owner_sees_does_not_purge(forum):
    before = pagecache.generation()
    ThreadRead.objects.create(user=forum.people.member, thread=forum.thread)
    Notification.objects.filter(user=forum.people.asker).delete()
    forum.people.member.save(update_fields=["last_login"])
    assert pagecache.generation() == before
    forum.people.member.first_name = "Renamed"
    forum.people.member.save()
    assert pagecache.generation() != before


def test_a_purge_inside_a_transaction_bumps_again_on_commit(db, django_capture_on_commit_callbacks):
    start = pagecache.generation()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        pagecache.purge()
        pagecache.purge()
    assert len(callbacks) == 1  # one bump on commit, however many writes
    assert pagecache.generation() != start  # at once...
    during = pagecache.generation()
    for callback in callbacks:
        callback()
    assert pagecache.generation() != during  # ...and on commit
