from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail.documents import get_document_model

from network.core import per_request


class ResourcesConfig(AppConfig):
    name = "resources"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # These use the models, which load only once the app registry is ready.
        from . import events, receivers, search, signals

        Document = get_document_model()
        pre_save.connect(
            signals.note_document_file_change,
            sender=Document,
            dispatch_uid="resources.note_document_file_change",
        )
        post_save.connect(
            signals.queue_document_text_extraction,
            sender=Document,
            dispatch_uid="resources.queue_document_text_extraction",
        )
        pre_delete.connect(
            receivers.on_document_delete,
            sender=Document,
            dispatch_uid="resources.search_document_delete",
        )
        events.document_text_changed.connect(
            receivers.on_document_text, dispatch_uid="resources.search_document_text"
        )
        search.register()
        from .models import Topic

        for signal in (post_save, post_delete):
            signal.connect(per_request.forget, sender=Topic, dispatch_uid="resources.topics")
