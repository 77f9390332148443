"""Receivers that keep search up to date with the documents of resource pages: when a
document is deleted (its page links go with it) or its extracted text changes, the pages
that link it are re-synced after the commit. Connected in ``ResourcesConfig.ready()``."""

from search.tasks import enqueue_sync

from .models import ResourceDocument


def pages_linking(document_id):
    return ResourceDocument.objects.filter(document_id=document_id).values_list(
        "page_id", flat=True
    )


def on_document_delete(sender, instance, **kwargs):
    # pre_delete: the links are still there; the pages re-sync once the document is gone.
    for page_id in pages_linking(instance.pk):
        enqueue_sync(page_id)


def on_document_text(sender, document_id, **kwargs):
    for page_id in pages_linking(document_id):
        enqueue_sync(page_id)
