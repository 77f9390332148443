"""Citing a case study in Chromium: read the "Cite this" box, download its RIS file and
read it back with rispy; the box has no axe violations."""

import re

import pytest
import rispy
from playwright.sync_api import expect

from .conftest import axe_violations, describe

pytestmark = pytest.mark.django_db(transaction=True)

TOLEDO = "/case-studies/toledo-peer-assistance-and-review/"
TITLE = "Toledo: peer assistance and review (the Toledo Plan)"


def test_cite_a_case_study_and_download_its_ris(page, site):
    page.goto(site.url + TOLEDO)
    box = page.get_by_role("region", name="Cite this")
    expect(box).to_be_visible()
    apa = box.locator("#cite-apa").inner_text()
    assert TITLE + " [Case study]." in apa
    assert re.search(r"\(\d{4}, [A-Z][a-z]+ \d{1,2}\)\.", apa)
    assert apa.endswith(f"from {site.url}{TOLEDO}")
    # The copy button appears only where the script found a clipboard to write to.
    expect(box.get_by_role("button", name="Copy the citation")).to_be_visible()

    with page.expect_download() as download_info:
        box.get_by_role("link", name="Download RIS").click()
    download = download_info.value
    assert download.suggested_filename == "toledo-peer-assistance-and-review.ris"
    with open(download.path(), encoding="utf-8") as file:
        (entry,) = rispy.load(file)
    assert entry["title"] == TITLE
    assert entry["urls"] == [site.url + TOLEDO]
    assert entry["type_of_work"] == "case study"
    # SameSide wrote the case study; the district and union are what it is about.
    assert entry["authors"] == ["SameSide"]
    assert {"Toledo Federation of Teachers", "Toledo Public Schools"} <= set(entry["keywords"])
    assert apa.startswith("SameSide. (")

    violations = axe_violations(page)
    assert not violations, describe(violations)
