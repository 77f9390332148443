from django.apps import AppConfig

from network.core import health


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = "Search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: both need the app registry (models) to be ready.
        from . import signals
        from .health import engine_health

        signals.connect_forum_signals()
        health.register("search", engine_health)
