"""What the network learns: a public summary and a staff page, aggregates only."""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from .. import permissions, summaries
from ..choices import PartnershipQuestion


def context(summary, **extra):
    return {
        "summary": summary,
        "questions": PartnershipQuestion,
        "denver_source": summaries.DENVER_SOURCE,
        **extra,
    }


def network_summary(request):
    """Public: shown once ``MIN_ANSWERS`` teams have answered."""
    summary = summaries.network_summary()
    return render(request, "teams/network/summary.html", context(summary))


def network_staff(request):
    """Staff only: the same figures before the threshold too, and the team counts."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not permissions.is_staff(request.user):
        raise PermissionDenied
    summary = summaries.network_summary(always=True)
    counts = summaries.staff_counts()
    return render(request, "teams/network/staff.html", context(summary, counts=counts))
