"""/healthz/ and /search/health/: every dependency reported, 503 when one is down."""

import subprocess
import sys
from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from network.core import health
from tests.network.core.tasks_for_tests import echo

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_healthz_reports_each_dependency(client, db):
    response = client.get("/healthz/")
    assert response.status_code == 200
    body = response.json()
    assert body["ok"] is True
    assert {"database", "cache", "tasks"} <= set(body["checks"])
    assert body["checks"]["database"]["ok"] is True
    assert response["Cache-Control"] == "no-store"


@override_settings(TASKS=DATABASE_TASKS, HEALTH_MAX_TASK_AGE=300)
def test_a_stalled_task_queue_is_a_503(client, db):
    echo.enqueue("fresh")
    assert client.get("/healthz/").status_code == 200  # a task that just arrived is fine

    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(minutes=10))
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response["Retry-After"]
    tasks = response.json()["checks"]["tasks"]
    assert tasks["ok"] is False
    assert tasks["queued"] == 1
    assert tasks["oldest_age_seconds"] >= 600


@override_settings(TASKS=DATABASE_TASKS, HEALTH_MAX_TASK_AGE=300)
def test_a_task_deferred_to_later_is_not_late(client, db):
    echo.using(run_after=timezone.now() + timedelta(hours=1)).enqueue("later")
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(hours=2))
    assert client.get("/healthz/").status_code == 200  # not due yet, so not waiting


def test_a_failing_check_is_reported_not_raised(client, db):
    def broken():
        raise ConnectionRefusedError("nothing listens there")

    health.register("broken-for-test", broken)
    try:
        response = client.get("/healthz/")
    finally:
        health._checks.pop("broken-for-test")
    assert response.status_code == 503
    assert "ConnectionRefusedError" in response.json()["checks"]["broken-for-test"]["error"]


# With the database unreachable -------------------------------------------------------------
UNREACHABLE = {
    # Nothing listens on port 9 (discard) here: the connection is refused at once.
    "postgresql": "postgres://postgres@127.0.0.1:9/sameside",
    # A file in a folder that does not exist cannot be opened.
    "sqlite": "sqlite:////nonexistent-folder/sameside.sqlite3",
}

REQUESTS = """
import django, json
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
out = {}
for path in ("/", "/case-studies/", "/search/?q=peer", "/healthz/"):
    response = client.get(path)
    body = response.content.decode()[:4000]
    out[path] = [response.status_code, response.get("Retry-After"), body]
print(json.dumps(out))
"""


@pytest.mark.parametrize("vendor", ["postgresql", "sqlite"])
def test_database_down_gives_503_with_retry_after(vendor):
    import json
    import os

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "network.settings.test",
        "DATABASE_URL": UNREACHABLE[vendor],
    }
    completed = subprocess.run(  # noqa: S603 - a fixed command
        [sys.executable, "-c", REQUESTS],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    results = json.loads(completed.stdout.strip().splitlines()[-1])
    for path, (status, retry_after, body) in results.items():
        assert status == 503, (path, status, body[:300])
        assert retry_after == "30", path
    page = results["/"][2]
    assert "briefly unavailable" in page
    assert "Traceback" not in page
    checks = json.loads(results["/healthz/"][2])["checks"]
    assert checks["database"]["ok"] is False


def test_search_health_carries_the_whole_report(client, db):
    body = client.get("/search/health/").json()
    assert body["engine"] == "database"
    assert {"database", "cache", "tasks", "search"} <= set(body["checks"])


def test_checks_come_from_every_app_config_that_offers_them(client, db, monkeypatch):
    """The kernel imports no app: it asks each AppConfig for ``health_checks()``."""
    from django.apps import apps

    config = apps.get_app_config("casestudies")
    monkeypatch.setattr(
        config, "health_checks", lambda: {"offered-for-test": lambda: {"ok": False}}, raising=False
    )
    body = client.get("/healthz/").json()
    assert body["checks"]["offered-for-test"] == {"ok": False}
    assert body["checks"]["search"]["ok"] is True  # search's, offered by SearchConfig
    monkeypatch.undo()
    assert "offered-for-test" not in client.get("/healthz/").json()["checks"]
