"""Communities in Chromium: accessibility of the community, thread and ask pages, and
member-written HTML that stays inert in a real browser."""

from .conftest import axe_violations
from .helpers import sign_in

COMMUNITY = "/communities/peer-assistance-and-review/"
PAYLOADS = [
    '<script>window.__xss = "script"</script>',
    "<img src=x onerror=\"window.__xss = 'img'\">",
    "<svg onload=\"window.__xss = 'svg'\"></svg>",
    "[a link](javascript:window.__xss='link')",
    '<a href="#" onclick="window.__xss=\'click\'" id="injected">click</a>',
    '"><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
]


def first_thread_path(page, site):
    page.goto(site.url + COMMUNITY)
    return page.locator('main a[href*="/threads/"]').first.get_attribute("href")


def test_community_pages_have_no_axe_violations(page, site):
    sign_in(page, site)
    paths = [
        ("communities", "/communities/"),
        ("community", COMMUNITY),
        ("thread", first_thread_path(page, site)),
        ("ask", COMMUNITY + "ask/"),
        ("community search", COMMUNITY + "?q=panel"),
        ("notifications", "/notifications/"),
        ("notification settings", "/notifications/settings/"),
    ]
    failures = {}
    for name, path in paths:
        page.goto(site.url + path)
        violations = axe_violations(page)
        if violations:
            failures[name] = [(v["id"], len(v["nodes"])) for v in violations]
    assert not failures, failures


def test_member_html_is_inert_in_the_browser(page, site):
    sign_in(page, site)
    page.goto(site.url + COMMUNITY + "ask/")
    page.get_by_label("Title").fill('<script>window.__xss="title"</script> Staffing question')
    page.get_by_label("Details").fill("\n\n".join(PAYLOADS))
    page.get_by_role("button", name="Post question").click()
    page.wait_for_load_state()
    assert "/threads/" in page.url
    # The text is shown as text, and nothing it carried ran or became markup.
    assert "Staffing question" in page.content()
    assert page.evaluate("window.__xss") is None
    assert page.locator("main script").count() == 0
    assert page.locator("main [onerror], main [onload], main [onclick]").count() == 0
    assert page.locator('main a[href^="javascript:"]').count() == 0
    assert page.locator("main iframe, main svg[onload]").count() == 0


def assert_inert(page):
    assert page.evaluate("window.__xss") is None
    assert page.locator("main script").count() == 0
    assert page.locator("main [onerror], main [onload], main [onclick]").count() == 0
    assert page.locator('main a[href^="javascript:"]').count() == 0
    assert page.locator("main iframe").count() == 0


def test_replies_and_member_names_are_inert_in_the_browser(page, site):
    sign_in(page, site, "browser-replier")
    # Profile text: the name members see on every post.
    page.goto(site.url + "/notifications/settings/")
    page.get_by_label("First name").fill("<img src=x onerror=\"window.__xss='name'\">")
    page.get_by_label("Last name").fill('"><script>window.__xss="last"</script>')
    page.get_by_role("button", name="Save settings").click()
    page.wait_for_load_state()
    assert "Your settings are saved" in page.content()

    page.goto(site.url + first_thread_path(page, site))
    page.get_by_label("Your reply").fill("\n\n".join(PAYLOADS))
    page.get_by_role("button", name="Post reply").click()
    page.wait_for_load_state()
    assert "Your reply is posted" in page.content()
    assert page.locator("main .post-author", has_text="onerror").count() >= 1  # shown as text
    assert_inert(page)
    # The quote form starts from the member's text: still text.
    page.locator("main a", has_text="Quote").last.click()
    page.wait_for_load_state()
    assert_inert(page)
