"""The registration pages: the event page's box, "Register for <event>", cancelling,
and teams registering together."""

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from events import registration
from events.choices import RegistrationStatus
from events.factories import EventPageFactory, RegistrationFactory, in_days
from events.models import Registration
from network.core.factories import UserFactory
from network.core.models import OutgoingEmail
from teams.factories import MembershipFactory, TeamFactory


def said(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def event(events_index):
    return EventPageFactory(parent=events_index, title="Spring conference", capacity=2)


@pytest.fixture
def team():
    """Four members, in the team's order: Ana, Ben, Cy, Di."""
    team = TeamFactory(name="Testville joint team")
    for name in ("ana", "ben", "cy", "di"):
        MembershipFactory(team=team, user=UserFactory(username=name, first_name=name.title()))
    return team


def member(team, name):
    return team.memberships.get(user__username=name).user


# The event page -----------------------------------------------------------------------------
def test_anonymous_visitors_are_asked_to_log_in(client, event):
    response = client.get(event.url)
    register_url = reverse("events:register", args=[event.slug])
    assert b"Log in to register" in response.content
    assert f'href="/accounts/login/?next={register_url}"'.encode() in response.content
    response = client.get(register_url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


def test_the_page_shows_places_left_then_full_and_the_waiting_list(client, event):
    client.force_login(UserFactory())
    assert b"2 of 2 places left" in client.get(event.url).content
    for _ in range(3):
        registration.register(event, UserFactory())
    content = client.get(event.url).content.decode()
    assert "Full: all 2 places are taken" in content
    assert "1 waiting" in content
    assert "Join the waiting list" in content


def test_a_member_registers_from_the_page_and_sees_their_status(client, event):
    mia = UserFactory()
    client.force_login(mia)
    response = client.post(reverse("events:register", args=[event.slug]), {"who": "me"})
    assert response.status_code == 302 and response["Location"] == event.url
    assert said(response)[0].startswith("You are registered for Spring conference.")
    page = client.get(event.url).content.decode()
    assert "You are registered." in page
    assert "Cancel my place" in page


def test_a_second_submit_after_registering_says_already_registered(client, event):
    """A double click whose second request arrives after the first registered: back to
    the event page with what is so, not a 400 form page."""
    mia = UserFactory()
    client.force_login(mia)
    url = reverse("events:register", args=[event.slug])
    client.post(url, {"who": "me"})
    again = client.post(url, {"who": "me"})
    assert again.status_code == 302 and again["Location"] == event.url
    assert said(again)[-1] == "You are already registered for this event."
    assert Registration.objects.filter(event=event, user=mia).count() == 1


def test_registering_for_a_full_event_says_waitlisted_with_the_position(client, event):
    for _ in range(2):
        registration.register(event, UserFactory())
    client.force_login(UserFactory())
    response = client.post(reverse("events:register", args=[event.slug]), {"who": "me"})
    assert said(response) == [
        "Spring conference is full: you are on the waiting list, position 1. "
        "If a place frees up you get it in that order, and we email you."
    ]
    assert "You are on the waiting list, position 1." in client.get(event.url).content.decode()


def test_a_refusal_comes_back_as_a_message(client, events_index):
    past = EventPageFactory(parent=events_index, start_date=in_days(-10))
    client.force_login(UserFactory())
    response = client.post(reverse("events:register", args=[past.slug]), {"who": "me"})
    assert said(response) == ["This event has already taken place."]
    assert not Registration.objects.exists()


def test_the_register_page_offers_just_me_and_each_of_my_teams(client, event, team):
    client.force_login(member(team, "ana"))
    TeamFactory(name="A team I am not on")
    response = client.get(reverse("events:register", args=[event.slug]))
    content = response.content.decode()
    assert "<h1>Register for Spring conference</h1>" in content
    assert "Just me" in content
    assert "All of Testville joint team" in content
    assert "A team I am not on" not in content


def test_another_teams_id_is_a_bad_request(client, event, team):
    client.force_login(UserFactory())
    response = client.post(reverse("events:register", args=[event.slug]), {"who": team.pk})
    assert response.status_code == 400
    assert not Registration.objects.exists()


def test_posting_needs_the_csrf_token(event):
    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory())
    response = client.post(reverse("events:register", args=[event.slug]), {"who": "me"})
    assert response.status_code == 403
    assert not Registration.objects.exists()


def test_an_unpublished_event_is_not_found(client, events_index):
    draft = EventPageFactory(parent=events_index, publish=False)
    client.force_login(UserFactory())
    response = client.post(reverse("events:register", args=[draft.slug]), {"who": "me"})
    assert response.status_code == 404


# Teams --------------------------------------------------------------------------------------
def test_a_team_registers_together_and_the_rest_wait_in_order(client, events_index, team):
    event = EventPageFactory(parent=events_index, title="Summit", capacity=3)
    registration.register(event, UserFactory())  # one place already taken
    registration.register(event, member(team, "cy"))  # Cy registered on her own
    ana = member(team, "ana")
    client.force_login(ana)
    response = client.post(reverse("events:register", args=[event.slug]), {"who": team.pk})
    assert said(response) == [
        "Registered 1 of Testville joint team for Summit: Ana. "
        "Then the places ran out: on the waiting list, in order: Ben (position 1), "
        "Di (position 2). Already registered, left as they were: Cy."
    ]
    rows = {r.user.username: r for r in Registration.objects.filter(team=team)}
    assert set(rows) == {"ana", "ben", "di"}
    assert {r.registered_by for r in rows.values()} == {ana}
    assert rows["ana"].is_confirmed and rows["ben"].is_waitlisted and rows["di"].is_waitlisted
    assert Registration.objects.get(user=member(team, "cy")).team is None
    assert OutgoingEmail.objects.filter(purpose="events.confirmation").count() == 3
    assert OutgoingEmail.objects.filter(purpose="events.waitlisted").count() == 2

    client.force_login(member(team, "ben"))
    page = client.get(event.url).content.decode()
    assert "You are on the waiting list with Testville joint team, position 1." in page


def test_a_confirmed_team_member_sees_registered_with_the_team(client, event, team):
    registration.register_team(event, team, member(team, "ana"))
    client.force_login(member(team, "ana"))
    assert "You are registered with Testville joint team." in client.get(event.url).content.decode()


def test_only_a_member_of_the_team_can_register_it(event, team):
    outsider = UserFactory()
    outcome = registration.register_team(event, team, outsider)
    assert (outcome.ok, outcome.message) == (False, "Only a member of the team can register it.")
    assert not Registration.objects.exists()


def test_a_team_registering_for_a_full_event_all_wait(events_index, team):
    event = EventPageFactory(parent=events_index, title="Full", capacity=1)
    registration.register(event, UserFactory())
    outcome = registration.register_team(event, team, member(team, "ana"))
    assert [position for _, position in outcome.waitlisted] == [1, 2, 3, 4]
    assert outcome.message.startswith("The event is full: on the waiting list, in order: Ana")


# Cancelling ---------------------------------------------------------------------------------
def test_cancelling_asks_first_then_frees_the_place_for_the_waiting_list(client, event):
    holder = UserFactory()
    registration.register(event, holder)
    registration.register(event, UserFactory())
    waiting = UserFactory()
    registration.register(event, waiting)
    client.force_login(holder)
    cancel_url = reverse("events:cancel", args=[event.slug])
    confirm = client.get(cancel_url)
    assert b"Cancel your place at Spring conference?" in confirm.content
    assert Registration.objects.get(user=holder).is_confirmed  # GET changes nothing
    response = client.post(cancel_url)
    assert said(response) == [
        "Your place at Spring conference is cancelled. "
        "The first person on the waiting list has the place now."
    ]
    assert Registration.objects.get(user=holder).status == RegistrationStatus.CANCELLED
    assert Registration.objects.get(user=waiting).is_confirmed
    assert OutgoingEmail.objects.filter(purpose="events.promotion", user=waiting).count() == 1


def test_leaving_the_waiting_list(client, events_index):
    event = EventPageFactory(parent=events_index, title="Tiny", capacity=0)
    waiting = UserFactory()
    registration.register(event, waiting)
    client.force_login(waiting)
    assert b"Leave the waiting list" in client.get(event.url).content
    response = client.post(reverse("events:cancel", args=[event.slug]))
    assert said(response) == ["You have left the waiting list for Tiny."]


def test_cancelling_without_a_place_says_so(client, event):
    client.force_login(UserFactory())
    response = client.post(reverse("events:cancel", args=[event.slug]))
    assert said(response) == ["You are not registered for this event."]


def test_a_member_cannot_cancel_someone_elses_place(client, event):
    row = RegistrationFactory(event=event)
    client.force_login(UserFactory())
    response = client.post(reverse("events:cancel", args=[event.slug]), {"registration": row.pk})
    assert response.status_code == 403
    row.refresh_from_db()
    assert row.is_confirmed


def test_staff_cancel_a_place_from_the_registrants_list(client, event, cast):
    row = RegistrationFactory(event=event, user=UserFactory(first_name="Lee", last_name="Ray"))
    client.force_login(cast.manager)
    response = client.post(reverse("events:cancel", args=[event.slug]), {"registration": row.pk})
    assert response["Location"] == reverse("events:registrants", args=[event.slug])
    assert said(response) == ["Lee Ray’s place at Spring conference is cancelled."]


# Queries ------------------------------------------------------------------------------------
def test_the_event_page_runs_the_same_queries_whatever_the_number_of_registrants(
    client, events_index
):
    small = EventPageFactory(parent=events_index, capacity=10)
    large = EventPageFactory(parent=events_index, capacity=10)
    RegistrationFactory(event=small)
    for _ in range(10):
        RegistrationFactory(event=large)
    for _ in range(15):
        RegistrationFactory(event=large, status=RegistrationStatus.WAITLISTED)
    viewer = UserFactory()
    RegistrationFactory(event=small, user=viewer, status=RegistrationStatus.WAITLISTED)
    RegistrationFactory(event=large, user=viewer, status=RegistrationStatus.WAITLISTED)
    client.force_login(viewer)
    client.get(small.url)  # warm the caches (site, settings)
    with CaptureQueriesContext(connection) as on_small:
        client.get(small.url)
    with CaptureQueriesContext(connection) as on_large:
        response = client.get(large.url)
    assert "position 16" in response.content.decode()
    assert len(on_large) == len(on_small)
