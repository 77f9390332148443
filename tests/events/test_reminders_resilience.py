"""Two cron runs at once send each email once (PostgreSQL, real threads); a mail server
that is down loses nothing: the outbox keeps the claimed reminders until it is back."""

import threading
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.db import connection, connections
from django.utils import timezone

from events import reminders
from events.factories import EventPageFactory, OnlineEventPageFactory, RegistrationFactory
from events.models import EventIndexPage, EventMaterial, Registration, TeamFollowUp
from network.core.factories import UserFactory
from network.core.models import EmailStatus, OutgoingEmail
from teams.factories import MembershipFactory, TeamFactory
from tests.mailservers import free_port, start_inbox, use_smtp

NEW_YORK = ZoneInfo("America/New_York")
DAY = date(2030, 3, 12)
STARTS = datetime.combine(DAY, time(9, 0), tzinfo=NEW_YORK)
PAST = date(2030, 3, 1)
PAST_ENDS = datetime.combine(PAST, time(17, 0), tzinfo=NEW_YORK)


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="threads racing on one database: PostgreSQL"
)
def test_two_runs_at_once_send_each_email_once():
    index = EventIndexPage.objects.get()
    upcoming = OnlineEventPageFactory(parent=index, start_date=DAY)
    past = EventPageFactory(parent=index, start_date=PAST)
    EventMaterial.objects.create(event=past, title="Slides", kind="link", url="https://x.org/s")
    team = TeamFactory()
    for number in range(6):
        user = UserFactory(username=f"member{number}")
        RegistrationFactory(event=upcoming, user=user)
        RegistrationFactory(event=past, user=user, team=team)
        MembershipFactory(team=team, user=user)
    # Both events are due at once: the day reminders of one, the materials note and the
    # team invitation of the other.
    now = STARTS - timedelta(hours=20)
    assert PAST_ENDS < now < PAST_ENDS + timedelta(days=14)

    barrier = threading.Barrier(2, timeout=30)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.append(reminders.send_due_reminders(now))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert sum(sent.day for sent in results) == 6
    assert sum(sent.materials for sent in results) == 6
    assert sum(sent.teams for sent in results) == 1
    assert OutgoingEmail.objects.filter(purpose="events.reminder_day").count() == 6
    assert OutgoingEmail.objects.filter(purpose="events.materials").count() == 6
    assert OutgoingEmail.objects.filter(purpose="events.followup_invite").count() == 6
    assert TeamFollowUp.objects.count() == 1


@pytest.fixture
def inbox(request):
    handler, controller = start_inbox()
    request.addfinalizer(controller.stop)
    return handler


def test_reminders_wait_in_the_outbox_while_mail_is_down(
    events_index, settings, inbox, django_capture_on_commit_callbacks
):
    webinar = OnlineEventPageFactory(parent=events_index, title="PAR webinar", start_date=DAY)
    registration = RegistrationFactory(
        event=webinar, user=UserFactory(username="ana", email="ana@example.org")
    )
    use_smtp(settings, free_port())  # nothing listens: every connection is refused
    with django_capture_on_commit_callbacks(execute=True):
        sent = reminders.send_due_reminders(STARTS - timedelta(minutes=40))
    assert sent.hour == 1
    email = OutgoingEmail.objects.get(purpose="events.reminder_hour")
    assert (email.status, email.attempts) == (EmailStatus.QUEUED, 1)
    assert "ConnectionRefused" in email.last_error
    assert Registration.objects.get(pk=registration.pk).hour_reminder_sent_at is not None
    # The next run does not queue it again: it is claimed and waiting.
    assert reminders.send_due_reminders(STARTS - timedelta(minutes=30)).hour == 0

    use_smtp(settings, inbox.port)
    OutgoingEmail.objects.update(next_attempt_at=timezone.now())
    call_command("send_queued_email", verbosity=0)
    [message] = inbox.to("ana@example.org")
    assert message["Subject"] == "Starting within the hour: PAR webinar"
    assert webinar.join_url in message.get_body(preferencelist=("plain",)).get_content()
