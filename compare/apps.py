"""Comparing clauses across districts, and members' saved comparisons (issue 15)."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CompareConfig(AppConfig):
    name = "compare"
    label = "compare"
    verbose_name = "Compare clauses"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here: the receivers use models, which load once the registry is ready.
        from . import signals

        signals.connect(self)
        post_migrate.connect(signals.fill_empty_index, sender=self, dispatch_uid="compare.fill")
