"""Notification emails: one per post for immediate notifications, and digests.

Sending never touches the post: the state of each email (sent, attempts, last error,
next attempt) is kept on its ``Notification``. A failed send is retried with growing
pauses, by a deferred task where the task backend can defer, and in every case by
``manage.py send_notification_emails``, which cron runs every few minutes.

Threading: every post has a stable Message-ID (``<post-ID@domain>``; a thread's question
uses ``<thread-ID@domain>``), and each email carries ``In-Reply-To`` (the post it answers,
else the question) and ``References`` (the question, then that post), so mail clients
group a thread's emails together. Each email has a signed one-click unsubscribe link
(``List-Unsubscribe`` and ``List-Unsubscribe-Post``, RFC 8058).
"""

import logging

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from network.core import background
from network.core.links import site_hostname, site_url
from network.core.outbox import deliver_each, retry_delay

from . import permissions, watching
from .models import (
    CommunityPage,
    Digest,
    EmailMode,
    MemberPreferences,
    Notification,
    Subscription,
    Thread,
    WatchLevel,
)

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "forums.unsubscribe"
ERROR_MAX_LENGTH = 500


# Addresses -------------------------------------------------------------------------------
def email_domain():
    return settings.FORUMS_EMAIL_DOMAIN or site_hostname()


def message_id(post, thread):
    if thread.question_id == post.pk:
        return f"<thread-{thread.pk}@{email_domain()}>"
    return f"<post-{post.pk}@{email_domain()}>"


def threading_headers(post):
    thread = post.thread
    root = f"<thread-{thread.pk}@{email_domain()}>"
    headers = {"Message-ID": message_id(post, thread)}
    if thread.question_id != post.pk:
        parent = post.reply_to if post.reply_to_id else None
        parent_id = message_id(parent, thread) if parent is not None else root
        headers["In-Reply-To"] = parent_id
        headers["References"] = root if parent_id == root else f"{root} {parent_id}"
    return headers


# Unsubscribing ---------------------------------------------------------------------------
# Scopes: "thread:<id>" and "community:<id>" stop emails for each post there (the level
# becomes "normal"); "mentions" stops mention and reply emails; "digest" stops the digest.
def unsubscribe_token(user, scope):
    return signing.dumps({"u": user.pk, "s": scope}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token):
    """(user id, scope), or None when the token was not made here."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("u"), int):
        return None
    return data["u"], str(data.get("s", ""))


def unsubscribe_url(user, scope):
    return site_url(reverse("forums_unsubscribe", args=[unsubscribe_token(user, scope)]))


def scope_for(notification):
    """What the unsubscribe link of this email turns off: the subscription that caused it."""
    if notification.kind != "post":
        return "mentions"
    thread = notification.post.thread
    on_thread = Subscription.objects.filter(user_id=notification.user_id, thread=thread).exists()
    return f"thread:{thread.pk}" if on_thread else f"community:{thread.community_id}"


def list_headers(url):
    return {
        "List-Id": f"SameSide communities <communities.{email_domain()}>",
        "List-Unsubscribe": f"<{url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


# Building --------------------------------------------------------------------------------
def subject_for(thread, is_question):
    """One subject per thread ("Re: " on replies), which mail clients also group by."""
    prefix = "" if is_question else "Re: "
    # Header values must be one line; titles are cleaned on input, this guards old rows.
    return " ".join(f"{prefix}[{thread.community.title}] {thread.title}".split())


def post_message(notification):
    post = notification.post
    thread = post.thread
    user = notification.user
    unsubscribe = unsubscribe_url(user, scope_for(notification))
    context = {
        "notification": notification,
        "post": post,
        "thread": thread,
        "community": thread.community,
        "author_name": post.author_name,
        "post_url": site_url(post.get_absolute_url()),
        "reply_url": site_url(
            reverse("forums:reply", args=[thread.community.slug, thread.pk])
            + f"?reply_to={post.pk}"
        ),
        "settings_url": site_url(reverse("forums_preferences")),
        "unsubscribe_url": unsubscribe,
    }
    message = EmailMultiAlternatives(
        subject=subject_for(thread, thread.question_id == post.pk),
        body=render_to_string("forums/email/post.txt", context),
        to=[user.email],
        headers={**threading_headers(post), **list_headers(unsubscribe)},
    )
    message.attach_alternative(render_to_string("forums/email/post.html", context), "text/html")
    return message


# Sending ---------------------------------------------------------------------------------
def deliver(notification_id):
    """Send one notification's email. Never raises: failures are recorded on the row.
    Returns True if it was sent now."""
    notification = (
        Notification.objects.select_related(
            "user", "post__author", "post__thread__community", "post__reply_to"
        )
        .filter(pk=notification_id, email_mode=EmailMode.NOW, emailed_at__isnull=True)
        .first()
    )
    if notification is None:  # sent already, or no longer wanted
        return False
    post, user = notification.post, notification.user
    # Checked again at sending time: the post may have been hidden, or the member may
    # have lost access to a private community, since the notification was made.
    if (
        not user.email
        or not user.is_active
        or not post.is_public
        or not permissions.can_view_community(user, post.thread.community)
    ):
        Notification.objects.filter(pk=notification.pk).update(email_mode=EmailMode.NONE)
        return False
    try:
        post_message(notification).send()
    except Exception as error:  # noqa: BLE001 - any mail failure is recorded and retried
        record_failure(notification, error)
        return False
    Notification.objects.filter(pk=notification.pk).update(
        emailed_at=timezone.now(), email_error=""
    )
    return True


@task()
def send_notification_email(notification_id):
    """Send one notification email in the background; a failure is recorded on the
    notification for retry."""
    return deliver(notification_id)


def record_failure(notification, error):
    attempts = notification.email_attempts + 1
    next_attempt = timezone.now() + retry_delay(attempts)
    Notification.objects.filter(pk=notification.pk).update(
        email_attempts=attempts,
        email_next_attempt_at=next_attempt,
        email_error=f"{type(error).__name__}: {error}"[:ERROR_MAX_LENGTH],
    )
    logger.warning(
        "Notification email %s failed (attempt %s): %s", notification.pk, attempts, error
    )
    if attempts < settings.FORUMS_EMAIL_MAX_ATTEMPTS:
        schedule_retry(notification.pk, next_attempt)


def schedule_retry(notification_id, when):
    if not send_notification_email.get_backend().supports_defer:
        return  # the send_notification_emails command picks it up
    background.enqueue(send_notification_email, notification_id, run_after=when)


def queue(notification_ids):
    """Hand the emails to the task backend, never inside the request (``background``);
    anything it refuses waits for the command."""
    for notification_id in notification_ids:
        background.enqueue(send_notification_email, notification_id)


def send_due(progress=None):
    """Send every immediate email whose (next) attempt is due. Returns (sent, failed)."""
    due = list(Notification.objects.email_due().order_by("pk").values_list("pk", flat=True))
    return deliver_each(due, deliver, progress)


# Digests ---------------------------------------------------------------------------------
def digest_message(user, notifications, period):
    unsubscribe = unsubscribe_url(user, "digest")
    items = [
        {
            "notification": n,
            "post": n.post,
            "thread": n.post.thread,
            "url": site_url(n.post.get_absolute_url()),
        }
        for n in notifications
    ]
    context = {
        "user": user,
        "period": period,
        "items": items,
        "settings_url": site_url(reverse("forums_preferences")),
        "notifications_url": site_url(reverse("forums_notifications")),
        "unsubscribe_url": unsubscribe,
    }
    count = len(items)
    message = EmailMultiAlternatives(
        subject=f"Your {period} SameSide digest: {count} new post{'s' if count != 1 else ''}",
        body=render_to_string("forums/email/digest.txt", context),
        to=[user.email],
        headers=list_headers(unsubscribe),
    )
    message.attach_alternative(render_to_string("forums/email/digest.html", context), "text/html")
    return message


def send_digests(period, progress=None, limit_per_member=50):
    """Send the ``period`` ("daily" or "weekly") digest to every member who chose it and
    has something new. A member whose digest fails keeps their items for the next run.
    Returns (sent, failed)."""
    members = MemberPreferences.objects.filter(digest=period).select_related("user")
    sent = failed = 0
    members = list(members)
    for done, prefs in enumerate(members, start=1):
        pending = list(
            Notification.objects.filter(
                user=prefs.user, email_mode=EmailMode.DIGEST, emailed_at__isnull=True
            )
            .select_related("post__author", "post__thread__community")
            .order_by("created_at", "pk")
        )
        visible = [n for n in pending if n.post.is_public][:limit_per_member]
        if visible and prefs.user.email and prefs.user.is_active:
            try:
                digest_message(prefs.user, visible, period).send()
            except Exception as error:  # noqa: BLE001 - kept for the next run
                failed += 1
                logger.warning("Digest for member %s failed: %s", prefs.user_id, error)
                continue
            sent += 1
        now = timezone.now()
        Notification.objects.filter(pk__in=[n.pk for n in pending]).update(emailed_at=now)
        MemberPreferences.objects.filter(pk=prefs.pk).update(last_digest_at=now)
        if progress:
            progress(done, len(members))
    return sent, failed


def apply_unsubscribe(user, scope):
    """Turn off what ``scope`` names for ``user``. Returns a sentence saying what changed."""
    kind, _, ident = scope.partition(":")
    if kind == "thread" and ident.isdigit():
        thread = Thread.objects.filter(pk=ident).select_related("community").first()
        if thread is not None:
            watching.set_level(user, WatchLevel.NORMAL, thread=thread)
            return f"You will no longer get an email for each post in “{thread.title}”."
    elif kind == "community" and ident.isdigit():
        community = CommunityPage.objects.filter(pk=ident).first()
        if community is not None:
            watching.set_level(user, WatchLevel.NORMAL, community=community)
            return f"You will no longer get an email for each post in {community.title}."
    elif kind in ("mentions", "digest"):
        prefs = MemberPreferences.for_user(user)
        if kind == "mentions":
            prefs.email_mentions = False
            sentence = "You will no longer get emails when someone mentions or replies to you."
        else:
            prefs.digest = Digest.NONE
            sentence = "You will no longer get the digest."
        prefs.save()
        return sentence
    return None
