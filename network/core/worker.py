"""A task worker that survives the database going away.

django-tasks-db's worker exits on the first ``OperationalError`` that is not a locked
SQLite file, and leaves the task it was running marked as running for ever. This one
waits, reconnects and carries on, backing off from half a second to
``TASK_WORKER_MAX_BACKOFF`` seconds; a task cut short by the outage (still marked as
running by this worker, or failed with a database error) is put back in the queue.

Tasks are written to be run again safely: an email claims its outbox row before sending,
and an index sync recomputes the entry from the current state.
"""

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.db import (
    DatabaseError,
    InterfaceError,
    OperationalError,
    close_old_connections,
    connections,
)
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger("network.core.worker")

OUTAGE_ERRORS = (OperationalError, InterfaceError)
# The exception class paths a task records when the database failed under it.
OUTAGE_ERROR_PATHS = {
    f"{error.__module__}.{error.__qualname__}" for error in (*OUTAGE_ERRORS, DatabaseError)
} | {"psycopg.OperationalError", "psycopg.errors.AdminShutdown", "sqlite3.OperationalError"}


def backoff_delays(first=0.5):
    """0.5, 1, 2, 4... seconds, capped at ``TASK_WORKER_MAX_BACKOFF``."""
    delay = first
    while True:
        yield delay
        delay = min(delay * 2, settings.TASK_WORKER_MAX_BACKOFF)


def drop_connections():
    """Close every connection so the next query opens a fresh one."""
    for connection in connections.all(initialized_only=True):
        try:
            connection.close()
        except Exception:  # noqa: BLE001, S110 - the connection is already broken
            pass


class ResilientWorker(Worker):
    """``db_worker``'s loop, restarted after a database outage instead of exiting."""

    def __init__(self, *args, sleep=time.sleep, **kwargs):
        super().__init__(*args, **kwargs)
        self.sleep = sleep
        self.outages = 0

    def run(self):
        delays = None
        while self.running:
            try:
                result = super().run()
            except OUTAGE_ERRORS as error:
                self.outages += 1
                delays = delays or backoff_delays()
                delay = next(delays)
                logger.warning(
                    "Database unavailable (%s: %s); retrying in %.1f s.",
                    type(error).__name__,
                    str(error).strip().splitlines()[0] if str(error).strip() else "",
                    delay,
                )
                drop_connections()
                self.sleep(delay)
                if self.requeue_interrupted():
                    delays = None  # the database answers again
                continue
            return result

    def requeue_interrupted(self):
        """Put back the tasks this worker was running when the database went away.
        Returns False while the database is still unreachable."""
        try:
            close_old_connections()
            count = 0
            # worker_ids is a JSON list; SQLite cannot filter inside it, so check here.
            for task_result in DBTaskResult.objects.filter(status="RUNNING"):
                if self.worker_id in task_result.worker_ids:
                    task_result.status = "READY"
                    task_result.save(update_fields=["status"])
                    count += 1
            if count:
                logger.warning("Requeued %d task(s) cut short by the outage.", count)
            return True
        except OUTAGE_ERRORS:
            drop_connections()
            return False

    def run_task(self, db_task_result):
        super().run_task(db_task_result)
        # A task whose own queries failed because the database went away is not a
        # failure of the task: queue it again, a little later.
        if (
            db_task_result.status == "FAILED"
            and db_task_result.exception_class_path in OUTAGE_ERROR_PATHS
        ):
            db_task_result.status = "READY"
            db_task_result.run_after = timezone.now() + timedelta(
                seconds=settings.TASK_WORKER_MAX_BACKOFF
            )
            db_task_result.save(update_fields=["status", "run_after"])
            logger.warning(
                "Task %s hit a database outage; it runs again after %s.",
                db_task_result.id,
                db_task_result.run_after.isoformat(),
            )
