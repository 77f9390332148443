"""Health checks: each app declares the dependencies it needs, and ``/healthz/`` and
``/search/health/`` report them all. The kernel imports no app, so the apps come to it:
an ``AppConfig`` that defines ``health_checks()`` (returning {name: check}) is asked for
its checks, and code may also ``register(name, check)``."""

from collections.abc import Callable

from django.apps import apps
from django.http import JsonResponse

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


def checks():
    """{name: check}: those registered, then those of every app's ``health_checks()``."""
    found = dict(_checks)
    for config in apps.get_app_configs():
        if hasattr(config, "health_checks"):
            found.update(config.health_checks())
    return found


def report():
    """{"ok": all ok, "checks": {name: result}}; a check that raises counts as down."""
    results = {}
    for name, check in checks().items():
        try:
            results[name] = check()
        except Exception as error:  # noqa: BLE001 - a broken check is a failed dependency
            results[name] = {"ok": False, "error": f"{type(error).__name__}: {error}"}
    return {"ok": all(result.get("ok") for result in results.values()), "checks": results}
