"""Render demo documents (PDF and DOCX) from headed sections of plain text.

The output is deterministic (fixed dates and zip timestamps) so that loading the
demo content twice produces byte-identical files and changes nothing.
"""

import datetime
import io
import zipfile

from docx import Document as DocxDocument
from fpdf import FPDF

FIXED_DATE = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)

# The PDF core fonts are Latin-1 only; map the typographic characters we use.
_LATIN1 = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
        "\u2022": "-",
        "\u00a0": " ",
        "\u2192": "->",
        "\u2265": ">=",
        "\u2264": "<=",
    }
)


def to_latin1(text):
    return text.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")


def render_pdf(title, sections):
    pdf = FPDF(format="Letter")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(to_latin1(title))
    pdf.set_author("SameSide")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, to_latin1(title))
    pdf.ln(4)
    for heading, text in sections:
        if heading:
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, to_latin1(heading))
            pdf.ln(1)
        pdf.set_font("Helvetica", "", 11)
        for paragraph in split_paragraphs(text):
            pdf.multi_cell(0, 6, to_latin1(paragraph))
            pdf.ln(2)
    return bytes(pdf.output())


def render_docx(title, sections):
    document = DocxDocument()
    properties = document.core_properties
    properties.title = title
    properties.author = "SameSide"
    properties.created = FIXED_DATE
    properties.modified = FIXED_DATE
    properties.last_modified_by = "SameSide"
    properties.revision = 1
    document.add_heading(title, level=1)
    for heading, text in sections:
        if heading:
            document.add_heading(heading, level=2)
        for paragraph in split_paragraphs(text):
            document.add_paragraph(paragraph)
    raw = io.BytesIO()
    document.save(raw)
    return _normalise_zip(raw.getvalue())


def _normalise_zip(data):
    """Rewrite a zip with fixed timestamps so identical content gives identical bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


def split_paragraphs(text):
    return [part.strip() for part in text.split("\n\n") if part.strip()]


def render(filename, title, sections):
    if filename.lower().endswith(".docx"):
        return render_docx(title, sections)
    if filename.lower().endswith(".pdf"):
        return render_pdf(title, sections)
    raise ValueError(f"Demo documents must be .pdf or .docx, not {filename!r}")
