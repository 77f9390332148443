"""Search alerts: run each due saved search as its owner may see it, write the alert
down, then hand its email to the outbox.

For each due saved search, in one transaction: claim the run (a conditional UPDATE of
``last_checked_at``, so two runs never report the same search twice), search, keep the
hits not seen before, and, when there are any, write the ``Alert`` with its items, mark
them seen and queue the email (``network.core.outbox.queue``). The outbox sends it after
the commit and retries while the mail server is down or hangs: nothing is lost, and a
failed send never makes the next run report the same items again. A search with nothing
new sends nothing.

Due: daily searches once a day (20 hours after the last check, so a late cron still
runs); weekly ones on the weekday they were saved, or whenever more than eight days went
by without a check.

Threading: each alert has its own Message-ID (``<search-alert-ID@domain>``) and refers
to its saved search (``<saved-search-ID@domain>``, In-Reply-To and References), so a
mail client shows one search's alerts as one thread. Each email carries a signed
one-click unsubscribe link with ``List-Unsubscribe`` and ``List-Unsubscribe-Post``
(RFC 8058).
"""

import logging
from datetime import timedelta

from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from forums.emails import email_domain
from network.core import outbox
from network.core.links import site_url
from network.core.models import EmailStatus, OutgoingEmail

from .models import Alert, AlertItem, Frequency, SavedSearch, SeenResult
from .searching import current_hits, query_of

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "alerts.unsubscribe"
MAX_ITEMS = 25  # per email; the rest are counted and a link opens the search
DAILY_GAP = timedelta(hours=20)
WEEKLY_GAP = timedelta(days=6)
WEEKLY_CATCH_UP = timedelta(days=8)


# Which searches are due ------------------------------------------------------------------
def is_due(saved_search, now):
    last = saved_search.last_checked_at or saved_search.created_at
    if saved_search.frequency == Frequency.DAILY:
        return now - last >= DAILY_GAP
    on_its_day = timezone.localtime(now).weekday() == (
        timezone.localtime(saved_search.created_at).weekday()
    )
    return (on_its_day and now - last >= WEEKLY_GAP) or now - last >= WEEKLY_CATCH_UP


def due_searches(now):
    candidates = SavedSearch.objects.filter(subscribed=True, owner__is_active=True).exclude(
        Q(owner__email="") | Q(owner__email__isnull=True)
    )
    return [s for s in candidates.select_related("owner").order_by("pk") if is_due(s, now)]


# Seen results ----------------------------------------------------------------------------
def mark_seen(saved_search, urls, now=None):
    now = now or timezone.now()
    SeenResult.objects.bulk_create(
        [SeenResult(saved_search=saved_search, url=url, seen_at=now) for url in set(urls)],
        ignore_conflicts=True,
    )


def baseline(saved_search):
    """What the search finds when it is saved is not news: only later matches are sent."""
    mark_seen(saved_search, [hit.url for hit in current_hits(query_of(saved_search))])


# Addresses and headers -------------------------------------------------------------------
def unsubscribe_token(saved_search):
    return signing.dumps(
        {"s": saved_search.pk, "u": saved_search.owner_id}, salt=UNSUBSCRIBE_SALT, compress=True
    )


def read_unsubscribe_token(token):
    """The saved search the token names, or None when the token was not made here or
    names a search that is gone or changed hands."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not all(isinstance(data.get(k), int) for k in "su"):
        return None
    return (
        SavedSearch.objects.filter(pk=data["s"], owner_id=data["u"], owner__is_active=True)
        .select_related("owner")
        .first()
    )


def unsubscribe_url(saved_search):
    return site_url(reverse("alerts:unsubscribe", args=[unsubscribe_token(saved_search)]))


def thread_id(saved_search):
    return f"<saved-search-{saved_search.pk}@{email_domain()}>"


def headers_for(alert, unsubscribe):
    root = thread_id(alert.saved_search)
    return {
        "Message-ID": f"<search-alert-{alert.pk}@{email_domain()}>",
        "In-Reply-To": root,
        "References": root,
        "List-Id": f"SameSide saved searches <saved-searches.{email_domain()}>",
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def absolute(url):
    return site_url(url) if url.startswith("/") else url


# The email -------------------------------------------------------------------------------
def alert_message(alert, items, more):
    saved_search = alert.saved_search
    unsubscribe = unsubscribe_url(saved_search)
    count = len(items) + more
    query_string = saved_search.query_string
    context = {
        "saved_search": saved_search,
        "alert": alert,
        "items": [{"item": item, "url": absolute(item.url)} for item in items],
        "more": more,
        "count": count,
        "search_url": site_url(reverse("search") + (f"?{query_string}" if query_string else "")),
        "manage_url": site_url(reverse("alerts:list")),
        "unsubscribe_url": unsubscribe,
    }
    name = " ".join(saved_search.name.split())  # a header is one line
    message = EmailMultiAlternatives(
        subject=f"{count} new for your saved search “{name}”",
        body=render_to_string("alerts/email/alert.txt", context),
        to=[saved_search.owner.email],
        headers=headers_for(alert, unsubscribe),
    )
    message.attach_alternative(render_to_string("alerts/email/alert.html", context), "text/html")
    return message


# Running ---------------------------------------------------------------------------------
def run_one(saved_search, now):
    """Check one saved search; returns its Alert, or None when there was nothing new
    (or another run claimed it first)."""
    with transaction.atomic():
        claimed = SavedSearch.objects.filter(
            pk=saved_search.pk, last_checked_at=saved_search.last_checked_at, subscribed=True
        ).update(last_checked_at=now)
        if not claimed:
            return None
        hits = current_hits(query_of(saved_search))
        seen = set(
            SeenResult.objects.filter(
                saved_search=saved_search, url__in=[hit.url for hit in hits]
            ).values_list("url", flat=True)
        )
        new = []
        for hit in hits:
            if hit.url not in seen and hit.url not in {h.url for h in new}:
                new.append(hit)
        if not new:
            return None
        alert = Alert.objects.create(
            saved_search=saved_search, created_at=now, frequency=saved_search.frequency
        )
        items = AlertItem.objects.bulk_create(
            AlertItem(
                alert=alert,
                position=position,
                url=hit.url[:500],
                title=hit.title[:255],
                kind_label=str(hit.kind_label)[:60],
                published_at=hit.published_at[:10],
            )
            for position, hit in enumerate(new[:MAX_ITEMS])
        )
        mark_seen(saved_search, [hit.url for hit in new], now)
        alert.email = outbox.queue(
            alert_message(alert, items, len(new) - len(items)),
            purpose="search alert",
            user=saved_search.owner,
        )
        alert.save(update_fields=["email"])
        return alert


def withdraw_from_waiting_alerts():
    """An alert still waiting in the outbox (the mail server was down) is checked again:
    whatever is no longer found (made private, unpublished, deleted) is taken out and the
    email written again, or the alert dropped when nothing is left. Returns how many
    alerts changed. The outbox may still send an alert between two runs: what it holds
    was public when it was found."""
    changed = 0
    waiting = Alert.objects.filter(email__status=EmailStatus.QUEUED).select_related(
        "saved_search__owner"
    )
    for alert in waiting:
        visible = {hit.url for hit in current_hits(query_of(alert.saved_search))}
        items = list(alert.items.all())
        kept = [item for item in items if item.url in visible]
        if len(kept) == len(items):
            continue
        with transaction.atomic():
            # Only while no worker has claimed it: the claim and this delete exclude
            # each other on the status.
            queued = OutgoingEmail.objects.filter(pk=alert.email_id, status=EmailStatus.QUEUED)
            if not queued.delete()[0]:
                continue
            if not kept:
                alert.delete()
            else:
                alert.items.exclude(pk__in=[item.pk for item in kept]).delete()
                alert.email = outbox.queue(
                    alert_message(alert, kept, 0),
                    purpose="search alert",
                    user=alert.saved_search.owner,
                )
                alert.save(update_fields=["email"])
        changed += 1
    return changed


def run(now=None, progress=None):
    """Check every due saved search. Returns (alerts queued, searches with nothing new,
    searches that failed and will be checked on the next run)."""
    now = now or timezone.now()
    try:
        withdraw_from_waiting_alerts()
    except Exception as error:  # noqa: BLE001 - the alerts still run; checked again next run
        logger.warning("Checking the waiting search alerts failed: %s", error)
    searches = due_searches(now)
    queued = quiet = failed = 0
    for done, saved_search in enumerate(searches, start=1):
        try:
            alert = run_one(saved_search, now)
        except Exception as error:  # noqa: BLE001 - the next run tries this search again
            failed += 1
            logger.warning("Search alert for saved search %s failed: %s", saved_search.pk, error)
        else:
            if alert is None:
                quiet += 1
            else:
                queued += 1
        if progress:
            progress(done, len(searches))
    return queued, quiet, failed


def unsubscribe(saved_search):
    SavedSearch.objects.filter(pk=saved_search.pk).update(
        subscribed=False, unsubscribed_at=timezone.now()
    )
