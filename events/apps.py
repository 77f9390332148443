from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Events"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # These use the models, which load only once the app registry is ready. reminders
        # connects the cancellation notice (page_published); search registers the source.
        from . import reminders, search  # noqa: F401

        search.register()
