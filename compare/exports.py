"""A comparison as files: CSV (one row per clause) and DOCX (one table per district and
union), and its pages as references in the library's citation formats
(``resources.citations``)."""

import csv
import io
import re

from docx import Document
from docx.shared import Pt

from resources.citations import spreadsheet_safe

CSV_COLUMNS = [
    "clause_id",
    "district",
    "union",
    "provision",
    "heading",
    "text",
    "kind",
    "verbatim",
    "parties",
    "year",
    "section",
    "page",
    "source",
    "page_title",
    "url",
]


# What XML 1.0 (and so a Word document) cannot hold: control characters, lone surrogates.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text):
    return NOT_XML.sub("", str(text))


def provenance(clause):
    """The clause's provenance in one line, as its page prints it."""
    parts = [clause.kind_label]
    if clause.parties:
        parts.append(clause.parties)
    parts += [str(value) for value in (clause.year, clause.section) if value]
    if clause.page_ref:
        parts.append(f"page {clause.page_ref}")
    line = "; ".join(parts)
    if clause.source:
        line += f". Source: {clause.source}"
    return line + "."


def csv_text(columns, url_of):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for column in columns:
        for clause in column.clauses:
            row = [
                clause.block_id,
                column.district,
                column.union,
                clause.get_provision_display() if clause.provision else "",
                clause.heading,
                clause.text,
                clause.kind_label,
                "yes" if clause.verbatim else "no",
                clause.parties,
                clause.year or "",
                clause.section,
                clause.page_ref,
                clause.source,
                clause.page.title,
                url_of(clause),
            ]
            writer.writerow([spreadsheet_safe(value) for value in row])
    return out.getvalue()


def docx_bytes(columns, title, url_of, note=""):
    """A Word document: the comparison's title, then per district and union a heading
    and a table of its clauses (clause, provenance, where to read it)."""
    document = Document()
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading(xml_safe(title), level=1)
    if note:
        document.add_paragraph(xml_safe(note))
    for column in columns:
        document.add_heading(xml_safe(column.label), level=2)
        table = document.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        for cell, text in zip(
            table.rows[0].cells, ("Clause", "Provenance", "Read it at"), strict=True
        ):
            cell.text = text
        for clause in column.clauses:
            clause_cell, provenance_cell, link_cell = table.add_row().cells
            clause_cell.text = xml_safe(clause.heading)
            text = f"“{clause.text}”" if clause.verbatim else clause.text
            clause_cell.add_paragraph(xml_safe(text))
            provenance_cell.text = xml_safe(provenance(clause))
            link_cell.text = xml_safe(f"{clause.page.title}\n{url_of(clause)}")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
