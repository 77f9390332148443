"""Extract plain text from uploaded documents (PDF, Word .docx, plain text).

Pure functions, no database: ``extract_text(file_obj, filename)`` returns
``(text, status, reason)`` and never raises. ``status`` is one of the
``ExtractionStatus`` values ("extracted" or "not_extractable"); ``reason`` is a
sentence for editors, empty when everything went well.
"""

import io
import logging
import os
import re
import zipfile

logger = logging.getLogger(__name__)

# The same values as resources.models.ExtractionStatus (kept here so this module
# needs no Django models).
EXTRACTED = "extracted"
NOT_EXTRACTABLE = "not_extractable"

REASON_MAX_LENGTH = 300

UNSUPPORTED = "Text extraction supports PDF, Word (.docx) and plain text files."
PDF_ENCRYPTED = "The PDF is encrypted (password-protected)."
PDF_DAMAGED = "The file is damaged or not a valid PDF."
PDF_NO_TEXT = "The PDF has no text layer (it may be a scanned image)."
DOCX_NO_TEXT = "The Word file contains no text."
TXT_NO_TEXT = "The text file is empty."
UNREADABLE = "The file could not be read."

_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")  # whitespace other than newlines
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")  # NUL etc.; PostgreSQL rejects NUL


def normalise_whitespace(text):
    """Collapse runs of spaces and tabs; keep one newline between non-empty lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = _CONTROL.sub("", text)
    lines = (_HORIZONTAL_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def truncate_reason(reason):
    if len(reason) <= REASON_MAX_LENGTH:
        return reason
    return reason[: REASON_MAX_LENGTH - 1].rstrip() + "…"


def extract_text(file_obj, filename, max_chars=None):
    """Return ``(text, status, reason)`` for a file; never raises.

    ``file_obj`` is a binary file-like object (or ``bytes``); ``filename`` decides the
    format by its extension. If ``max_chars`` is given, the text is cut to that length
    (the status stays "extracted" and the reason says so).
    """
    extension = os.path.splitext(filename or "")[1].lower()
    if extension not in EXTRACTORS:
        return "", NOT_EXTRACTABLE, UNSUPPORTED
    extractor, empty_reason = EXTRACTORS[extension]
    try:
        data = file_obj if isinstance(file_obj, bytes | bytearray) else _read(file_obj)
        text, status, reason = extractor(io.BytesIO(data), max_chars)
    except Exception:  # any failure of a parser is a property of the file, not a crash
        logger.warning("Text extraction failed for %s", filename, exc_info=True)
        return "", NOT_EXTRACTABLE, UNREADABLE
    if status != EXTRACTED:
        return "", status, truncate_reason(reason)
    text = normalise_whitespace(text)
    if not text:
        return "", NOT_EXTRACTABLE, empty_reason
    if max_chars is not None and len(text) > max_chars:
        text = text[:max_chars].rstrip()
        reason = f"Only the first {max_chars:,} characters of the text are kept."
    else:
        reason = ""
    return text, EXTRACTED, reason


def _read(file_obj):
    if hasattr(file_obj, "seek"):
        try:
            file_obj.seek(0)
        except (OSError, ValueError):
            pass
    return file_obj.read()


def _long_enough(parts, max_chars):
    return max_chars is not None and sum(len(part) for part in parts) > max_chars


def extract_pdf(stream, max_chars=None):
    from pypdf import PasswordType, PdfReader

    try:
        reader = PdfReader(stream)
        if reader.is_encrypted:
            try:
                decrypted = reader.decrypt("")
            except Exception:  # e.g. an encryption method pypdf cannot handle
                return "", NOT_EXTRACTABLE, PDF_ENCRYPTED
            if decrypted == PasswordType.NOT_DECRYPTED:
                return "", NOT_EXTRACTABLE, PDF_ENCRYPTED
        pages = reader.pages
        page_count = len(pages)
    except Exception:
        return "", NOT_EXTRACTABLE, PDF_DAMAGED

    parts = []
    failed = 0
    for page in pages:
        try:
            parts.append(page.extract_text() or "")
        except Exception:  # one bad page should not lose the others
            failed += 1
        if _long_enough(parts, max_chars):
            break
    if page_count and failed == page_count:
        return "", NOT_EXTRACTABLE, PDF_DAMAGED
    return "\n".join(parts), EXTRACTED, ""


def extract_docx(stream, max_chars=None):
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(stream)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError):
        return "", NOT_EXTRACTABLE, "Word file could not be read: it is not a valid .docx file."
    except Exception as error:
        detail = str(error) or type(error).__name__
        return "", NOT_EXTRACTABLE, f"Word file could not be read: {detail}"

    parts = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            parts.extend(_table_lines(block))
        else:
            parts.append(block.text)
        if _long_enough(parts, max_chars):
            break
    return "\n".join(parts), EXTRACTED, ""


def _table_lines(table):
    """One line per row, the row's cells separated by spaces (merged cells once)."""
    from docx.table import Table

    lines = []
    for row in table.rows:
        seen = set()
        cells = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            for block in cell.iter_inner_content():
                if isinstance(block, Table):
                    lines.extend(_table_lines(block))
                else:
                    cells.append(block.text)
        lines.append(" ".join(cells))
    return lines


def extract_plain(stream, max_chars=None):
    return stream.read().decode("utf-8-sig", errors="replace"), EXTRACTED, ""


# extension: (extractor, the reason given when it finds no text)
EXTRACTORS = {
    ".pdf": (extract_pdf, PDF_NO_TEXT),
    ".docx": (extract_docx, DOCX_NO_TEXT),
    ".txt": (extract_plain, TXT_NO_TEXT),
}
