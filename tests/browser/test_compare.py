"""Comparing clauses in Chromium: choose the transfer provision, pick three transfer
clauses from three districts, see them side by side, download the CSV and read it back;
both pages have no axe violations."""

import csv

import pytest
from playwright.sync_api import expect

from home.demo.loader import block_id

from .conftest import axe_violations, describe

pytestmark = pytest.mark.django_db(transaction=True)

PICKS = {
    "Baltimore City school district": block_id("baltimore-career-pathways", "agreed", 6),
    "Denver school district": block_id("denver-procomp", "agreed", 4),
    "Sacramento City Unified School District": block_id("sacramento-priority-schools", "agreed", 1),
}


def test_compare_three_transfer_clauses_and_download_the_csv(page, site):
    page.goto(site.url + "/compare/")
    page.get_by_label("Provision").select_option(label="Transfers, selection and staffing")
    page.get_by_role("button", name="Show clauses").click()
    page.wait_for_url("**/compare/?provision=transfers**")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Compare: Transfers, selection and staffing"
    )
    violations = axe_violations(page)
    assert not violations, describe(violations)

    for clause_id in PICKS.values():
        page.locator(f"#pick-{clause_id}").check()
    page.get_by_role("button", name="Compare the picked clauses").click()
    page.wait_for_url("**/compare/?c=**")
    columns = page.locator(".compare-column")
    expect(columns).to_have_count(3)
    for district in PICKS:
        column = page.get_by_role("region", name=district)
        expect(column).to_be_visible()
        expect(column.locator("article")).to_have_count(1)
        assert column.locator("article").get_attribute("id") == f"clause-{PICKS[district]}"
    # Side by side: the three columns share a row.
    tops = {round(columns.nth(i).bounding_box()["y"]) for i in range(3)}
    assert len(tops) == 1
    link = page.get_by_role("link", name="Read it in").first
    assert link.get_attribute("href").endswith(f"#clause-{PICKS['Baltimore City school district']}")
    violations = axe_violations(page)
    assert not violations, describe(violations)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download CSV").click()
    download = download_info.value
    assert download.suggested_filename == "sameside-comparison.csv"
    with open(download.path(), encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [row["clause_id"] for row in rows] == list(PICKS.values())
    assert [row["district"] for row in rows] == list(PICKS)
    assert {row["provision"] for row in rows} == {"Transfers, selection and staffing"}
    assert rows[0]["heading"] == "Transfers by mutual consent"
    assert all(row["url"].startswith(site.url) for row in rows)
    assert all(row["source"].startswith("seed ") for row in rows)


def test_add_a_clause_from_its_page_to_the_comparison(page, site):
    clause_id = PICKS["Denver school district"]
    page.goto(site.url + "/case-studies/denver-procomp/")
    clause = page.locator(f"#clause-{clause_id}")
    clause.get_by_role("button", name="Add to comparison").click()
    # Signed out, the page (which the cache may share) carries no CSRF token: ask first.
    expect(page.get_by_role("heading", level=1)).to_have_text("Add to your comparison?")
    violations = axe_violations(page)
    assert not violations, describe(violations)
    page.get_by_role("button", name="Add to comparison").click()
    page.wait_for_url(f"**/case-studies/denver-procomp/#clause-{clause_id}")
    expect(page.locator(".messages")).to_contain_text("Added to your comparison (1 clause)")
    violations = axe_violations(page)
    assert not violations, describe(violations)

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Compare").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your comparison")
    expect(page.locator(f"article#clause-{clause_id}")).to_be_visible()
    violations = axe_violations(page)
    assert not violations, describe(violations)
