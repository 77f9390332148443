"""Citations of library pages: APA text, RIS, BibTeX, CSL-JSON and CSV (docs/citations.md).

A ``Reference`` describes one SameSide page (a case study or a resource) as a web page:
what is cited is the library's page, at its address, as read on a given day, not the
report or agreement the page describes. So its author is SameSide, which wrote the page
(a group author, as APA cites an organization's own web page); the districts, unions and
bodies the page is about are its subjects (``about``: keywords in RIS, BibTeX and
CSL-JSON), never its authors. No person is named.

The writers are pure functions of references, so the page view, the search export and
other apps (compare) produce the same text.
"""

import csv
import datetime
import io
import json
from dataclasses import dataclass
from typing import NamedTuple

PUBLISHER = "SameSide"

# The words a reference uses for its kind: case studies, and each resource type
# (resources/choices.py ResourceType), in the words a reader expects.
CASE_STUDY = "case study"
RESOURCE_KINDS = {
    "contract_language": "sample contract language",
    "mou": "agreement",
    "toolkit": "toolkit",
    "template": "template",
    "research_report": "report",
    "article": "article",
    "video": "video",
    "policy": "policy",
}
DEFAULT_KIND = "resource"


@dataclass(frozen=True)
class Reference:
    """One library page, as a citation manager stores it.

    ``authors`` are the page's group authors: SameSide, which wrote it. ``about`` the
    organizations the page names (its district and union, or the bodies that issued the
    resource): what it is about.
    ``published`` is the date of the page's latest publication; ``accessed`` the day the
    reader read it. ``id`` is a key valid in BibTeX and RIS (``sameside-<page id>``).
    """

    id: str
    kind: str
    title: str
    authors: tuple[str, ...]
    published: datetime.date | None
    url: str
    accessed: datetime.date
    publisher: str = PUBLISHER
    summary: str = ""
    about: tuple[str, ...] = ()

    @property
    def year(self):
        return self.published.year if self.published else None


def kind_of(page):
    """The kind word of a case study or resource; the page classes are not imported, as
    case studies sit above resources (docs/architecture.md)."""
    resource_type = getattr(page, "resource_type", None)
    if resource_type is not None:
        return RESOURCE_KINDS.get(resource_type, DEFAULT_KIND)
    if page.specific_class._meta.model_name == "casestudypage":
        return CASE_STUDY
    return DEFAULT_KIND


def page_path(page):
    """The page's path on its site ("" when it is not routable)."""
    parts = page.get_url_parts()
    return parts[2] if parts else ""


def reference_for(page, base_url, *, accessed=None, organizations=None):
    """The ``Reference`` of a case study or resource page (its specific instance is used).

    ``base_url`` is the site's address (``request.build_absolute_uri("/")`` or
    ``network.core.links.site_url("/")``); ``organizations`` may pass the page's
    organization names already fetched (for a list of pages), else they are queried.
    """
    page = page.specific
    if organizations is None:
        organizations = [org.name for org in page.organizations.all().order_by("name")]
    when = page.last_published_at or page.first_published_at
    path = page_path(page)
    return Reference(
        id=f"sameside-{page.pk}",
        kind=kind_of(page),
        title=page.title,
        authors=(PUBLISHER,),
        about=tuple(organizations),
        published=when.date() if when else None,
        url=base_url.rstrip("/") + path if path else "",
        accessed=accessed or datetime.date.today(),
        summary=page.summary or "",
    )


# APA 7 (a web page with a group author and a bracketed description) --------------------


def long_date(day):
    return f"{day:%B} {day.day}, {day.year}"


def apa_authors(names):
    """Group authors joined as APA 7 does: "A", "A & B", "A, B, & C"; beyond 20, the first
    19, an ellipsis and the last."""
    names = list(names)
    if len(names) > 20:
        return ", ".join(names[:19]) + ", . . . " + names[-1]
    if len(names) <= 2:
        return " & ".join(names)
    return ", ".join(names[:-1]) + ", & " + names[-1]


def sentence(text):
    """``text`` closed with a period unless it already ends with a full stop, ? or !."""
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else text + "."


def apa(reference):
    """APA 7 reference text (plain; the title would be italic in print). A page with no
    author is cited title first, as APA does for works without an author."""
    date = (
        f"({reference.published.year}, {reference.published:%B} {reference.published.day})"
        if reference.published
        else "(n.d.)"
    )
    work = f"{reference.title} [{reference.kind[:1].upper()}{reference.kind[1:]}]"
    lead = [sentence(apa_authors(reference.authors)), date + "."] if reference.authors else []
    parts = lead + [sentence(work)] + ([] if lead else [date + "."])
    if reference.publisher not in reference.authors:  # APA: no site name repeating the author
        parts.append(sentence(reference.publisher))
    if reference.url:
        parts.append(f"Retrieved {long_date(reference.accessed)}, from {reference.url}")
    return " ".join(parts)


# RIS -------------------------------------------------------------------------------------


def ris_date(day):
    return f"{day:%Y/%m/%d}/"


def ris_line(tag, value):
    # A line break would end the field: RIS values are one line each.
    return f"{tag}  - {' '.join(str(value).split())}"


def ris_record(reference):
    lines = [ris_line("TY", "ELEC"), ris_line("ID", reference.id), ris_line("TI", reference.title)]
    lines += [ris_line("AU", name) for name in reference.authors]
    lines += [ris_line("KW", name) for name in reference.about]
    if reference.published:
        lines.append(ris_line("PY", reference.published.year))
        lines.append(ris_line("DA", ris_date(reference.published)))
    lines += [
        ris_line("T2", reference.publisher),
        ris_line("PB", reference.publisher),
        ris_line("M3", reference.kind),
    ]
    if reference.url:
        lines.append(ris_line("UR", reference.url))
    lines.append(ris_line("Y2", ris_date(reference.accessed)))
    if reference.summary:
        lines.append(ris_line("AB", reference.summary))
    lines.append("ER  - ")
    return "\r\n".join(lines)


def ris(references):
    """RIS records (type ELEC, a web page), CRLF line ends as the RIS specification has."""
    return "".join(ris_record(reference) + "\r\n\r\n" for reference in references)


# BibTeX ----------------------------------------------------------------------------------

LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def latex(text):
    return "".join(LATEX_SPECIALS.get(char, char) for char in " ".join(str(text).split()))


def bibtex_entry(reference):
    # Double braces keep the title's capitals and each organization whole (not split
    # into a first and last name).
    fields = [
        ("title", "{" + latex(reference.title) + "}"),
        ("author", " and ".join("{" + latex(name) + "}" for name in reference.authors)),
        ("year", reference.year or ""),
        ("date", reference.published.isoformat() if reference.published else ""),
        ("howpublished", latex(reference.publisher)),
        ("url", reference.url),
        ("urldate", reference.accessed.isoformat()),
        ("note", latex(f"{reference.kind[:1].upper()}{reference.kind[1:]}")),
        ("abstract", latex(reference.summary)),
        ("keywords", latex(", ".join(reference.about))),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value != "")
    return f"@misc{{{reference.id},\n{body}\n}}\n"


def bibtex(references):
    """BibTeX ``@misc`` entries (with biblatex's ``date``/``urldate``/``url``)."""
    return "\n".join(bibtex_entry(reference) for reference in references)


# CSL-JSON --------------------------------------------------------------------------------


def date_parts(day):
    return {"date-parts": [[day.year, day.month, day.day]]}


def csl_item(reference):
    item = {
        "id": reference.id,
        "type": "webpage",
        "title": reference.title,
        "genre": reference.kind,
        "container-title": reference.publisher,
        "publisher": reference.publisher,
        "accessed": date_parts(reference.accessed),
    }
    if reference.authors:
        item["author"] = [{"literal": name} for name in reference.authors]
    if reference.published:
        item["issued"] = date_parts(reference.published)
    if reference.url:
        item["URL"] = reference.url
    if reference.summary:
        item["abstract"] = reference.summary
    if reference.about:
        item["keyword"] = ", ".join(reference.about)
    return item


def csl_json(references):
    """A JSON array of CSL items (type ``webpage``), as citation processors read."""
    return json.dumps([csl_item(r) for r in references], ensure_ascii=False, indent=2) + "\n"


# CSV -------------------------------------------------------------------------------------

CSV_COLUMNS = ["id", "kind", "title", "authors", "year", "published", "publisher", "url"]
CSV_COLUMNS += ["accessed", "about", "apa"]


def spreadsheet_safe(value):
    """A cell a spreadsheet will not run as a formula (OWASP CSV injection)."""
    value = str(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def csv_text(references):
    """One row per reference; authors joined by "; "; dates ISO 8601."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for r in references:
        published = r.published.isoformat() if r.published else ""
        row = [r.id, r.kind, r.title, "; ".join(r.authors), r.year or "", published]
        row += [r.publisher, r.url, r.accessed.isoformat(), "; ".join(r.about), apa(r)]
        writer.writerow([spreadsheet_safe(value) for value in row])
    return out.getvalue()


class Format(NamedTuple):
    render: object  # references -> str
    content_type: str
    extension: str


FORMATS = {
    "ris": Format(ris, "application/x-research-info-systems; charset=utf-8", "ris"),
    "bibtex": Format(bibtex, "application/x-bibtex; charset=utf-8", "bib"),
    "csl-json": Format(csl_json, "application/vnd.citationstyles.csl+json", "json"),
    "csv": Format(csv_text, "text/csv; charset=utf-8", "csv"),
}
# What readers are offered, with the label a link shows.
FORMAT_LABELS = {"ris": "RIS", "bibtex": "BibTeX", "csl-json": "CSL-JSON", "csv": "CSV"}
