"""The task worker survives the database going away (``manage.py run_worker``)."""

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from network.core.worker import ResilientWorker
from tests.network.core.tasks_for_tests import database_went_away, echo

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
ROOT = Path(__file__).resolve().parents[3]


def make_worker(**options):
    defaults = dict(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    return ResilientWorker(**{**defaults, **options})


@override_settings(TASKS=DATABASE_TASKS, TASK_WORKER_MAX_BACKOFF=5)
def test_a_task_cut_short_by_an_outage_is_queued_again(transactional_db):
    result = database_went_away.enqueue()
    make_worker(max_tasks=1).run()
    row = DBTaskResult.objects.get(pk=result.id)
    # Not marked failed for good: back in the queue, a little later.
    assert row.status == "READY"
    assert row.run_after > row.enqueued_at


@override_settings(TASKS=DATABASE_TASKS)
def test_a_task_that_really_fails_stays_failed(transactional_db):
    result = echo.enqueue(object.__name__)  # succeeds
    make_worker().run()
    assert DBTaskResult.objects.get(pk=result.id).status == "SUCCESSFUL"


class SwitchableProxy:
    """A TCP proxy in front of PostgreSQL that can cut every connection and refuse new
    ones for a while: a real network outage as the worker sees it."""

    def __init__(self, target_port):
        self.target = ("127.0.0.1", target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.up = True
        self.sockets = []
        self.lock = threading.Lock()
        threading.Thread(target=self.accept_loop, daemon=True).start()

    def accept_loop(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up:
                client.close()
                continue
            upstream = socket.create_connection(self.target)
            with self.lock:
                self.sockets += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self.pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def pipe(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                try:
                    end.close()
                except OSError:
                    pass

    def cut(self):
        self.up = False
        with self.lock:
            for sock in self.sockets:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()
            self.sockets = []

    def restore(self):
        self.up = True

    def close(self):
        self.cut()
        self.listener.close()


def wait_for(condition, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="a database outage needs a database server (run with DATABASE_URL=postgres://...)",
)
@override_settings(TASKS=DATABASE_TASKS)
def test_the_worker_survives_a_half_second_database_outage(transactional_db):
    settings_dict = connection.settings_dict
    proxy = SwitchableProxy(int(settings_dict["PORT"] or 5432))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "network.settings.dev",
        "TASK_BACKEND": "database",
        "TASK_WORKER_MAX_BACKOFF": "1",
        "DATABASE_URL": f"postgres://{settings_dict['USER']}@127.0.0.1:{proxy.port}/"
        f"{settings_dict['NAME']}",
    }
    worker = subprocess.Popen(  # noqa: S603 - a fixed command
        [
            sys.executable,
            "manage.py",
            "run_worker",
            "--interval",
            "0.1",
            "--no-reload",
            "--no-startup-delay",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        first = echo.enqueue("before")
        assert wait_for(lambda: DBTaskResult.objects.get(pk=first.id).status == "SUCCESSFUL", 30)

        proxy.cut()
        queued = [echo.enqueue(f"during {n}") for n in range(24)]
        time.sleep(0.5)
        proxy.restore()

        done = wait_for(
            lambda: (
                DBTaskResult.objects.filter(
                    pk__in=[r.id for r in queued], status="SUCCESSFUL"
                ).count()
                == len(queued)
            ),
            30,
        )
        assert worker.poll() is None, "the worker exited"
        assert done, "queued tasks were not run after the outage"
    finally:
        worker.terminate()
        output = worker.communicate(timeout=15)[0]
        proxy.close()
    assert "Database unavailable" in output
