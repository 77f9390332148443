"""The Content-Security-Policy header: strict on the site's pages, looser only below the
admin's address (tests/browser/test_csp.py checks the pages in Chromium)."""

import pytest
from django.urls import reverse

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return dict((part.strip().split(" ", 1) + [""])[:2] for part in policy.split(";"))


def test_the_site_allows_only_its_own_scripts_and_styles(client):
    page = CaseStudyPageFactory(parent=CaseStudyIndexPage.objects.get())
    policy = directives(client.get(page.url))
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["default-src"] == "'self'"
    assert policy["frame-ancestors"] == "'self'"
    assert "unsafe" not in client.get(reverse("account_login"))["Content-Security-Policy"]


def test_the_admin_policy_applies_below_admin_only(client, django_user_model):
    admin = django_user_model.objects.create_superuser("csp-admin", "csp@example.org", "x")
    client.force_login(admin)
    policy = directives(client.get(reverse("wagtailadmin_home")))
    assert policy["script-src"] == "'self' 'unsafe-inline'"
    assert policy["style-src"] == "'self' 'unsafe-inline'"
    assert "unsafe" not in client.get("/")["Content-Security-Policy"]


def test_the_server_error_page_has_nothing_inline(rf):
    from home.views import server_error

    html = server_error(rf.get("/")).content.decode()
    assert "<style" not in html and "<script" not in html and "style=" not in html
    assert "/static/css/error.css" in html
