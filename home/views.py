import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader

# Seconds a client should wait before trying again while the database is unavailable.
RETRY_AFTER_SECONDS = 30
# SQLite reports some programming errors as OperationalError: those stay 500s.
SQLITE_PROGRAMMING_ERRORS = ("syntax error", "no such ")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """The static error page (no context: the database may be what failed). A database
    that cannot be reached is a temporary outage, so it answers 503 with Retry-After."""
    error = sys.exc_info()[1]  # Django calls this view while handling the exception
    if database_unavailable(error):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponse(loader.get_template("500.html").render(), status=500)


def database_unavailable(error):
    """A connection-level failure (down, refusing, gone away, locked), not a bad query."""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    message = str(error).lower()
    return not any(marker in message for marker in SQLITE_PROGRAMMING_ERRORS)
