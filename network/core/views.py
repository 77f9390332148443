"""``/healthz/``: every registered dependency, 200 when all answer, 503 when one does not."""

from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from . import health


def health_response(report):
    status = 200 if report["ok"] else 503
    response = JsonResponse(report, status=status)
    if status == 503:
        response["Retry-After"] = "30"
    return response


@require_GET
@never_cache
def healthz(request):
    return health_response(health.report())
