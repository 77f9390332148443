from django.apps import AppConfig
from wagtail.signals import page_published


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Events"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # These modules use the models, loaded only once apps are ready.
        from . import (
            registration,
            reminders,  # noqa: F401 - connects the cancellation notice (page_published)
        )
        from .models import EventPage

        # Staff raising the capacity give the new places to the waiting list.
        page_published.connect(
            registration.on_event_published,
            sender=EventPage,
            dispatch_uid="events_fill_from_waitlist",
        )
