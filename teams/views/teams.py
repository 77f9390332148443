"""Team pages. Every view looks the team up through ``permissions.visible_teams``, so a
team the visitor may not see is a 404, the same as one that does not exist."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from .. import permissions


def team_for(request, slug):
    return get_object_or_404(permissions.visible_teams(request.user), slug=slug)


@login_required
def team_list(request):
    teams = permissions.visible_teams(request.user).select_related("district")
    return render(request, "teams/team_list.html", {"teams": teams})


@login_required
def team_detail(request, slug):
    team = team_for(request, slug)
    memberships = team.memberships.select_related("user")
    return render(
        request,
        "teams/team_detail.html",
        {
            "team": team,
            "memberships": memberships,
            "one_sided": team.is_one_sided(),
            "role": permissions.role(request.user, team),
            "section": "overview",
        },
    )
