"""The search walk in Chromium: type, see suggestions, pick facets, open a result, come back."""

import pytest

from .conftest import axe_violations, describe

pytestmark = pytest.mark.django_db(transaction=True)


def test_search_walk_keeps_state(page, site):
    page.goto(site.url + "/search/")
    box = page.get_by_role("combobox", name="Search case studies")
    box.fill("Tole")
    suggestions = page.get_by_role("listbox", name="Suggestions")
    suggestions.get_by_role("option").first.wait_for()
    assert "Toledo" in suggestions.inner_text()

    box.fill("peer review")
    page.locator("#search-form").get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url("**/search/?q=peer+review*")
    assert page.locator(".hit").count() > 0

    # Ticking a facet applies it at once (JavaScript submits the form).
    with page.expect_navigation():
        page.get_by_role("group", name="Content type").get_by_label("Case study").check()
    assert "type=case_study" in page.url
    with page.expect_navigation():
        page.get_by_role("group", name="State").get_by_label("Ohio").check()
    assert "state=OH" in page.url
    kinds = page.locator(".hit .kind").all_inner_texts()
    assert kinds and all(kind.strip().lower() == "case study" for kind in kinds)
    search_url = page.url

    page.locator(".hit h3 a").first.click()
    page.wait_for_url("**/case-studies/**")
    page.go_back()
    page.wait_for_url(search_url)
    assert page.get_by_role("group", name="State").get_by_label("Ohio").is_checked()
    assert page.get_by_role("combobox", name="Search case studies").input_value() == "peer review"


def test_search_page_has_no_axe_violations(page, site):
    page.goto(site.url + "/search/?q=peer+review&type=case_study&type=resource")
    assert page.locator(".facet").count() >= 3 and page.locator(".hit").count() > 0
    violations = axe_violations(page)
    assert not violations, describe(violations)
    page.goto(site.url + "/search/?q=collaboraton&state=OH")
    violations = axe_violations(page)
    assert not violations, describe(violations)
