"""Health checks: each app registers the dependencies it needs, and ``/healthz/`` and
``/search/health/`` report them all. The kernel imports no app, so apps register here
(in their ``AppConfig.ready()``) rather than the kernel reaching into them."""

import time
import uuid
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone
from django_tasks import task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult, get_date_max

RETRY_AFTER_SECONDS = 30

# name -> check(); a check returns a dict with at least {"ok": bool} and never raises.
_checks: dict[str, Callable[[], dict]] = {}


def register(name, check):
    _checks[name] = check
    return check


def json_response(report, **extra):
    """The report as JSON: 200 when every check passes, else 503 with Retry-After."""
    response = JsonResponse({**extra, **report}, status=200 if report["ok"] else 503)
    if not report["ok"]:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def report():
    """{"ok": all ok, "checks": {name: result}}; a check that raises counts as down."""
    results = {}
    for name, check in _checks.items():
        try:
            results[name] = check()
        except Exception as error:  # noqa: BLE001 - a broken check is a failed dependency
            results[name] = {"ok": False, "error": f"{type(error).__name__}: {error}"}
    return {"ok": all(result.get("ok") for result in results.values()), "checks": results}


# The kernel's own dependencies -----------------------------------------------------------
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
