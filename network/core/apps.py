from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "network.core"
    label = "core"
    verbose_name = "Site plumbing"
