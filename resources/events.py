"""Signals the resources app sends, for other apps to receive.

``document_text_changed`` is sent (``sender=DocumentText``, ``document_id=...``) after the
extracted text of a document was saved, so that search can re-index the pages using it.
It lives apart from the receivers (``signals.py``) and the task that sends it
(``tasks.py``), so each of those imports it without importing the other.
"""

from django.dispatch import Signal

document_text_changed = Signal()
