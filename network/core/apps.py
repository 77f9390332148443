from django.apps import AppConfig
from django.core.signals import request_finished, request_started
from django.db.models.signals import post_delete, post_save
from django.urls import register_converter

from . import background
from .ids import IdConverter


class CoreConfig(AppConfig):
    name = "network.core"
    label = "core"
    verbose_name = "Site plumbing"

    def ready(self):
        # Before any URLconf is loaded: every app's patterns may use <id:...>.
        register_converter(IdConverter, "id")
        from . import health_checks  # uses models, which load only once the apps are ready

        health_checks.register_core_checks()
        from wagtail.models import PageViewRestriction, Site
        from wagtail.signals import post_page_move

        from . import per_request
        from .links import forget_site_root
        from .pagecache_purge import connect as connect_page_cache_purges

        post_save.connect(forget_site_root, sender=Site, dispatch_uid="core.site_address")
        post_delete.connect(forget_site_root, sender=Site, dispatch_uid="core.site_address")
        connect_page_cache_purges()
        request_started.connect(background.request_started, dispatch_uid="core.after_response")
        request_finished.connect(background.request_finished, dispatch_uid="core.after_response")
        request_started.connect(per_request.request_started, dispatch_uid="core.per_request")
        request_finished.connect(per_request.request_finished, dispatch_uid="core.per_request")
        # Values kept for a request are dropped when what they read changes.
        for signal in (post_save, post_delete):
            signal.connect(
                per_request.forget, sender=PageViewRestriction, dispatch_uid="core.per_request"
            )
        post_page_move.connect(per_request.forget, dispatch_uid="core.per_request")
