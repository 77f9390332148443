"""Background tasks of the resources app (django-tasks).

With the default ImmediateBackend a task runs in-process when it is enqueued; with
``TASK_BACKEND=database`` it waits for ``manage.py db_worker``.
"""

import hashlib
import io

from django.conf import settings
from django.utils import timezone
from django_tasks import task
from wagtail.documents import get_document_model

from .document_text import NOT_EXTRACTABLE, extract_text
from .events import document_text_changed
from .models import DocumentText, ExtractionStatus

MISSING_FILE = "The file is missing from storage."
SKIPPED = "unchanged"


def max_chars():
    return getattr(settings, "DOCUMENT_TEXT_MAX_CHARS", 500_000)


@task()
def extract_document_text(document_id, force=False):
    """Extract the text of a Wagtail document into its ``DocumentText``.

    Skipped when the file is the one already extracted (same SHA-1) and the text is not
    pending, unless ``force``. The hash is computed from the file itself, so a file
    replaced without updating ``Document.file_hash`` is still noticed (and the document's
    hash is corrected). Sends ``document_text_changed`` after saving. Returns the new
    status, ``"unchanged"`` when skipped, or ``None`` if the document no longer exists.
    """
    Document = get_document_model()
    document = Document.objects.filter(pk=document_id).first()
    if document is None:
        return None
    current = DocumentText.objects.filter(pk=document_id).first()

    try:
        with document.open_file() as handle:
            data = handle.read()
    except Exception:  # missing file, unreachable storage...
        data = None

    if data is None:
        file_hash = document.file_hash
        text, status, reason = "", NOT_EXTRACTABLE, MISSING_FILE
    else:
        file_hash = hashlib.sha1(data, usedforsecurity=False).hexdigest()
        if file_hash != document.file_hash or document.file_size != len(data):
            # No save(): that would fire post_save and queue this task again.
            Document.objects.filter(pk=document_id).update(file_hash=file_hash, file_size=len(data))
        if (
            not force
            and current is not None
            and current.status != ExtractionStatus.PENDING
            and current.file_hash == file_hash
        ):
            return SKIPPED
        text, status, reason = extract_text(
            io.BytesIO(data), document.filename, max_chars=max_chars()
        )

    DocumentText.objects.update_or_create(
        document_id=document_id,
        defaults={
            "text": text,
            "status": status,
            "reason": reason,
            "file_hash": file_hash,
            "extracted_at": timezone.now(),
        },
    )
    document_text_changed.send(sender=DocumentText, document_id=document_id)
    return status
