"""The events permission matrix (events/permissions.py): who sees the join link (on the
page and in the confirmation email), and who sees the registrants, their CSV and the
attendance sheet."""

import base64

import pytest
from django.urls import reverse

from events import registration
from events.choices import RegistrationStatus
from events.factories import OnlineEventPageFactory, RegistrationFactory
from network.core.factories import UserFactory
from network.core.models import OutgoingEmail

JOIN = "https://meet.example.org/j/secret-room-42"
ROLES = [
    "anonymous",
    "member",
    "waitlisted",
    "confirmed",
    "speaker",
    "facilitator",
    "other_facilitator",
    "moderator",
    "manager",
    "editor",
]


@pytest.fixture
def session(events_index, cast):
    """An online session of ``cast.community``, with a speaker."""
    event = OnlineEventPageFactory(parent=events_index, community=cast.community, capacity=1)
    cast.speak_at(event)
    return event


def visitor(client, cast, event, role):
    """Log ``client`` in as ``role`` (registering them if the role says so)."""
    if role == "anonymous":
        return None
    if role in ("waitlisted", "confirmed"):
        user = UserFactory()
        status = (
            RegistrationStatus.CONFIRMED if role == "confirmed" else RegistrationStatus.WAITLISTED
        )
        RegistrationFactory(event=event, user=user, status=status)
    else:
        user = getattr(cast, role)
    client.force_login(user)
    return user


SEES_JOIN = {"confirmed", "speaker", "facilitator", "moderator", "manager"}
MANAGES = {"facilitator", "moderator", "manager"}


@pytest.mark.parametrize("role", ROLES, ids=ROLES)
def test_join_link_on_the_event_page(client, cast, session, role):
    visitor(client, cast, session, role)
    content = client.get(session.url).content.decode()
    assert (JOIN in content) == (role in SEES_JOIN)
    assert ("Passcode 4242" in content) == (role in SEES_JOIN)


def body_and_ics(email):
    ics = b"".join(base64.b64decode(a["content"]) for a in email.attachments)
    return email.body, ics.decode()


def test_join_link_in_the_emails_only_for_a_confirmed_place(cast, session):
    confirmed, waiting = UserFactory(), UserFactory()
    registration.register(session, confirmed)
    registration.register(session, waiting)
    (to_confirmed,) = OutgoingEmail.objects.filter(user=confirmed)
    (to_waiting,) = OutgoingEmail.objects.filter(user=waiting)
    body, ics = body_and_ics(to_confirmed)
    assert JOIN in body and JOIN in ics.replace("\r\n ", "")
    body, ics = body_and_ics(to_waiting)
    assert JOIN not in body and JOIN not in ics.replace("\r\n ", "")
    assert ics == ""  # no calendar file for a waiting place


def test_a_sessions_facilitator_manages_only_their_communitys_events(client, events_index, cast):
    other = OnlineEventPageFactory(parent=events_index, community=cast.other_community)
    plain = OnlineEventPageFactory(parent=events_index)
    client.force_login(cast.facilitator)
    for event in (other, plain):
        assert client.get(reverse("events:registrants", args=[event.slug])).status_code == 403
        assert JOIN not in client.get(event.url).content.decode()


@pytest.mark.parametrize("role", ROLES, ids=ROLES)
@pytest.mark.parametrize("page", ["registrants", "registrants_csv", "attendance"])
def test_registrants_list_csv_and_attendance(client, cast, session, role, page):
    holder = RegistrationFactory(
        event=session, user=UserFactory(first_name="Hidden", last_name="Person")
    )
    visitor(client, cast, session, role)
    name = "registrants_csv" if page == "registrants_csv" else "registrants"
    url = reverse(f"events:{name}", args=[session.slug])
    if page == "attendance":
        response = client.post(url, {f"attended-{holder.pk}": "yes"})
    else:
        response = client.get(url)
    holder.refresh_from_db()
    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")
    elif role in MANAGES:
        assert response.status_code in (200, 302)
        if page == "attendance":
            assert holder.attended is True
        else:
            assert b"Hidden" in response.content
    else:
        assert response.status_code == 403
        assert b"Hidden" not in response.content
    if role not in MANAGES:
        assert holder.attended is None
