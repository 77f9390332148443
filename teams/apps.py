from django.apps import AppConfig


class TeamsConfig(AppConfig):
    name = "teams"
    verbose_name = "District teams"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import search  # its source uses the models, loaded only once apps are ready

        search.register()
