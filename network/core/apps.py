from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "network.core"
    label = "core"
    verbose_name = "Site plumbing"

    def ready(self):
        from . import health  # noqa: PLC0415 - health imports models, not loadable before ready()

        health.register_core_checks()
