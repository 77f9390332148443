"""Every email about an event goes through here and the outbox (``network.core.outbox``):
written down in the caller's transaction, sent after it commits, never lost when the mail
server is down or hangs.

Each email about one event answers the event's own Message-ID (``<event-<id>@domain>``),
so a member's confirmation, reminders and follow-up thread together in their mail client.
The text part is ``events/email/<template>.txt``; an optional ``.ics`` goes as an
attachment with the iCalendar MIME type.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string

from network.core import outbox
from network.core.links import site_url

ICS_MIMETYPE = "text/calendar; method=PUBLISH; charset=utf-8"


def email_domain():
    return settings.FORUMS_EMAIL_DOMAIN or urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname


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


def queue_confirmation(registration):
    """The confirmation (or waiting-list notice) with the event's .ics attached.
    To be written with registration (issue 13)."""
    raise NotImplementedError


def queue_promotion(registration):
    """A waiting member got a place. To be written with registration (issue 13)."""
    raise NotImplementedError
