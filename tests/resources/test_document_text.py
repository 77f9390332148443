"""Text extraction of uploaded documents, with real PDF, Word and text files."""

import hashlib
import io
import random

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from docx import Document as DocxDocument
from fpdf import FPDF
from wagtail.documents import get_document_model

from resources import document_text
from resources.document_text import extract_text
from resources.events import document_text_changed
from resources.models import DocumentText, ExtractionStatus, ResourcePage
from resources.tasks import MISSING_FILE, SKIPPED, extract_document_text

Document = get_document_model()

ENCRYPTED = "The PDF is encrypted (password-protected)."
DAMAGED = "The file is damaged or not a valid PDF."
NO_TEXT_LAYER = "The PDF has no text layer (it may be a scanned image)."
UNSUPPORTED = "Text extraction supports PDF, Word (.docx) and plain text files."


# Real files, made here -------------------------------------------------------------------


def text_pdf(*paragraphs, user_password=None, owner_password=None):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph)
        pdf.ln(4)
    if owner_password:
        pdf.set_encryption(owner_password=owner_password, user_password=user_password)
    return bytes(pdf.output())


def image_only_pdf():
    """A page with a filled rectangle and nothing else, like a scan without OCR."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(90, 90, 90)
    pdf.rect(20, 20, 120, 80, style="F")
    return bytes(pdf.output())


def corrupt_bytes(size=4000):
    return random.Random(17).randbytes(size)


def word_file():
    document = DocxDocument()
    document.add_heading("Joint Committee Charter", level=1)
    document.add_paragraph("The   district and the\tassociation agree.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Release time"
    table.cell(0, 1).text = "Four hours"
    table.cell(1, 0).text = "Stipend"
    table.cell(1, 1).text = "Negotiated annually"
    document.add_paragraph("Signed by both parties.")
    raw = io.BytesIO()
    document.save(raw)
    return raw.getvalue()


# extract_text ----------------------------------------------------------------------------


def test_statuses_match_the_model():
    assert document_text.EXTRACTED == ExtractionStatus.EXTRACTED
    assert document_text.NOT_EXTRACTABLE == ExtractionStatus.NOT_EXTRACTABLE


def test_text_pdf_is_extracted_with_normalised_whitespace():
    data = text_pdf("Peer   assistance and review.", "Consulting teachers mentor interns.")
    text, status, reason = extract_text(io.BytesIO(data), "agreement.PDF")
    assert status == "extracted"
    assert reason == ""
    assert "Peer assistance and review." in text
    assert "Consulting teachers mentor interns." in text
    assert "  " not in text
    assert "\n\n" not in text


def test_encrypted_pdf_is_not_extractable():
    data = text_pdf("Confidential terms.", owner_password="owner", user_password="secret")
    assert extract_text(io.BytesIO(data), "locked.pdf") == ("", "not_extractable", ENCRYPTED)


def test_pdf_encrypted_with_an_empty_user_password_is_read():
    data = text_pdf("Open to read, locked to edit.", owner_password="owner")
    text, status, reason = extract_text(io.BytesIO(data), "restricted.pdf")
    assert (status, reason) == ("extracted", "")
    assert "Open to read, locked to edit." in text


def test_image_only_pdf_has_no_text_layer():
    assert extract_text(io.BytesIO(image_only_pdf()), "scan.pdf") == (
        "",
        "not_extractable",
        NO_TEXT_LAYER,
    )


def test_corrupt_pdf_is_not_extractable():
    assert extract_text(io.BytesIO(corrupt_bytes()), "broken.pdf") == (
        "",
        "not_extractable",
        DAMAGED,
    )


def test_truncated_pdf_is_not_extractable():
    data = text_pdf("A perfectly good start.")
    text, status, reason = extract_text(io.BytesIO(data[: len(data) // 3]), "cut.pdf")
    assert (text, status) == ("", "not_extractable")
    assert reason in {DAMAGED, NO_TEXT_LAYER}


def test_word_file_paragraphs_and_table_cells():
    text, status, reason = extract_text(io.BytesIO(word_file()), "charter.docx")
    assert (status, reason) == ("extracted", "")
    assert text.splitlines() == [
        "Joint Committee Charter",
        "The district and the association agree.",
        "Release time Four hours",
        "Stipend Negotiated annually",
        "Signed by both parties.",
    ]


def test_corrupt_word_file_is_not_extractable():
    text, status, reason = extract_text(io.BytesIO(corrupt_bytes()), "broken.docx")
    assert (text, status) == ("", "not_extractable")
    assert reason.startswith("Word file could not be read: ")


def test_empty_word_file_is_not_extractable():
    raw = io.BytesIO()
    DocxDocument().save(raw)
    assert extract_text(raw, "empty.docx") == (
        "",
        "not_extractable",
        "The Word file contains no text.",
    )


def test_plain_text_is_decoded_leniently():
    data = "Caf\u00e9   menu\r\n\r\n\r\nsecond line".encode() + b"\xff end"
    text, status, reason = extract_text(io.BytesIO(data), "notes.txt")
    assert (status, reason) == ("extracted", "")
    assert text == "Caf\u00e9 menu\nsecond line\ufffd end"


@pytest.mark.parametrize("filename", ["minutes.rtf", "old.doc", "slides.odt", "no-extension"])
def test_other_formats_are_not_supported(filename):
    assert extract_text(io.BytesIO(b"anything"), filename) == ("", "not_extractable", UNSUPPORTED)


def test_long_text_is_cut_and_says_so():
    text, status, reason = extract_text(io.BytesIO(b"word " * 100), "long.txt", max_chars=42)
    assert status == "extracted"
    assert len(text) <= 42
    assert text.startswith("word word")
    assert reason == "Only the first 42 characters of the text are kept."


def test_unreadable_file_object_never_raises():
    class Broken(io.RawIOBase):
        def read(self, *args):
            raise OSError("disk on fire")

    assert extract_text(Broken(), "doc.pdf") == (
        "",
        "not_extractable",
        "The file could not be read.",
    )


def test_nul_bytes_are_removed():
    text, status, _ = extract_text(io.BytesIO(b"a\x00b  c"), "nul.txt")
    assert (text, status) == ("ab c", "extracted")


# Uploads, the task and the signal ---------------------------------------------------------


@pytest.fixture
def upload(db, django_capture_on_commit_callbacks):
    """Create a Wagtail document as an upload would, running the queued extraction."""

    def make(data, filename, title="Test document"):
        with django_capture_on_commit_callbacks(execute=True):
            return Document.objects.create(title=title, file=ContentFile(data, name=filename))

    return make


@pytest.fixture
def changed_documents():
    sent = []

    def receiver(sender, document_id, **kwargs):
        sent.append(document_id)

    document_text_changed.connect(receiver)
    yield sent
    document_text_changed.disconnect(receiver)


def test_uploaded_pdf_is_extracted(upload, changed_documents):
    data = text_pdf("Collaborative bargaining across the district.")
    document = upload(data, "bargaining.pdf")

    extracted = DocumentText.objects.get(document=document)
    assert extracted.status == ExtractionStatus.EXTRACTED
    assert "Collaborative bargaining across the district." in extracted.text
    assert extracted.reason == ""
    assert extracted.extracted_at is not None
    digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    assert extracted.file_hash == digest
    document.refresh_from_db()
    assert document.file_hash == digest  # the task fills in Wagtail's hash too
    assert document.extracted == extracted
    assert changed_documents == [document.pk]


def test_uploaded_word_file_is_extracted(upload):
    document = upload(word_file(), "charter.docx")
    assert "Negotiated annually" in document.extracted.text


def test_extraction_waits_for_the_commit(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        document = Document.objects.create(
            title="Queued", file=ContentFile(text_pdf("Waiting in line."), name="queued.pdf")
        )
    assert DocumentText.objects.get(document=document).status == ExtractionStatus.PENDING
    assert len(callbacks) == 1
    callbacks[0]()
    extracted = DocumentText.objects.get(document=document)
    assert extracted.status == ExtractionStatus.EXTRACTED
    assert "Waiting in line." in extracted.text


def test_replacing_the_file_re_extracts(upload, django_capture_on_commit_callbacks):
    document = upload(text_pdf("Original wording about seniority."), "policy.pdf")
    assert "seniority" in document.extracted.text

    # A fresh instance carries the old file_hash: assigning a new file directly, as code
    # might, leaves it stale. The replacement must still be noticed.
    document = Document.objects.get(pk=document.pk)
    new_data = text_pdf("Revised wording about evaluation.")
    document.file = ContentFile(new_data, name="policy-revised.pdf")
    with django_capture_on_commit_callbacks(execute=True):
        document.save()

    extracted = DocumentText.objects.get(document=document)
    assert "evaluation" in extracted.text
    assert "seniority" not in extracted.text
    assert extracted.file_hash == hashlib.sha1(new_data, usedforsecurity=False).hexdigest()


def test_replacing_the_file_as_the_admin_does_re_extracts(
    upload, django_capture_on_commit_callbacks
):
    document = upload(text_pdf("First draft."), "draft.pdf")
    document = Document.objects.get(pk=document.pk)
    document.file = ContentFile(word_file(), name="draft.docx")
    document._set_document_file_metadata()  # what Wagtail's document form does
    with django_capture_on_commit_callbacks(execute=True):
        document.save()
    extracted = DocumentText.objects.get(document=document)
    assert "Joint Committee Charter" in extracted.text
    assert "First draft." not in extracted.text


def test_saving_other_fields_does_not_re_extract(
    upload, django_capture_on_commit_callbacks, changed_documents
):
    document = upload(text_pdf("Stable text."), "stable.pdf")
    before = DocumentText.objects.get(document=document).extracted_at
    document = Document.objects.get(pk=document.pk)
    document.title = "Renamed"
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        document.save()
    assert callbacks == []
    assert DocumentText.objects.get(document=document).extracted_at == before
    assert changed_documents == [document.pk]  # the upload only


@pytest.mark.parametrize(
    ("data", "filename", "reason"),
    [
        (corrupt_bytes(), "corrupt.pdf", DAMAGED),
        (text_pdf("Secret", owner_password="o", user_password="secret"), "locked.pdf", ENCRYPTED),
        (image_only_pdf(), "scan.pdf", NO_TEXT_LAYER),
        (b"{\\rtf1 hello}", "minutes.rtf", UNSUPPORTED),
    ],
    # Named by file: the generated bytes differ between runs, and test processes
    # (pytest-xdist) must collect the same test names.
    ids=["corrupt", "locked", "scan", "unsupported"],
)
def test_unreadable_uploads_get_a_reason(upload, data, filename, reason):
    document = upload(data, filename)  # never raises
    extracted = DocumentText.objects.get(document=document)
    assert extracted.status == ExtractionStatus.NOT_EXTRACTABLE
    assert extracted.reason == reason
    assert extracted.text == ""


def test_text_is_capped_by_the_setting(upload, settings):
    settings.DOCUMENT_TEXT_MAX_CHARS = 100
    document = upload(("collaboration " * 50).encode(), "long.txt")
    extracted = document.extracted
    assert extracted.status == ExtractionStatus.EXTRACTED
    assert len(extracted.text) <= 100
    assert extracted.reason == "Only the first 100 characters of the text are kept."


def test_task_skips_an_unchanged_file_unless_forced(upload, changed_documents):
    document = upload(text_pdf("Same file."), "same.pdf")
    assert extract_document_text.call(document.pk) == SKIPPED
    assert changed_documents == [document.pk]
    assert extract_document_text.call(document.pk, force=True) == ExtractionStatus.EXTRACTED
    assert changed_documents == [document.pk, document.pk]


def test_task_for_a_deleted_document_returns_quietly(db):
    assert extract_document_text.call(987654321) is None
    result = extract_document_text.enqueue(987654321)
    assert result.status == "SUCCESSFUL"
    assert not DocumentText.objects.filter(pk=987654321).exists()


def test_missing_file_is_reported(upload):
    document = upload(text_pdf("Soon gone."), "gone.pdf")
    document.file.storage.delete(document.file.name)
    assert extract_document_text.call(document.pk, force=True) == ExtractionStatus.NOT_EXTRACTABLE
    assert DocumentText.objects.get(document=document).reason == MISSING_FILE


def test_deleting_the_document_deletes_its_text(upload):
    document = upload(text_pdf("Short-lived."), "brief.pdf")
    document.delete()
    assert not DocumentText.objects.filter(pk=document.pk).exists()


# The demo content ------------------------------------------------------------------------


@pytest.mark.demo  # the demo's documents as shipped: every one has a text layer
def test_demo_documents_are_extracted(db):
    assert DocumentText.objects.count() == Document.objects.count() > 0
    assert not DocumentText.objects.exclude(status=ExtractionStatus.EXTRACTED).exists()
    page = ResourcePage.objects.get(slug="sacramento-priority-schools-mou")
    document = page.document_links.first().document
    assert "SEIU" in document.extracted.text


# The management command -----------------------------------------------------------------


def test_command_extracts_pending_and_changed_documents(upload):
    document = upload(text_pdf("Command line."), "command.pdf")
    out = io.StringIO()
    call_command("extract_document_text", stdout=out)
    assert out.getvalue() == "Nothing to extract: every document is up to date.\n"

    DocumentText.objects.filter(pk=document.pk).update(status=ExtractionStatus.PENDING)
    broken = upload(corrupt_bytes(), "broken.pdf", title="Broken upload")
    DocumentText.objects.filter(pk=broken.pk).delete()
    out = io.StringIO()
    call_command("extract_document_text", stdout=out)
    assert out.getvalue().splitlines() == [
        "1/2 extracted: Test document",
        f"2/2 not extractable: Broken upload ({DAMAGED})",
        "2 documents: 1 extracted, 1 not extractable, 0 unchanged.",
    ]
    assert DocumentText.objects.get(pk=broken.pk).reason == DAMAGED


def test_command_all_re_extracts_everything(upload):
    upload(text_pdf("A first agreement."), "first.pdf", title="First agreement")
    upload(word_file(), "charter.docx", title="Charter")
    upload(b"Plain minutes of the joint committee.", "minutes.txt", title="Minutes")
    total = Document.objects.count()
    assert total == 3
    out = io.StringIO()
    call_command("extract_document_text", "--all", stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == total + 1
    assert lines[0].startswith(f"1/{total} extracted: ")
    assert lines[-1] == f"{total} documents: {total} extracted, 0 not extractable, 0 unchanged."


# The admin -------------------------------------------------------------------------------


def list_url():
    return reverse(DocumentText.snippet_viewset.get_url_name("list"))


def test_admin_lists_the_reason(client, django_user_model, upload):
    locked = upload(
        text_pdf("Secret", owner_password="o", user_password="secret"),
        "locked.pdf",
        title="Locked agreement",
    )
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)

    # The list pages once documents are many: search for the one we want.
    response = client.get(list_url(), {"q": "locked agreement"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Locked agreement" in content
    assert ENCRYPTED in content
    assert "Not extractable" in content

    response = client.get(list_url(), {"status": "not_extractable"})
    assert "Locked agreement" in response.content.decode()
    response = client.get(list_url(), {"status": "extracted"})
    assert "Locked agreement" not in response.content.decode()

    inspect = reverse(DocumentText.snippet_viewset.get_url_name("inspect"), args=[locked.pk])
    response = client.get(inspect)
    assert response.status_code == 200
    assert ENCRYPTED in response.content.decode()


def test_document_text_cannot_be_added_or_edited(client, django_user_model, upload):
    document = upload(text_pdf("Read only."), "readonly.pdf")
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    viewset = DocumentText.snippet_viewset
    assert client.get(reverse(viewset.get_url_name("add"))).status_code != 200
    edit = reverse(viewset.get_url_name("edit"), args=[document.pk])
    assert client.get(edit).status_code != 200
    assert ">Add document text<" not in client.get(list_url()).content.decode()


def test_editors_see_document_text(client, django_user_model, upload):
    upload(image_only_pdf(), "scan.pdf", title="Scanned minutes")
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.get(list_url(), {"status": "not_extractable", "q": "scanned minutes"})
    assert response.status_code == 200
    assert "Scanned minutes" in response.content.decode()
    assert NO_TEXT_LAYER in response.content.decode()


def test_users_without_document_permissions_do_not(client, django_user_model, db):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("someone", "someone@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(list_url()).status_code != 200
