"""A member's walk through the communities in Chromium, with email over real SMTP.

Two people sign up and confirm their addresses from the verification emails; one asks a
question in a demo community, the other answers it; the asker gets the reply by email
(checked header by header), follows its link, accepts the answer, finds the notification
in the site, and unsubscribes from the thread with the email's one-click link.

Django sends through its SMTP backend to an aiosmtpd server started in the test process;
the live server runs in a thread of that process, so the overridden settings reach it.
"""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from .helpers import (
    account_nav,
    is_verification,
    sign_up,
    text_of,
)

pytestmark = pytest.mark.django_db(transaction=True)

COMMUNITY = "Peer assistance and review"  # home/demo/content/communities/
ASKER = "walk-asker@district.example"
HELPER = "walk-helper@local.example"
TITLE = "How many teachers can one consulting teacher support?"
QUESTION = "We are starting PAR next fall. What caseload worked for your consulting teachers?"
REPLY = "We settled on fifteen teachers per consultant, with release time agreed in writing."


@pytest.fixture
def other_page(browser, mail_site):
    """A second visitor: a browser context of its own, so its own cookies."""
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


# Helpers ---------------------------------------------------------------------------------
# The walk --------------------------------------------------------------------------------
def test_member_walk_ask_reply_email_accept_unsubscribe(page, other_page, mail_site, inbox):
    from django.contrib.auth import get_user_model

    from forums.models import Notification, Post, Subscription, Thread, WatchLevel
    from network.core.people import display_name

    site = mail_site
    host = urlsplit(site.url).hostname

    # 1-2. The asker signs up and confirms the address from the email.
    sign_up(page, site, inbox, ASKER)
    asker = get_user_model().objects.get(email=ASKER)

    # 3. ... finds the community and asks a question.
    page.goto(site.url + "/communities/")
    page.get_by_role("main").get_by_role("link", name=COMMUNITY, exact=True).click()
    page.wait_for_url("**/communities/peer-assistance-and-review/")
    page.get_by_role("link", name="Ask a question").click()
    page.wait_for_url("**/communities/peer-assistance-and-review/ask/")
    page.get_by_label("Title").fill(TITLE)
    page.get_by_label("Details").fill(QUESTION)
    page.get_by_role("button", name="Post question").click()
    page.wait_for_url(re.compile(r"/communities/peer-assistance-and-review/threads/\d+/$"))
    expect(page.get_by_role("status")).to_contain_text("Your question is posted.")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.get_by_role("region", name="Question")).to_contain_text(QUESTION)

    thread = Thread.objects.get(title=TITLE)
    assert thread.author_id == asker.pk
    assert not thread.held
    thread_url = site.url + thread.get_absolute_url()
    assert page.url == thread_url
    assert Subscription.objects.get(user=asker, thread=thread).level == WatchLevel.WATCHING

    # 4. A second new member signs up in a browser of their own and replies.
    sign_up(other_page, site, inbox, HELPER)
    helper = get_user_model().objects.get(email=HELPER)
    other_page.goto(site.url + "/communities/peer-assistance-and-review/")
    other_page.get_by_role("main").get_by_role("link", name=TITLE, exact=True).click()
    other_page.wait_for_url(thread_url)
    other_page.get_by_label("Your reply").fill(REPLY)
    other_page.get_by_role("button", name="Post reply").click()
    other_page.wait_for_url(re.compile(r"/threads/\d+/#post-\d+$"))
    expect(other_page.get_by_role("status")).to_contain_text("Your reply is posted.")

    reply = Post.objects.get(thread=thread, author=helper)
    assert reply.body == REPLY
    assert not reply.held
    expect(other_page.locator(f"#post-{reply.pk}")).to_contain_text(REPLY)

    # 5. The asker gets the reply by email, threaded under the question.
    [notice] = inbox.wait_for(ASKER, lambda m: TITLE in m["Subject"], "reply notification")
    assert notice["Subject"].startswith("Re: ")
    assert COMMUNITY in notice["Subject"]
    assert notice["To"] == ASKER
    assert inbox.to(HELPER) and all(is_verification(m) for m in inbox.to(HELPER))
    question_id = f"<thread-{thread.pk}@{host}>"
    assert notice["Message-ID"] == f"<post-{reply.pk}@{host}>"
    assert notice["In-Reply-To"] == question_id
    assert question_id in notice["References"].split()
    assert notice["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # Long enough to be folded onto a continuation line: parsing keeps the fold's space.
    unsubscribe = re.fullmatch(r"<(\S+)>", str(notice["List-Unsubscribe"]).strip())
    assert unsubscribe, notice["List-Unsubscribe"]
    unsubscribe_url = unsubscribe.group(1)
    assert unsubscribe_url.startswith(site.url + "/notifications/unsubscribe/"), unsubscribe_url

    body = text_of(notice)
    assert REPLY in body
    assert display_name(helper) in body
    assert unsubscribe_url in body
    read_links = re.findall(r"^Read the thread: (\S+)", body, flags=re.MULTILINE)
    assert read_links == [f"{thread_url}#post-{reply.pk}"], body
    html = notice.get_body(preferencelist=("html",))
    assert html is not None and REPLY in html.get_content()

    notification = Notification.objects.get(user=asker, post=reply)
    assert notification.emailed_at is not None
    assert notification.email_error == ""

    # 6. The link in the email leads to the reply; the asker accepts it. A link from a
    # mail client opens a new tab (the first tab is still on the thread, and going to the
    # same address plus an anchor would only scroll it).
    page = page.context.new_page()
    page.goto(read_links[0])
    reply_article = page.locator(f"#post-{reply.pk}")
    expect(reply_article).to_contain_text(REPLY)
    reply_article.get_by_role("button", name="Accept as answer").click()
    expect(page.get_by_role("status")).to_contain_text("Answer accepted.")
    accepted = page.get_by_role("region", name="Accepted answer")
    expect(accepted).to_contain_text(REPLY)
    expect(accepted).to_contain_text(display_name(helper))
    thread.refresh_from_db()
    assert thread.accepted_post_id == reply.pk

    # 7. The notification is in the site's list too...
    account_nav(page).get_by_role("link", name="Notifications").click()
    page.wait_for_url("**/notifications/")
    item = page.locator(".notification-list li").filter(has_text=TITLE)
    expect(item).to_have_count(1)
    expect(item).to_contain_text(display_name(helper))
    expect(item).to_contain_text(COMMUNITY)

    # ... and the email's one-click link stops the emails for this thread.
    page.goto(unsubscribe_url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Unsubscribe")
    page.get_by_role("main").get_by_role("button", name="Unsubscribe").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Unsubscribed")
    expect(page.get_by_role("main")).to_contain_text(
        f"You will no longer get an email for each post in “{TITLE}”."
    )
    assert Subscription.objects.get(user=asker, thread=thread).level == WatchLevel.NORMAL
