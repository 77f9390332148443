"""Event reminders, the materials note and the cancellation notice: who gets which email,
when (time-travelled by passing ``now``), once each, through the outbox."""

import base64
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone
from wagtail.documents import get_document_model

from events import reminders
from events.choices import MaterialKind, RegistrationStatus
from events.factories import EventPageFactory, OnlineEventPageFactory, RegistrationFactory
from events.models import EventMaterial, Registration
from network.core.factories import UserFactory
from network.core.links import site_url
from network.core.models import OutgoingEmail

NEW_YORK = ZoneInfo("America/New_York")
DAY = date(2030, 3, 12)  # a Tuesday
STARTS = datetime.combine(DAY, time(9, 0), tzinfo=NEW_YORK)
ENDS = datetime.combine(DAY, time(17, 0), tzinfo=NEW_YORK)


def emails(purpose):
    return OutgoingEmail.objects.filter(purpose=f"events.{purpose}").order_by("pk")


def to(purpose):
    return sorted(address for email in emails(purpose) for address in email.to)


@pytest.fixture
def conference(events_index):
    return EventPageFactory(parent=events_index, title="Spring conference", start_date=DAY)


@pytest.fixture
def webinar(events_index):
    return OnlineEventPageFactory(parent=events_index, title="PAR webinar", start_date=DAY)


def register(event, name, status=RegistrationStatus.CONFIRMED, **fields):
    user = UserFactory(username=name, email=f"{name}@example.org")
    return RegistrationFactory(event=event, user=user, status=status, **fields)


# The day reminder ------------------------------------------------------------------------
def test_the_day_reminder_goes_within_a_day_of_the_start_once(conference):
    register(conference, "ana")
    register(conference, "ben", RegistrationStatus.WAITLISTED)
    register(conference, "cy", RegistrationStatus.CANCELLED)
    assert reminders.send_due_reminders(STARTS - timedelta(hours=25)).day == 0  # too early
    assert reminders.send_due_reminders(STARTS - timedelta(hours=23, minutes=55)).day == 1
    assert reminders.send_due_reminders(STARTS - timedelta(hours=23, minutes=45)).day == 0
    assert reminders.send_due_reminders(STARTS - timedelta(hours=3)).day == 0
    assert to("reminder_day") == ["ana@example.org"]
    body = emails("reminder_day").get().body
    assert "Spring conference" in body
    assert "Tuesday 12 March 2030, 9:00 AM to 5:00 PM (America/New_York)" in body
    assert "Test Hall, 1 Main Street, Springfield" in body
    assert conference.url in body
    assert emails("reminder_day").get().subject == "Tomorrow: Spring conference"
    assert Registration.objects.get(user__username="ana").day_reminder_sent_at is not None


def test_no_day_reminder_after_the_start(conference):
    register(conference, "ana")
    assert reminders.send_due_reminders(STARTS + timedelta(minutes=1)).day == 0
    assert not emails("reminder_day").exists()


def test_no_day_reminder_for_someone_who_registered_within_two_hours(conference):
    register(conference, "late", confirmed_at=STARTS - timedelta(minutes=90))
    register(conference, "early", confirmed_at=STARTS - timedelta(hours=3))
    reminders.send_due_reminders(STARTS - timedelta(minutes=80))
    assert to("reminder_day") == ["early@example.org"]


def test_a_cancelled_or_unpublished_event_sends_no_reminder(events_index):
    cancelled = EventPageFactory(parent=events_index, start_date=DAY, cancelled=True)
    draft = EventPageFactory(parent=events_index, start_date=DAY, publish=False)
    register(cancelled, "ana")
    register(draft, "ben")
    sent = reminders.send_due_reminders(STARTS - timedelta(hours=20))
    assert (sent.day, sent.hour) == (0, 0)
    assert not emails("reminder_day").exists()


def test_the_day_reminder_of_an_online_event_has_no_join_link(webinar):
    register(webinar, "ana")
    reminders.send_due_reminders(STARTS - timedelta(hours=20))
    body = emails("reminder_day").get().body
    assert webinar.join_url not in body
    assert "Passcode" not in body
    assert "an hour before" in body


# The hour reminder -----------------------------------------------------------------------
def test_the_hour_reminder_carries_the_join_link_to_confirmed_registrants_only(webinar):
    register(webinar, "ana")
    register(webinar, "ben", RegistrationStatus.WAITLISTED)
    register(webinar, "cy", RegistrationStatus.CANCELLED)
    assert reminders.send_due_reminders(STARTS - timedelta(minutes=70)).hour == 0
    sent = reminders.send_due_reminders(STARTS - timedelta(minutes=55))
    # Within the hour, the hour reminder replaces the day one.
    assert (sent.hour, sent.day) == (1, 0)
    assert reminders.send_due_reminders(STARTS - timedelta(minutes=45)).hour == 0
    assert to("reminder_hour") == ["ana@example.org"]
    body = emails("reminder_hour").get().body
    assert f"Join: {webinar.join_url}" in body
    assert "Passcode 4242" in body
    # Nobody else's email, of any kind, carries the link.
    others = OutgoingEmail.objects.exclude(purpose="events.reminder_hour")
    assert all(webinar.join_url not in email.body for email in others)


def test_an_in_person_event_has_no_hour_reminder(conference):
    register(conference, "ana")
    assert reminders.send_due_reminders(STARTS - timedelta(minutes=30)).hour == 0


def test_a_registrant_gets_both_reminders_of_an_online_event(webinar):
    register(webinar, "ana")
    reminders.send_due_reminders(STARTS - timedelta(hours=23, minutes=50))
    reminders.send_due_reminders(STARTS - timedelta(minutes=50))
    assert (to("reminder_day"), to("reminder_hour")) == (["ana@example.org"], ["ana@example.org"])


def test_the_claim_lets_only_one_run_send(conference):
    registration = register(conference, "ana")
    registration = Registration.objects.select_related("event", "user").get(pk=registration.pk)
    now = STARTS - timedelta(hours=20)
    assert reminders.remind_day(registration, now) == 1
    assert reminders.remind_day(registration, now) == 0  # a second run holding the same row
    assert emails("reminder_day").count() == 1


def test_a_registrant_who_cancelled_since_the_query_is_not_reminded(conference):
    registration = register(conference, "ana")
    due = list(reminders.day_reminders_due(STARTS - timedelta(hours=20)))
    Registration.objects.filter(pk=registration.pk).update(status=RegistrationStatus.CANCELLED)
    assert reminders.remind_day(due[0], STARTS - timedelta(hours=20)) == 0
    assert not emails("reminder_day").exists()


def test_emails_thread_on_the_event(webinar):
    register(webinar, "ana")
    reminders.send_due_reminders(STARTS - timedelta(hours=20))
    reminders.send_due_reminders(STARTS - timedelta(minutes=30))
    root = f"<event-{webinar.pk}@"
    for email in OutgoingEmail.objects.all():
        assert email.headers["In-Reply-To"].startswith(root)
    ids = {email.headers["Message-ID"] for email in OutgoingEmail.objects.all()}
    assert len(ids) == 2


# The materials note ----------------------------------------------------------------------
def add_materials(event):
    document = get_document_model().objects.create(
        title="Slides", file=ContentFile(b"%PDF-1.4 slides", name="par-slides.pdf")
    )
    EventMaterial.objects.create(
        event=event,
        title="Opening slides",
        kind=MaterialKind.SLIDES,
        document=document,
        description="The keynote's deck.",
    )
    EventMaterial.objects.create(
        event=event,
        title="Recording",
        kind=MaterialKind.RECORDING,
        url="https://video.example.org/par-recording",
    )
    return document


def test_the_materials_note_waits_for_materials_then_goes_once(conference):
    register(conference, "ana")
    register(conference, "ben", RegistrationStatus.WAITLISTED)
    assert reminders.send_due_reminders(ENDS - timedelta(minutes=10)).materials == 0
    assert reminders.send_due_reminders(ENDS + timedelta(hours=1)).materials == 0  # none yet
    document = add_materials(conference)
    assert reminders.send_due_reminders(ENDS + timedelta(days=2)).materials == 1
    assert reminders.send_due_reminders(ENDS + timedelta(days=3)).materials == 0
    assert to("materials") == ["ana@example.org"]
    body = emails("materials").get().body
    base = site_url("")
    assert f"- Opening slides (Slides): {base}{document.url}" in body
    assert "The keynote's deck." in body
    assert "- Recording (Recording): https://video.example.org/par-recording" in body
    assert f"{base}{conference.url}" in body


def test_no_materials_note_after_the_window(conference):
    register(conference, "ana")
    add_materials(conference)
    assert reminders.send_due_reminders(ENDS + timedelta(days=15)).materials == 0


def test_once_attendance_is_marked_only_attendees_get_the_materials(conference):
    register(conference, "came", attended=True)
    register(conference, "stayed-home", attended=False)
    register(conference, "unmarked")
    register(conference, "walked-in", RegistrationStatus.WAITLISTED, attended=True)
    add_materials(conference)
    reminders.send_due_reminders(ENDS + timedelta(hours=2))
    assert to("materials") == ["came@example.org", "walked-in@example.org"]


def test_a_cancelled_event_sends_no_materials(events_index):
    event = EventPageFactory(parent=events_index, start_date=DAY, cancelled=True)
    register(event, "ana")
    add_materials(event)
    assert reminders.send_due_reminders(ENDS + timedelta(hours=2)).materials == 0


# Cancellation ----------------------------------------------------------------------------
def test_publishing_a_cancellation_tells_registrants_once(events_index):
    event = EventPageFactory(
        parent=events_index, title="Regional meeting", start_date=date.today() + timedelta(30)
    )
    register(event, "ana")
    register(event, "ben", RegistrationStatus.WAITLISTED)
    register(event, "cy", RegistrationStatus.CANCELLED)
    event.save_revision().publish()
    assert not emails("cancelled").exists()  # published, not cancelled
    event.cancelled = True
    event.cancellation_note = "The venue closed."
    event.save_revision().publish()
    assert to("cancelled") == ["ana@example.org", "ben@example.org"]
    email = emails("cancelled").first()
    assert "Regional meeting is cancelled." in email.body
    assert "The venue closed." in email.body
    assert email.subject == "Cancelled: Regional meeting"
    [attachment] = email.attachments
    assert attachment["content_type"].startswith("text/calendar")
    assert b"STATUS:CANCELLED" in base64.b64decode(attachment["content"])
    # Publishing it again, or the cron, sends nothing more.
    event.save_revision().publish()
    assert reminders.send_due_reminders().cancelled == 0
    assert emails("cancelled").count() == 2


def test_the_cron_catches_up_on_a_cancellation_the_publish_missed(events_index):
    event = EventPageFactory(parent=events_index, start_date=DAY, cancelled=True)
    register(event, "ana")  # registered after the publish: no notice was sent to them
    assert reminders.send_due_reminders(STARTS - timedelta(days=5)).cancelled == 1
    assert reminders.send_due_reminders(STARTS - timedelta(days=4)).cancelled == 0
    assert reminders.send_due_reminders(ENDS + timedelta(days=1)).cancelled == 0


# The command and the task ----------------------------------------------------------------
def test_the_command_prints_what_it_queued(events_index, capsys):
    soon = (timezone.now() + timedelta(hours=12)).astimezone(ZoneInfo("UTC"))
    event = EventPageFactory(
        parent=events_index,
        time_zone="UTC",
        start_date=soon.date(),
        start_time=soon.time().replace(second=0, microsecond=0),
        end_date=soon.date() + timedelta(days=1),
    )
    register(event, "ana")
    call_command("send_event_reminders")
    assert capsys.readouterr().out.strip() == (
        "1 day reminder, 0 hour reminders, 0 materials notes, 0 cancellation notices, "
        "0 teams invited queued."
    )
    call_command("send_event_reminders")
    assert capsys.readouterr().out.startswith("0 day reminders,")
    assert to("reminder_day") == ["ana@example.org"]


def test_the_task_runs_the_reminders(conference, settings):
    register(conference, "ana")
    result = reminders.send_event_reminders.enqueue()
    assert result.return_value == {"day": 0, "hour": 0, "materials": 0, "cancelled": 0, "teams": 0}
