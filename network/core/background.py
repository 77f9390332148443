"""Queueing background tasks so that no request waits on them.

With a real task backend (``TASK_BACKEND=database``) a task is a row for the worker. With
Django's immediate backend (development and tests) a task runs the moment it is queued,
which, inside a request, would make the member wait on the work: a hung mail server
held a reply for 30 seconds. ``enqueue`` therefore keeps immediate tasks queued during
a request until Django's ``request_finished`` signal, which WSGI servers send once the
response has been sent and closed, and runs them then.
"""

import logging
from contextvars import ContextVar

from django.db import close_old_connections
from django_tasks.backends.immediate import ImmediateBackend

logger = logging.getLogger(__name__)

# The tasks waiting for the current request's response to be sent; None outside a request.
_after_response: ContextVar[list | None] = ContextVar("after_response", default=None)


def enqueue(task, *args, run_after=None):
    """Queue ``task(*args)``. A backend that refuses is logged: callers queue only work
    whose state is stored (the outbox row, the notification), which a command retries."""
    try:
        backend = task.get_backend()
        if run_after is not None and backend.supports_defer:
            task = task.using(run_after=run_after)
        pending = _after_response.get()
        if pending is not None and isinstance(backend, ImmediateBackend):
            pending.append((task, args))
            return
        task.enqueue(*args)
    except Exception:  # noqa: BLE001 - the stored state lets the command retry it
        logger.exception("Could not queue %s%s", getattr(task, "name", task), args)


def request_started(**kwargs):
    _after_response.set([])


def request_finished(**kwargs):
    pending = _after_response.get()
    _after_response.set(None)
    if not pending:
        return
    for task, args in pending:
        try:
            task.enqueue(*args)
        except Exception:  # noqa: BLE001 - one failing task must not stop the others
            logger.exception("Task %s%s failed after the response", task.name, args)
    # Django closed the request's connections before this ran; close what the tasks
    # opened, as the end of a request would.
    close_old_connections()
