"""Issue 15's walk in Chromium, as one member takes the library away in one sitting:
compare three transfer clauses and download the CSV, cite a case study as RIS, save a
search, and receive its alert over SMTP when matching content appears. Each step is read
back with an independent parser (csv, rispy) or from the real SMTP server."""

import csv
import re
from datetime import timedelta

import pytest
import rispy
from django.utils import timezone
from playwright.sync_api import expect

from alerts import sending
from resources.factories import ResourcePageFactory
from resources.models import ResourceIndexPage

from .helpers import sign_in, text_of
from .test_compare import PICKS

pytestmark = pytest.mark.django_db(transaction=True)

TOLEDO = "/case-studies/toledo-peer-assistance-and-review/"


def test_compare_cite_and_save_a_search_with_its_alert(page, mail_site, inbox):
    site = mail_site
    member = sign_in(page, site, username="take-away-member")

    # 1. Compare three transfer clauses, side by side, and download the CSV.
    page.goto(site.url + "/compare/?provision=transfers")
    for clause_id in PICKS.values():
        page.locator(f"#pick-{clause_id}").check()
    page.get_by_role("button", name="Compare the picked clauses").click()
    page.wait_for_url("**/compare/?c=**")
    expect(page.locator(".compare-column")).to_have_count(3)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download CSV").click()
    with open(download_info.value.path(), encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [row["clause_id"] for row in rows] == list(PICKS.values())
    assert [row["district"] for row in rows] == list(PICKS)

    # 2. Cite a case study: the APA text, and the RIS file read back.
    page.goto(site.url + TOLEDO)
    box = page.get_by_role("region", name="Cite this")
    assert box.locator("#cite-apa").inner_text().endswith(f"from {site.url}{TOLEDO}")
    with page.expect_download() as download_info:
        box.get_by_role("link", name="Download RIS").click()
    with open(download_info.value.path(), encoding="utf-8") as file:
        (entry,) = rispy.load(file)
    assert entry["urls"] == [site.url + TOLEDO]

    # 3. Save a search; new matching content is published; its alert arrives over SMTP.
    page.goto(site.url + "/search/?q=transfer+clause")
    page.get_by_label("Name (optional)").fill("Transfer language")
    page.get_by_label("Email me").select_option("daily")
    page.get_by_role("button", name="Save this search").click()
    page.wait_for_url("**/saved-searches/")
    expect(page.get_by_role("heading", name="Transfer language")).to_be_visible()
    ResourcePageFactory(
        parent=ResourceIndexPage.objects.get(),
        title="A transfer clause by mutual consent",
        summary="How a transfer clause lets a school and a teacher agree on a move.",
    )
    queued, _, failed = sending.run(now=timezone.now() + timedelta(days=1))
    assert (queued, failed) == (1, 0)
    [message] = inbox.wait_for(
        member.email, lambda m: "saved search" in str(m["Subject"]), "search alert"
    )
    body = text_of(message)
    assert "A transfer clause by mutual consent" in body
    [link] = [url for url in re.findall(r"https?://\S+", body) if "/resources/" in url]
    page.goto(link)
    expect(page.get_by_role("heading", name="A transfer clause by mutual consent")).to_be_visible()
    assert message["List-Unsubscribe"]
