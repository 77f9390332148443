"""Search and the library listings in Chromium, on a wide screen and on a phone: the
filters, the "Filter (n)" button, the layout, and axe-core."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import axe_violations, describe

pytestmark = pytest.mark.django_db(transaction=True)

WIDE = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
PAGES = {
    "search": "/search/?q=peer+review",
    "case studies": "/case-studies/?state=OH",
    "resources": "/resources/?topic=peer-assistance-and-review",
}


@pytest.fixture
def phone(browser, site):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def no_script(browser, site):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def toggle(page):
    return page.locator("summary.filters-toggle")


def hits(page):
    return page.locator(".hit")


@pytest.mark.parametrize("viewport", [WIDE, PHONE], ids=["1280px", "390px"])
def test_search_and_listings_have_no_axe_violations(page, site, viewport):
    page.set_viewport_size(viewport)
    failures = {}
    for name, path in PAGES.items():
        page.goto(site.url + path)
        assert hits(page).count() > 0, name
        violations = axe_violations(page)
        if violations:
            failures[name] = describe(violations)
        if viewport is PHONE:  # and with the filters open
            toggle(page).click()
            violations = axe_violations(page)
            if violations:
                failures[f"{name}, filters open"] = describe(violations)
    assert not failures, "\n\n".join(f"{name}:\n{text}" for name, text in failures.items())


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_on_a_phone_results_come_first(phone, site, path):
    phone.goto(site.url + path)
    # The filters wait behind the button; the first result shows without scrolling.
    expect(toggle(phone)).to_be_visible()
    expect(phone.get_by_role("group", name="State")).to_be_hidden()
    expect(hits(phone).first.locator("h3 a")).to_be_in_viewport()
    assert phone.evaluate("scrollY") == 0
    width = phone.evaluate("[document.documentElement.scrollWidth, innerWidth]")
    assert width[0] <= width[1], f"horizontal scroll: {width}"
    toggle(phone).click()
    expect(phone.get_by_role("group", name="State")).to_be_visible()
    width = phone.evaluate("[document.documentElement.scrollWidth, innerWidth]")
    assert width[0] <= width[1], f"horizontal scroll with the filters open: {width}"


def test_on_a_wide_screen_the_filters_are_a_sidebar(page, site):
    page.set_viewport_size(WIDE)
    page.goto(site.url + "/search/?q=peer+review")
    expect(toggle(page)).to_be_hidden()
    group = page.get_by_role("group", name="Content type")
    expect(group).to_be_visible()
    box = group.bounding_box()
    first = hits(page).first.bounding_box()
    assert box["x"] + box["width"] <= first["x"]  # beside the results, not above them


def count_of(page):
    text = page.locator(".result-count").inner_text()
    return int(re.match(r"\d+", text).group()) if text[0].isdigit() else 0


def test_choosing_a_filter_on_a_listing_narrows_it_and_the_url_carries_it(page, site):
    page.set_viewport_size(WIDE)
    page.goto(site.url + "/case-studies/")
    everything = count_of(page)
    assert everything > 1
    expect(page.get_by_role("group", name="Content type")).to_have_count(0)
    with page.expect_navigation():
        page.get_by_role("group", name="State").get_by_label("Ohio").check()
    assert "state=OH" in page.url
    narrowed = count_of(page)
    assert 0 < narrowed < everything
    assert page.get_by_role("group", name="State").get_by_label("Ohio").is_checked()
    # The URL is the state: opened afresh, it shows the same list.
    shared = page.url
    page.goto(site.url + "/")
    page.goto(shared)
    assert count_of(page) == narrowed
    with page.expect_navigation():
        page.get_by_label("Sort by").select_option("title")
    assert "sort=title" in page.url and "state=OH" in page.url


def test_on_a_phone_the_filter_button_counts_the_filters(phone, site):
    phone.goto(site.url + "/resources/")
    everything = count_of(phone)
    expect(toggle(phone)).to_have_text("Filter (0)")
    toggle(phone).click()
    topics = phone.get_by_role("group", name="Topic")
    first = topics.get_by_role("checkbox").first
    value = first.get_attribute("value")
    # click, not check: the page submits on change and is replaced, so there is no
    # checkbox left for check() to see ticked (it waited for one until its timeout).
    with phone.expect_navigation():
        first.click()
    assert f"topic={value}" in phone.url
    assert 0 < count_of(phone) < everything
    expect(toggle(phone)).to_have_text("Filter (1)")
    expect(hits(phone).first.locator("h3 a")).to_be_in_viewport()


def test_without_javascript_the_filters_still_work(no_script, site):
    no_script.goto(site.url + "/case-studies/")
    everything = count_of(no_script)
    toggle(no_script).click()
    no_script.get_by_role("group", name="State").get_by_label("Ohio").check()
    with no_script.expect_navigation():
        no_script.get_by_role("button", name="Apply filters").click()
    assert "state=OH" in no_script.url
    assert 0 < count_of(no_script) < everything
    expect(toggle(no_script)).to_have_text("Filter (1)")
