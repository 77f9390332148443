"""A community's own sessions, below ``/communities/<community_slug>/sessions/``
(included before the forums' URLs in ``network/urls.py``, namespace ``events_sessions``)."""

app_name = "events_sessions"

urlpatterns = []
