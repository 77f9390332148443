from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    label = "search"
    verbose_name = "Search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: they use models, which load only once the app registry is ready.
        # signals and vocabulary connect their receivers.
        from . import indexing, signals, vocabulary  # noqa: F401
        from .sources import registry

        registry.connect_delete_signals(indexing.remove)

    def health_checks(self):
        """Collected by the site's health report (``/healthz/``, ``/search/health/``)."""
        from .health import engine_health  # uses models, so not at import of this module

        return {"search": engine_health}
