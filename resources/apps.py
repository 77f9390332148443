from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "resources"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_save, pre_save
        from wagtail.documents import get_document_model

        from . import signals  # its receivers use the models, which load only now

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
