"""Event URLs: followup (see events/urls.py)."""

from django.urls import path

from .views import followup

urlpatterns = [
    path("follow-up/<slug:team_slug>/", followup.followup_page, name="followup"),
]
