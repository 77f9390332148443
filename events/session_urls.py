"""A community's own sessions, below ``/communities/<community_slug>/sessions/``
(included before the forums' URLs in ``network/urls.py``, namespace ``events_sessions``)."""

from django.urls import path

from .views import sessions

app_name = "events_sessions"

urlpatterns = [
    path("new/", sessions.new, name="new"),
    path("<slug:slug>/edit/", sessions.edit, name="edit"),
    path("<slug:slug>/cancel/", sessions.cancel, name="cancel"),
]
