from django.apps import AppConfig


class ForumsConfig(AppConfig):
    name = "forums"

    def ready(self):
        from . import search  # its sources use the models, loaded only once apps are ready

        search.register()
