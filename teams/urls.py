"""Team URLs, one module per area, all in the ``teams`` namespace."""

from django.urls import include, path

app_name = "teams"

urlpatterns = [
    path("", include("teams.team_urls")),
    path("", include("teams.assessment_urls")),
    path("", include("teams.plan_urls")),
    path("", include("teams.network_urls")),
]
