"""Helpers the browser tests share: a local SMTP server that keeps what it receives,
signing up through the form (confirming the address from the email), and signing in by
session cookie."""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from playwright.sync_api import expect

from tests.mailservers import Inbox, free_port  # noqa: F401 - the browser fixtures use them

PASSWORD = "Collab0rate-Together"


def text_of(message):
    return message.get_body(preferencelist=("plain",)).get_content()


def is_verification(message):
    return "/accounts/confirm-email/" in text_of(message)


def account_nav(page):
    return page.get_by_role("navigation", name="Account")


def sign_up(page, site, inbox, address):
    """Sign up through the form and confirm the address from the email that arrives."""
    from allauth.account.models import EmailAddress

    page.goto(site.url + "/")
    account_nav(page).get_by_role("link", name="Sign up").click()
    page.wait_for_url("**/accounts/signup/")
    page.get_by_label("Email").fill(address)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Sign up").click()
    page.wait_for_url("**/accounts/confirm-email/")

    [message] = inbox.wait_for(address, is_verification, "verification email")
    assert message["To"] == address
    assert message["Subject"].startswith("[SameSide]")
    links = re.findall(r"https?://\S+/accounts/confirm-email/\S+", text_of(message))
    assert len(links) == 1, text_of(message)
    assert links[0].startswith(site.url + "/"), links[0]
    assert not EmailAddress.objects.get(email=address).verified

    page.goto(links[0])
    expect(page.get_by_role("heading", name="Confirm Email Address")).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text(address)
    page.get_by_role("button", name="Confirm", exact=True).click()
    # ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION: confirming in the sign-up session logs in.
    expect(account_nav(page).get_by_role("button", name="Log out")).to_be_visible()
    assert EmailAddress.objects.get(email=address).verified


def sign_in(page, site, username="browser-member"):
    """Sign in by session cookie (the sign-in form itself is covered elsewhere)."""
    user, _ = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@sameside.test"}
    )
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": site.url}])
    return user
