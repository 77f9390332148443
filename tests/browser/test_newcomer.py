"""A newcomer's walk, and accessibility of the key pages, in a real Chromium."""

import pytest

from .conftest import axe_violations, describe

pytestmark = pytest.mark.django_db(transaction=True)


def test_newcomer_walk_home_to_toledo_to_a_document(page, site):
    page.goto(site.url + "/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Case studies").click()
    page.wait_for_url("**/case-studies/")
    page.get_by_role("link", name="Toledo", exact=False).first.click()
    page.wait_for_url("**/case-studies/toledo-peer-assistance-and-review/")
    assert "Ohio" in page.locator("dl.facts").inner_text()
    assert page.get_by_role("heading", name="Sources", exact=True).is_visible()

    page.get_by_role("complementary").locator(
        'a[href$="/resources/par-program-design-guide/"]'
    ).click()
    page.wait_for_url("**/resources/par-program-design-guide/")
    with page.expect_download() as download_info:
        page.locator(".documents a").first.click()
    download = download_info.value
    path = download.path()
    with open(path, "rb") as handle:
        assert handle.read(4) in (b"%PDF", b"PK\x03\x04")


PAGES = [
    ("home", "/"),
    ("case-study index", "/case-studies/"),
    ("case study", "/case-studies/toledo-peer-assistance-and-review/"),
    ("resource", "/resources/par-program-design-guide/"),
    ("resource with clauses", "/resources/baltimore-2010-2013-agreement/"),
    ("log-in", "/accounts/login/"),
    ("sign-up", "/accounts/signup/"),
    ("topics", "/topics/"),
    ("404", "/no-such-page/"),
]


def test_key_pages_have_no_axe_violations(page, site):
    failures = {}
    for name, path in PAGES:
        page.goto(site.url + path)
        violations = axe_violations(page)
        if violations:
            failures[name] = describe(violations)
    assert not failures, "\n\n".join(f"{name}:\n{text}" for name, text in failures.items())


def test_skip_link_moves_focus_to_main(page, site):
    page.goto(site.url + "/case-studies/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
