from django.apps import AppConfig
from django.urls import register_converter

from .ids import IdConverter


class CoreConfig(AppConfig):
    name = "network.core"
    label = "core"
    verbose_name = "Site plumbing"

    def ready(self):
        # Before any URLconf is loaded: every app's patterns may use <id:...>.
        register_converter(IdConverter, "id")
