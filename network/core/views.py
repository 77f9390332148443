"""``/healthz/``: every registered dependency, 200 when all answer, 503 when one does not."""

from django.views.decorators.http import require_GET

from . import health


@require_GET
def healthz(request):
    return health.json_response(health.report())
