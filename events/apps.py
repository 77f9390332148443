from django.apps import AppConfig
from wagtail.signals import page_published


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Events"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # These modules use the models, loaded only once apps are ready. reminders
        # connects the cancellation notice (page_published); search registers the source.
        from . import (
            registration,
            reminders,  # noqa: F401
            search,
        )
        from .models import EventPage

        search.register()
        # Staff raising the capacity give the new places to the waiting list.
        page_published.connect(
            registration.on_event_published,
            sender=EventPage,
            dispatch_uid="events_fill_from_waitlist",
        )
