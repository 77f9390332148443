from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = "Network"

    def ready(self):
        from . import signals  # noqa: F401 - receivers use the models, loaded only now
