"""The emails an event sends by itself, when they come due: run from cron every ~10
minutes (``manage.py send_event_reminders``) and as the ``send_event_reminders`` task.

- day reminder (``reminder_day``): to confirmed registrants, once the event starts
  within 24 hours;
- hour reminder (``reminder_hour``), with the join link: to the confirmed registrants of
  an online event, once it starts within the hour;
- materials note (``materials``): to the attendees (``followup.attendees``) of an event
  that ended in the last 14 days and has materials;
- cancellation (``cancelled``), with the .ics: to confirmed and waiting registrants, when
  the event is published as cancelled (and by the cron, catching up), before it ends;
- follow-up invitation (``followup.invite_teams``): to the members of each attending
  team, once a conference or training ended (in the last 14 days).

None goes for a cancelled event (except the cancellation), nor for an unpublished one.
Rules that are this site's choice, not the issue's:

- Someone who registered less than 2 hours before the start gets no day reminder: their
  confirmation has just told them everything. An online event that starts within the
  hour gets only the hour reminder (the cron was down, or it was published late).
- The materials note waits for materials: an event that has none yet sends nothing, and
  is looked at again on every run until it has some or its 14 days are over (then it
  never sends). Materials added after the note went out send no second note.

Each email is claimed with one conditional UPDATE of its registration's own column
(``day_reminder_sent_at``...: set only where it is still null), so of two runs at once,
only one can send it; the claim and the outbox row are written in one transaction, so a
claimed email is never lost, even when the mail server is down. The UPDATE tests only
the registration's own columns: Django turns a filter across a join into ``pk IN
(subquery)``, which PostgreSQL would not re-check against a row another run has just
claimed.
"""

import logging
from dataclasses import asdict, dataclass
from datetime import timedelta

from django.db import transaction
from django.db.models import DateTimeField, Exists, ExpressionWrapper, F, OuterRef
from django.db.models.functions import Coalesce
from django.dispatch import receiver
from django.utils import timezone
from django_tasks import task
from wagtail.signals import page_published

from network.core.links import site_url

from . import calendars, emails, followup, permissions
from .choices import RegistrationStatus
from .models import EventMaterial, EventPage, Registration

logger = logging.getLogger(__name__)

DAY_LEAD = timedelta(hours=24)
HOUR_LEAD = timedelta(hours=1)
LATE_REGISTRATION = timedelta(hours=2)
AFTER_WINDOW = followup.AFTER_WINDOW

CONFIRMED = (RegistrationStatus.CONFIRMED,)
ACTIVE = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)


@dataclass
class Sent:
    """How many of each were queued by one run."""

    day: int = 0
    hour: int = 0
    materials: int = 0
    cancelled: int = 0
    teams: int = 0

    def as_dict(self):
        return asdict(self)


# What is due -----------------------------------------------------------------------------
def reachable(registrations):
    return registrations.filter(user__is_active=True).exclude(user__email="")


def day_reminders_due(now):
    registered_at = Coalesce("confirmed_at", "created_at")
    latest = ExpressionWrapper(
        F("event__starts_at") - LATE_REGISTRATION, output_field=DateTimeField()
    )
    return (
        reachable(Registration.objects.confirmed())
        .filter(
            day_reminder_sent_at__isnull=True,
            event__live=True,
            event__cancelled=False,
            event__starts_at__gt=now,
            event__starts_at__lte=now + DAY_LEAD,
        )
        .exclude(event__online=True, event__starts_at__lte=now + HOUR_LEAD)
        .alias(registered_at=registered_at, latest=latest)
        .filter(registered_at__lte=F("latest"))
        .select_related("event", "user")
        .order_by("event__starts_at", "pk")
    )


def hour_reminders_due(now):
    return (
        reachable(Registration.objects.confirmed())
        .filter(
            hour_reminder_sent_at__isnull=True,
            event__live=True,
            event__cancelled=False,
            event__online=True,
            event__starts_at__gt=now,
            event__starts_at__lte=now + HOUR_LEAD,
        )
        .select_related("event", "user")
        .order_by("event__starts_at", "pk")
    )


def ended_events(now):
    """Live events that ended in the last ``AFTER_WINDOW`` and were not cancelled."""
    return EventPage.objects.live().filter(
        cancelled=False, ends_at__lte=now, ends_at__gt=now - AFTER_WINDOW
    )


def events_with_materials_due(now):
    has_materials = Exists(EventMaterial.objects.filter(event=OuterRef("pk")))
    return ended_events(now).filter(has_materials).prefetch_related("materials__document")


def cancelled_events_due(now):
    waiting = Registration.objects.filter(
        event=OuterRef("pk"), status__in=ACTIVE, cancellation_sent_at__isnull=True
    )
    return EventPage.objects.live().filter(cancelled=True, ends_at__gt=now).filter(Exists(waiting))


# Claiming and queueing -------------------------------------------------------------------
def claim(registration, column, now, statuses=CONFIRMED, **still):
    """Mark ``column`` sent; only one caller can (the UPDATE re-checks it is null)."""
    return bool(
        Registration.objects.filter(
            pk=registration.pk, status__in=statuses, **{f"{column}__isnull": True}, **still
        ).update(**{column: now})
    )


def deliver(registration, column, now, write, statuses=CONFIRMED, **still):
    """Claim and queue together. Returns 1 if this call queued the email."""
    try:
        with transaction.atomic():
            if not claim(registration, column, now, statuses, **still):
                return 0
            write()
        return 1
    except Exception:  # noqa: BLE001 - one failing email must not stop the others
        logger.exception("Could not queue %s for registration %s", column, registration.pk)
        return 0


def remind_day(registration, now):
    event, user = registration.event, registration.user
    return deliver(
        registration,
        "day_reminder_sent_at",
        now,
        lambda: emails.send(
            event,
            user,
            kind="reminder_day",
            subject=emails.event_subject(event, "Tomorrow"),
            context={"registration": registration},
        ),
    )


def remind_hour(registration, now):
    event, user = registration.event, registration.user

    def write():
        # Only confirmed registrants are claimed, and only they may see the link.
        join = permissions.can_see_join_link(user, event, registration)
        emails.send(
            event,
            user,
            kind="reminder_hour",
            subject=emails.event_subject(event, "Starting within the hour"),
            context={"registration": registration, "show_join_link": join},
        )

    return deliver(registration, "hour_reminder_sent_at", now, write)


def material_links(event):
    """Each material with an absolute address (documents are served by Wagtail)."""
    return [
        {
            "title": material.title,
            "kind": material.get_kind_display(),
            "description": material.description,
            "url": site_url(material.document.url) if material.document_id else material.url,
        }
        for material in event.materials.all()
    ]


def send_materials(event, now):
    materials = material_links(event)
    attendee = followup.attendee_filter(event)
    people = Registration.objects.filter(event=event, **attendee)
    sent = 0
    for registration in reachable(people.filter(materials_sent_at__isnull=True)).select_related(
        "user"
    ):
        registration.event = event
        user = registration.user
        sent += deliver(
            registration,
            "materials_sent_at",
            now,
            lambda user=user: emails.send(
                event,
                user,
                kind="materials",
                subject=emails.event_subject(event, "Materials"),
                context={"materials": materials},
            ),
            # The claim re-checks that they still count as attendees, on their own row.
            statuses=[s for s, _ in RegistrationStatus.choices],
            **attendee,
        )
    return sent


def notify_cancellation(event, now=None):
    """Tell the confirmed and waiting registrants of a cancelled event, once each, with
    the updated .ics (STATUS:CANCELLED, so their calendar drops it)."""
    now = now or timezone.now()
    if not event.cancelled or event.is_past(now):
        return 0
    ics = calendars.event_ics(event)
    sent = 0
    registrations = event.registrations.filter(status__in=ACTIVE, cancellation_sent_at__isnull=True)
    for registration in reachable(registrations).select_related("user"):
        user = registration.user
        sent += deliver(
            registration,
            "cancellation_sent_at",
            now,
            lambda user=user: emails.send(
                event,
                user,
                kind="cancelled",
                subject=emails.event_subject(event, "Cancelled"),
                ics=ics,
            ),
            statuses=ACTIVE,
        )
    return sent


@receiver(page_published, sender=EventPage)
def event_published(sender, instance, **kwargs):
    """Publishing an event as cancelled tells its registrants (the cron catches up on
    any this misses)."""
    if instance.cancelled:
        notify_cancellation(instance)


# Running ---------------------------------------------------------------------------------
def send_due_reminders(now=None):
    """Queue every event email that is due at ``now``. Returns a ``Sent``."""
    now = now or timezone.now()
    sent = Sent()
    for registration in day_reminders_due(now):
        sent.day += remind_day(registration, now)
    for registration in hour_reminders_due(now):
        sent.hour += remind_hour(registration, now)
    for event in events_with_materials_due(now):
        sent.materials += send_materials(event, now)
    for event in cancelled_events_due(now):
        sent.cancelled += notify_cancellation(event, now)
    for event in ended_events(now).filter(kind__in=followup.FOLLOWUP_KINDS):
        try:
            sent.teams += followup.invite_teams(event, now)
        except Exception:  # noqa: BLE001 - one event must not stop the others
            logger.exception("Could not invite the teams of event %s", event.pk)
    return sent


@task()
def send_event_reminders():
    """The background task: queue what is due now."""
    return send_due_reminders().as_dict()
