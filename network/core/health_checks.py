"""The kernel's own health checks: the database, the cache and the task queue. Loaded in
``CoreConfig.ready()`` (they use models); other apps register theirs the same way."""

import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import timezone
from django_tasks import task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult, get_date_max

from .health import register


def database_health():
    started = time.monotonic()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"ok": True, "vendor": connection.vendor, "ms": elapsed_ms(started)}


def cache_health():
    started = time.monotonic()
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "1", 10)
    ok = cache.get(key) == "1"
    cache.delete(key)
    backend = type(cache).__name__
    return {"ok": ok, "backend": backend, "ms": elapsed_ms(started)}


def tasks_health():
    """The age of the oldest task that is due: a worker that stopped shows here first."""
    backend = task_backends["default"]
    if not isinstance(backend, DatabaseBackend):
        return {"ok": True, "backend": type(backend).__name__, "queued": 0}
    due = DBTaskResult.objects.ready()
    oldest = due.order_by("enqueued_at").values_list("enqueued_at", "run_after").first()
    age = 0
    if oldest:
        enqueued_at, run_after = oldest
        # A deferred task is only late from the moment it was due.
        since = enqueued_at if run_after == get_date_max() else max(enqueued_at, run_after)
        age = max(0, int((timezone.now() - since).total_seconds()))
    limit = settings.HEALTH_MAX_TASK_AGE
    return {
        "ok": age <= limit,
        "backend": type(backend).__name__,
        "queued": due.count(),
        "oldest_age_seconds": age,
        "max_age_seconds": limit,
    }


def elapsed_ms(started):
    return round((time.monotonic() - started) * 1000, 1)


def register_core_checks():
    register("database", database_health)
    register("cache", cache_health)
    register("tasks", tasks_health)
