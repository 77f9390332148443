"""The receivers that queue document text extraction (connected in ``ResourcesConfig``).
The signal this app sends is in ``events.py``."""

import logging

from django.db import transaction

from .models import DocumentText, ExtractionStatus
from .tasks import extract_document_text

logger = logging.getLogger(__name__)

# update_fields that may mean the file changed; saves of other fields only are ignored.
FILE_FIELDS = {"file", "file_hash"}


def note_document_file_change(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save: remember whether this save puts a new file on an existing document.

    Wagtail's forms update ``file_hash`` when a file is replaced, but code that assigns
    ``document.file`` directly may leave a stale hash; comparing the stored file name
    catches that too.
    """
    instance._document_text_file_replaced = False
    if raw or instance._state.adding or instance.pk is None:
        return
    if update_fields is not None and "file" not in update_fields:
        return
    if not getattr(instance.file, "_committed", True):
        instance._document_text_file_replaced = True
        return
    stored_name = sender._default_manager.filter(pk=instance.pk).values_list("file", flat=True)
    stored_name = stored_name.first()
    instance._document_text_file_replaced = stored_name != instance.file.name


def queue_document_text_extraction(
    sender, instance, created, raw=False, update_fields=None, **kwargs
):
    """post_save: queue extraction for a new document or one whose file changed."""
    if raw:
        return
    if update_fields is not None and not FILE_FIELDS.intersection(update_fields):
        return
    current = DocumentText.objects.filter(pk=instance.pk).only("status", "file_hash").first()
    needed = (
        created
        or current is None
        or current.status == ExtractionStatus.PENDING
        or getattr(instance, "_document_text_file_replaced", False)
        or not instance.file_hash  # unknown: the task hashes the file and decides
        or instance.file_hash != current.file_hash
    )
    if not needed:
        return
    # Marked pending in the same transaction as the upload, so the admin shows it waiting.
    if current is None:
        DocumentText.objects.create(document_id=instance.pk, status=ExtractionStatus.PENDING)
    elif current.status != ExtractionStatus.PENDING:
        DocumentText.objects.filter(pk=instance.pk).update(status=ExtractionStatus.PENDING)
    document_id = instance.pk
    transaction.on_commit(lambda: enqueue_extraction(document_id))


def enqueue_extraction(document_id):
    """Queue the extraction task; a failing queue leaves the document pending, not broken.

    ``manage.py extract_document_text`` picks up documents left pending.
    """
    try:
        extract_document_text.enqueue(document_id)
    except Exception:
        logger.exception("Could not queue text extraction for document %s", document_id)
