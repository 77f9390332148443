"""Every page type, public and admin, loads in Chromium with no Content-Security-Policy
violation: the strict site policy and the admin's policy allow all that the pages use."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from forums.models import CommunityIndexPage, CommunityPage, Thread
from network.models import Organization
from resources.models import ResourceIndexPage, ResourcePage, Topic

from .helpers import sign_in

pytestmark = pytest.mark.django_db(transaction=True)

# Records each violation the page reports; runs before the page's own scripts and is not
# itself subject to the policy.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"}` +
      ` (${event.sourceFile || ""}:${event.lineNumber || ""}) ${event.sample || ""}`
  );
});
"""


def public_pages():
    thread = Thread.objects.filter(
        held=False, community__private_group__isnull=True, community__live=True
    ).first()
    return {
        "home": "/",
        "case-study index": CaseStudyIndexPage.objects.get().url,
        "case study": CaseStudyPage.objects.live()
        .get(slug="toledo-peer-assistance-and-review")
        .url,
        "resource index": ResourceIndexPage.objects.get().url,
        "resource": ResourcePage.objects.live().first().url,
        "topic list": reverse("topic_list"),
        "topic": reverse("topic_detail", args=[Topic.objects.first().slug]),
        "search with results": reverse("search") + "?q=peer+review",
        "communities index": CommunityIndexPage.objects.get().url,
        "community": CommunityPage.objects.live().filter(private_group__isnull=True).first().url,
        "thread": thread.get_absolute_url(),
        "members directory": reverse("network:members"),
        "organization": Organization.objects.first().get_absolute_url(),
        "facilitators": reverse("network:facilitators"),
    }


def admin_pages():
    toledo = CaseStudyPage.objects.get(slug="toledo-peer-assistance-and-review")
    organization = Organization.objects.first()
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "page explorer": reverse("wagtailadmin_explore", args=[toledo.get_parent().pk]),
        "page editor": reverse("wagtailadmin_pages:edit", args=[toledo.pk]),
        "snippet listing": reverse("wagtailsnippets_network_organization:list"),
        "snippet edit form": reverse(
            "wagtailsnippets_network_organization:edit", args=[organization.pk]
        ),
        "document listing": reverse("wagtaildocs:index"),
    }


def violations_on(page, url):
    """Open ``url`` and return what the policy blocked there, from both the
    ``securitypolicyviolation`` events and the console."""
    console = []
    listener = lambda message: console.append(message.text)  # noqa: E731
    page.on("console", listener)
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    page.remove_listener("console", listener)
    assert response.status < 400, (url, response.status)
    assert response.headers.get("content-security-policy"), url
    events = page.evaluate("window.__cspViolations")
    return events + [text for text in console if "Content Security Policy" in text]


def check(page, site, pages):
    page.add_init_script(RECORD_VIOLATIONS)
    found = {name: violations_on(page, site.url + url) for name, url in pages.items()}
    found = {name: items for name, items in found.items() if items}
    assert not found, "\n".join(f"{name}: {items}" for name, items in found.items())


def test_public_pages_signed_out(page, site):
    check(
        page,
        site,
        {
            **public_pages(),
            "sign-in": reverse("account_login"),
            "sign-up": reverse("account_signup"),
        },
    )


def test_public_pages_signed_in(page, site):
    sign_in(page, site, "browser-csp-member")
    check(page, site, public_pages())


def test_admin_pages(page, site):
    get_user_model().objects.create_superuser(
        "browser-csp-admin", "browser-csp-admin@sameside.test", "unused-Passw0rd"
    )
    sign_in(page, site, "browser-csp-admin")
    check(page, site, admin_pages())
    # The site's policy is the strict one; the admin's applies below /admin/ only.
    site_policy = page.goto(site.url + "/").headers["content-security-policy"]
    assert "unsafe" not in site_policy
