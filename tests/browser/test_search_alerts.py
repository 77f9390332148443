"""The saved-search walk in Chromium: sign in, search, save the search, an editor
publishes new matching content, the alert command runs, and the alert arrives over SMTP
with a link back to the new page and a one-click unsubscribe."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from alerts import sending
from alerts.models import SavedSearch
from resources.factories import ResourcePageFactory
from resources.models import ResourceIndexPage

from .conftest import axe_violations, describe
from .helpers import sign_in, text_of

pytestmark = pytest.mark.django_db(transaction=True)


def test_save_a_search_and_receive_its_alert(page, mail_site, inbox):
    site = mail_site
    member = sign_in(page, site, username="alert-member")
    page.goto(site.url + "/search/?q=peer+review")
    assert page.locator(".hit").count() > 0
    violations = axe_violations(page)  # the search page with the save form, signed in
    assert not violations, describe(violations)
    page.get_by_label("Name (optional)").fill("Peer review news")
    page.get_by_label("Email me").select_option("daily")
    page.get_by_role("button", name="Save this search").click()
    page.wait_for_url("**/saved-searches/")
    expect(page.get_by_role("heading", name="Peer review news")).to_be_visible()
    violations = axe_violations(page)
    assert not violations, describe(violations)
    saved = SavedSearch.objects.get(owner=member)
    assert saved.query_string == "q=peer+review" and saved.frequency == "daily"

    # An editor publishes something new that matches (indexed on commit).
    ResourcePageFactory(
        parent=ResourceIndexPage.objects.get(),
        title="Peer review panels: a new guide",
        summary="How peer review panels decide, step by step.",
    )
    queued, _, failed = sending.run(now=timezone.now() + timedelta(days=1))
    assert (queued, failed) == (1, 0)

    [message] = inbox.wait_for(
        member.email, lambda m: "saved search" in str(m["Subject"]), "search alert"
    )
    body = text_of(message)
    assert "Peer review panels: a new guide" in body
    [link] = [url for url in re.findall(r"https?://\S+", body) if "/resources/" in url]
    page.goto(link)
    expect(page.get_by_role("heading", name="Peer review panels: a new guide")).to_be_visible()

    unsubscribe = "".join(str(message["List-Unsubscribe"]).split()).strip("<>")
    page.goto(unsubscribe)
    page.get_by_role("button", name="Unsubscribe").click()
    expect(page.get_by_role("heading", name="Unsubscribed")).to_be_visible()
    saved.refresh_from_db()
    assert not saved.subscribed
