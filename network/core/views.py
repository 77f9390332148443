"""``/healthz/``: every registered dependency, 200 when all answer, 503 when one does not.
``check_health``: the same report with one check's details at the top level (the route
``/search/health/`` names the "search" check)."""

from django.views.decorators.http import require_GET

from . import health


@require_GET
def healthz(request):
    return health.json_response(health.report())


@require_GET
def check_health(request, name):
    report = health.report()
    return health.json_response(report, **report["checks"].get(name, {}))
