"""Elasticsearch writes: recorded in the request, pushed by a task, confirmed, then cleared.

The database entries are the truth and change in the request's transaction. What
Elasticsearch must learn is recorded in ``PendingPush`` in that same transaction
(``mark``); after the commit the task ``push_pending`` sends the entries' current state
(index if the entry exists, delete if not), waits until Elasticsearch shows it
(``refresh="wait_for"``), and only then deletes the rows it pushed.

Rows marked ``withdrawn`` are tombstones: until their push is confirmed the Elasticsearch
engine excludes those ids from every query. So a withdrawal is immediate on both engines
even with the worker stopped or Elasticsearch down, while additions wait for the push.

When the circuit breaker is open or a push fails, the rows stay: the next push (any
change's task, a retry scheduled after the cool-down when the task backend can defer, or
``manage.py search_index catch-up``) sends them.
"""

import contextlib
import datetime
import logging
import threading

from django.core.cache import cache
from django.db import transaction
from django.db.models import Min
from django.utils import timezone
from django_tasks import default_task_backend, task

from .engines import elasticsearch_engine
from .engines.breaker import elasticsearch_breaker
from .models import PendingPush, SearchEntry

logger = logging.getLogger("search")

PUSH_BATCH = 200
RETRY_KEY = "search:backlog:retry-scheduled"
_state = threading.local()


def mark(entry_ids, withdrawn=False):
    """Record that these entries must be pushed (in the caller's transaction)."""
    entry_ids = sorted(set(entry_ids))
    if not entry_ids or elasticsearch_engine() is None:
        return
    now = timezone.now()
    rows = [PendingPush(entry_id=pk, withdrawn=withdrawn, queued_at=now) for pk in entry_ids]
    # A row already withdrawn stays withdrawn until its push is confirmed.
    update_fields = ["queued_at", "withdrawn"] if withdrawn else ["queued_at"]
    PendingPush.objects.bulk_create(
        rows, update_conflicts=True, unique_fields=["entry_id"], update_fields=update_fields
    )
    if not getattr(_state, "paused", False):
        transaction.on_commit(enqueue_push)


@contextlib.contextmanager
def paused():
    """Record pushes without enqueuing a task for each (for a rebuild, which pushes all)."""
    _state.paused = True
    try:
        yield
    finally:
        _state.paused = False


def enqueue_push():
    try:
        push_pending.enqueue()
    except Exception as error:  # noqa: BLE001 - the rows are kept; catch-up will push them
        logger.warning("Could not queue the Elasticsearch push: %s", error)


def clear(before):
    """Forget rows queued before ``before`` (a rebuild has pushed everything since)."""
    PendingPush.objects.filter(queued_at__lte=before).delete()


def after_rebuild(engine, started):
    """After ``engine`` was rebuilt from the entries (a rebuild begun at ``started``):
    its new index holds every change until then, so forget those rows; record the
    changes made while it filled and the documents it holds without an entry."""
    if not engine.uses_backlog:
        return
    clear(before=started)
    # Changes made while the index was filling may have gone to the old index.
    mark(SearchEntry.objects.filter(updated_at__gte=started).values_list("pk", flat=True))
    gone = engine.indexed_ids() - set(SearchEntry.objects.values_list("pk", flat=True))
    mark(gone, withdrawn=True)


def status():
    pending = PendingPush.objects.aggregate(oldest=Min("queued_at"))
    return {
        "pending": PendingPush.objects.count(),
        "withdrawn": PendingPush.objects.filter(withdrawn=True).count(),
        "oldest": pending["oldest"].isoformat(timespec="seconds") if pending["oldest"] else None,
    }


def push(batch=PUSH_BATCH):
    """Push every pending row. Returns the number pushed, or None if Elasticsearch could
    not be written (the rows are kept)."""
    engine = elasticsearch_engine()
    if engine is None:
        return 0
    breaker = elasticsearch_breaker()
    done = 0
    while True:
        if not breaker.allow():
            schedule_retry(breaker.cooldown)
            return None
        started = timezone.now()
        ids = list(
            PendingPush.objects.order_by("queued_at", "entry_id").values_list(
                "entry_id", flat=True
            )[:batch]
        )
        if not ids:
            breaker.record_success()
            return done
        entries = list(SearchEntry.objects.filter(pk__in=ids).prefetch_related("topics", "states"))
        present = {entry.pk for entry in entries}
        try:
            engine.index_entries(entries, refresh="wait_for")
            engine.delete_entries([pk for pk in ids if pk not in present], refresh="wait_for")
        except Exception as error:  # noqa: BLE001 - kept for the next push
            breaker.record_failure()
            logger.warning("Could not push %s entries to Elasticsearch: %s", len(ids), error)
            schedule_retry(breaker.cooldown)
            return None
        breaker.record_success()
        # Rows marked again since ``started`` carry a newer change: they stay.
        PendingPush.objects.filter(entry_id__in=ids, queued_at__lte=started).delete()
        done += len(ids)


def schedule_retry(delay):
    """Queue one push for after the cool-down, when the task backend can defer tasks."""
    if not default_task_backend.supports_defer:
        return  # the next change's push, or manage.py search_index catch-up, sends them
    try:
        if cache.add(RETRY_KEY, True, timeout=delay):
            run_after = timezone.now() + datetime.timedelta(seconds=delay)
            push_pending.using(run_after=run_after).enqueue()
    except Exception as error:  # noqa: BLE001
        logger.warning("Could not schedule an Elasticsearch catch-up: %s", error)


@task()
def push_pending():
    push()
