"""Event URLs below ``/events/``, one module per area, all in the ``events`` namespace.

The event pages themselves (``/events/<slug>/``) are Wagtail's; these come first in
``network/urls.py``. ``RESERVED_SLUGS`` (events/models/pages.py) keeps the fixed names
free of event slugs."""

from django.urls import include, path

app_name = "events"

urlpatterns = [
    # First: the fixed names ("feeds", "mine") would otherwise be taken for event slugs.
    path("", include("events.calendar_urls")),
    path("", include("events.member_urls")),
    path("<slug:slug>/", include("events.registration_urls")),
    path("<slug:slug>/", include("events.followup_urls")),
]
