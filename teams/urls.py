"""Team URLs, one module per area, all in the ``teams`` namespace."""

from django.urls import include, path

app_name = "teams"

urlpatterns = [
    # First: "network/" would otherwise be taken for a team's slug.
    path("", include("teams.network_urls")),
    path("", include("teams.team_urls")),
    path("", include("teams.assessment_urls")),
    path("", include("teams.plan_urls")),
]
