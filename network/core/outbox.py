"""The outbox: every email the site sends is written down first, then sent by a task.

``queue(message, purpose=..., user=None, sender=None)`` stores a Django ``EmailMessage``
whole (addresses, subject, text, HTML alternative, headers, attachments) in the caller's
transaction, so the email exists exactly when what it announces exists. On commit the
delivery task is queued (``background.enqueue``: never inside the request when tasks run
immediately). A request therefore never waits on the mail server.

Delivery claims the row with a conditional UPDATE (queued and due -> sending), which only
one worker can win on SQLite and PostgreSQL alike, and no lock is held while the mail
server is talked to. A failure records the error and the next attempt, 1, 2, 4...
minutes later (at most six hours), until ``OUTBOX_MAX_ATTEMPTS``; then the email is
given up ("failed") and staff see it in the admin. ``manage.py send_queued_email`` sends
everything due (cron, and catching up after a worker or mail outage). Once sent, the
text, HTML, attachments and headers are erased: a sent password-reset link is not kept.
"""

import base64
import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from . import background
from .models import EmailStatus, OutgoingEmail

logger = logging.getLogger(__name__)

ERROR_MAX_LENGTH = 500


# Writing ---------------------------------------------------------------------------------
def attachment_rows(message):
    rows = []
    for attachment in message.attachments:
        if hasattr(attachment, "get_payload"):  # a MIMEBase part
            name = attachment.get_filename() or "attachment"
            content = attachment.get_payload(decode=True) or b""
            content_type = attachment.get_content_type()
        else:
            name, content, content_type = attachment
        if isinstance(content, str):
            content = content.encode()
        rows.append(
            {
                "name": name,
                "content_type": content_type or "application/octet-stream",
                "content": base64.b64encode(content).decode("ascii"),
            }
        )
    return rows


def queue(message, purpose, user=None, sender=None):
    """Store ``message`` (an ``EmailMessage``) for sending. Returns the ``OutgoingEmail``.

    ``user``: the member it is for or about; ``sender``: the member whose words it
    carries. Deleting either account deletes the email (``network.privacy``)."""
    email = OutgoingEmail.objects.create(
        purpose=purpose,
        user=user,
        sender=sender,
        from_email=message.from_email or settings.DEFAULT_FROM_EMAIL,
        to=list(message.to),
        cc=list(message.cc),
        bcc=list(message.bcc),
        reply_to=list(message.reply_to),
        subject=message.subject,
        body=message.body,
        alternatives=[
            [content, mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        headers=dict(message.extra_headers),
        attachments=attachment_rows(message),
    )
    transaction.on_commit(lambda: enqueue(email.pk))
    return email


def enqueue(email_id, when=None):
    background.enqueue(deliver_email, email_id, run_after=when)


# Sending ---------------------------------------------------------------------------------
def to_message(email, connection=None):
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body,
        from_email=email.from_email,
        to=email.to,
        cc=email.cc,
        bcc=email.bcc,
        reply_to=email.reply_to,
        headers=email.headers,
        connection=connection,
    )
    for content, mimetype in email.alternatives:
        message.attach_alternative(content, mimetype)
    for attachment in email.attachments:
        message.attach(
            attachment["name"],
            base64.b64decode(attachment["content"]),
            attachment["content_type"],
        )
    return message


@task()
def deliver_email(email_id):
    """The background task: send one queued email (failures are recorded on the row)."""
    return deliver(email_id)


def retry_delay(attempts):
    """1, 2, 4, 8... minutes after each failure, at most six hours."""
    return timedelta(minutes=min(2 ** max(attempts - 1, 0), 360))


def due(now=None):
    """Emails to send now: queued and due, or claimed by a worker that never finished."""
    now = now or timezone.now()
    stale = now - timedelta(seconds=settings.OUTBOX_CLAIM_TIMEOUT)
    return OutgoingEmail.objects.filter(
        Q(status=EmailStatus.QUEUED, next_attempt_at__lte=now)
        | Q(status=EmailStatus.SENDING, claimed_at__lt=stale)
    )


def claim(email_id):
    """Take the email for this worker. One UPDATE decides: the database lets only one
    caller change the status, so two workers never both send it."""
    now = timezone.now()
    return bool(due(now).filter(pk=email_id).update(status=EmailStatus.SENDING, claimed_at=now))


def deliver(email_id):
    """Send one email if it is due and nobody else is sending it. Never raises: a
    failure is recorded on the row. Returns True if it was sent now."""
    if not claim(email_id):
        return False
    email = OutgoingEmail.objects.get(pk=email_id)
    try:
        connection = get_connection(timeout=settings.EMAIL_TIMEOUT)
        to_message(email, connection=connection).send()
    except Exception as error:  # noqa: BLE001 - any mail failure is recorded and retried
        record_failure(email, error)
        return False
    OutgoingEmail.objects.filter(pk=email.pk).update(
        status=EmailStatus.SENT,
        sent_at=timezone.now(),
        attempts=email.attempts + 1,
        last_error="",
        claimed_at=None,
        # The text may hold a one-time link (password reset); the member has it now.
        body="",
        alternatives=[],
        attachments=[],
        headers={},
    )
    return True


def record_failure(email, error):
    attempts = email.attempts + 1
    given_up = attempts >= settings.OUTBOX_MAX_ATTEMPTS
    next_attempt = timezone.now() + retry_delay(attempts)
    OutgoingEmail.objects.filter(pk=email.pk).update(
        status=EmailStatus.FAILED if given_up else EmailStatus.QUEUED,
        attempts=attempts,
        next_attempt_at=next_attempt,
        claimed_at=None,
        last_error=f"{type(error).__name__}: {error}"[:ERROR_MAX_LENGTH],
    )
    log = logger.error if given_up else logger.warning
    log("Email %s (%s) failed, attempt %s: %s", email.pk, email.purpose, attempts, error)
    if not given_up:
        enqueue_retry(email.pk, next_attempt)


def enqueue_retry(email_id, when):
    """A deferred retry where the task backend can defer; otherwise the send command,
    run by cron, picks the email up when it is due."""
    if deliver_email.get_backend().supports_defer:
        enqueue(email_id, when)


def send_due(progress=None):
    """Send every email that is due. Returns (sent, not sent)."""
    ids = list(due().order_by("next_attempt_at", "pk").values_list("pk", flat=True))
    return deliver_each(ids, deliver, progress)


def deliver_each(ids, deliver_one, progress=None):
    """Call ``deliver_one(id)`` for each id, reporting ``progress(done, total)``.
    Returns (sent, not sent); shared by every queue of emails."""
    sent = failed = 0
    for done, item_id in enumerate(ids, start=1):
        if deliver_one(item_id):
            sent += 1
        else:
            failed += 1
        if progress:
            progress(done, len(ids))
    return sent, failed


def retry_failed():
    """Queue the given-up emails again (after fixing the mail server). Returns how many."""
    return OutgoingEmail.objects.filter(status=EmailStatus.FAILED).update(
        status=EmailStatus.QUEUED, attempts=0, next_attempt_at=timezone.now()
    )


def prune(now=None):
    """Delete sent emails older than ``OUTBOX_KEEP_SENT_DAYS``. Returns how many."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.OUTBOX_KEEP_SENT_DAYS)
    deleted, _ = OutgoingEmail.objects.filter(status=EmailStatus.SENT, sent_at__lt=cutoff).delete()
    return deleted
