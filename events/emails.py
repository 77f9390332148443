"""Every email about an event goes through here and the outbox (``network.core.outbox``):
written down in the caller's transaction, sent after it commits, never lost when the mail
server is down or hangs.

Each email about one event answers the event's own Message-ID (``<event-<id>@domain>``),
so a member's confirmation, reminders and follow-up thread together in their mail client.
The text part is ``events/email/<template>.txt``; an optional ``.ics`` goes as an
attachment with the iCalendar MIME type.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone

from network.core import outbox
from network.core.links import site_hostname, site_url

from . import calendars
from .models import Registration

ICS_MIMETYPE = "text/calendar; method=PUBLISH; charset=utf-8"


def email_domain():
    return settings.FORUMS_EMAIL_DOMAIN or site_hostname()


def event_message_id(event):
    return f"<event-{event.pk}@{email_domain()}>"


def threading_headers(event, kind, user):
    """A Message-ID of its own, answering the event's."""
    root = event_message_id(event)
    own = f"<event-{event.pk}-{kind}-{user.pk}@{email_domain()}>"
    return {"Message-ID": own, "In-Reply-To": root, "References": root}


def event_subject(event, prefix):
    # Header values must be one line.
    return " ".join(f"{prefix}: {event.title}".split())


def send(event, user, *, kind, subject, context=None, ics=None, purpose=None):
    """Queue one email about ``event`` to ``user``; ``kind`` names the template
    (``events/email/<kind>.txt``) and the Message-ID. ``ics``: bytes to attach."""
    context = {
        **(context or {}),
        "event": event,
        "user": user,
        "event_url": site_url(event.url or ""),
    }
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"events/email/{kind}.txt", context),
        to=[user.email],
        headers=threading_headers(event, kind, user),
    )
    if ics is not None:
        message.attach("event.ics", ics, ICS_MIMETYPE)
    return outbox.queue(message, purpose=purpose or f"events.{kind}", user=user)


def join_context(event, registration):
    """The join link goes only to a member holding a confirmed place."""
    if registration.is_confirmed and event.online and event.join_url:
        return {"join_url": event.join_url, "join_details": event.join_details}
    return {}


def queue_confirmation(registration):
    """The confirmation (with the event's .ics, and the join link of an online event), or
    the waiting-list notice (no .ics, no link). Claimed once through
    ``confirmation_sent_at``, which registering (again) empties."""
    now = timezone.now()
    claimed = Registration.objects.filter(
        pk=registration.pk, confirmation_sent_at__isnull=True
    ).update(confirmation_sent_at=now)
    if not claimed:
        return None
    registration.confirmation_sent_at = now
    event, user = registration.event, registration.user
    context = {"registration": registration, **join_context(event, registration)}
    if registration.is_confirmed:
        return send(
            event,
            user,
            kind="confirmation",
            subject=event_subject(event, "Registered"),
            context=context,
            ics=calendars.event_ics(event, with_join_link=True),
        )
    return send(
        event,
        user,
        kind="waitlisted",
        subject=event_subject(event, "Waiting list"),
        context={**context, "position": registration.waitlist_position()},
    )


def queue_promotion(registration):
    """A waiting member got a place: the email says so, with the .ics and join link."""
    now = timezone.now()
    Registration.objects.filter(pk=registration.pk).update(confirmation_sent_at=now)
    registration.confirmation_sent_at = now
    event = registration.event
    return send(
        event,
        registration.user,
        kind="promotion",
        subject=event_subject(event, "You have a place"),
        context={"registration": registration, **join_context(event, registration)},
        ics=calendars.event_ics(event, with_join_link=True),
    )
