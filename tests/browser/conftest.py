"""Browser tests: Debian's Chromium driven by Playwright, with axe-core for accessibility.

Playwright cannot download its own browser here, so it launches /usr/bin/chromium.
Without Chromium these tests skip, unless REQUIRE_BROWSER is set (as in CI), when
they fail instead.
"""

import os
from pathlib import Path

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright runs an event loop

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    # The walks are of the demo site, as a newcomer sees it after `make run`.
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.demo)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Playwright gives each launch a fresh, empty profile of its own.
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def site(transactional_db, live_server):
    """A live server with the demo content loaded."""
    return live_server


@pytest.fixture
def page(browser, site):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def axe_violations(page):
    """Run axe-core with every WCAG 2.x A/AA tag and the target-size rule on."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(
        page,
        options={
            "runOnly": {"type": "tag", "values": WCAG_TAGS},
            "rules": {"target-size": {"enabled": True}},
            "resultTypes": ["violations"],
        },
    )
    return results.response["violations"]


def describe(violations):
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(node["target"][0] if node["target"] else "?" for node in v["nodes"][:5])
        for v in violations
    )


@pytest.fixture
def inbox(request):
    """A local SMTP server (aiosmtpd) that keeps every message it receives."""
    from aiosmtpd.controller import Controller

    from .helpers import Inbox, free_port

    handler = Inbox()
    handler.port = free_port()
    controller = Controller(
        handler, hostname="127.0.0.1", port=handler.port, server_hostname="localhost"
    )
    controller.start()
    request.addfinalizer(controller.stop)
    return handler


@pytest.fixture
def mail_site(site, inbox, settings):
    """The live demo site, sending its email over a real SMTP connection to ``inbox``."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = inbox.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    settings.WAGTAILADMIN_BASE_URL = site.url  # links in emails
    settings.FORUMS_EMAIL_DOMAIN = ""  # Message-IDs use the live server's host
    # No rate limit or approval queue in the way of a new member (as in the test settings).
    settings.ACCOUNT_RATE_LIMITS = False
    settings.FORUMS_MIN_POST_INTERVAL = 0
    settings.FORUMS_HOLD_FIRST_POSTS = 0
    settings.FORUMS_NEW_MEMBER_THREADS_PER_DAY = 0
    return site
