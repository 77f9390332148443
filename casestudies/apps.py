from django.apps import AppConfig


class CasestudiesConfig(AppConfig):
    name = "casestudies"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import search  # its source uses the models, loaded only once apps are ready

        search.register()
