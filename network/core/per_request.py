"""Values computed once per GET request.

Some lookups run several times while one page is built (the view restrictions behind
``public()``, the topic names of the search's facets), and their answer cannot change
between two of those calls unless the request itself changes it. ``remember(key,
compute)`` keeps the first answer until the request ends, for GET and HEAD requests
only. Elsewhere (a form post, a task, a command, the shell) nothing is kept: ``compute``
runs on every call. ``forget()`` drops what was kept (receivers call it when the models
behind a value are saved or deleted), so a change made during a request is seen by the
rest of it.
"""

from contextvars import ContextVar

# A dict while a GET or HEAD request runs; None otherwise.
_kept = ContextVar("sameside_per_request", default=None)
_SAFE_METHODS = ("GET", "HEAD")


def remember(key, compute):
    kept = _kept.get()
    if kept is None:
        return compute()
    if key not in kept:
        kept[key] = compute()
    return kept[key]


def forget(*args, **kwargs):
    """Drop every kept value (a signal receiver: any arguments)."""
    kept = _kept.get()
    if kept is not None:
        kept.clear()


def request_started(sender, environ=None, **kwargs):
    """Receiver (see apps.py)."""
    method = (environ or {}).get("REQUEST_METHOD", "")
    _kept.set({} if method in _SAFE_METHODS else None)


def request_finished(sender, **kwargs):
    _kept.set(None)
