"""Sign-up with mandatory email verification, log-in by email, log-out and password reset."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db
PASSWORD = "Collab0rate-Together"


def link_in(message):
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


def test_signup_requires_email_verification(client, django_capture_on_commit_callbacks):
    # Account emails go into the outbox and are sent once the request's data commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("account_signup"),
            {"email": "president@local.example", "password1": PASSWORD, "password2": PASSWORD},
        )
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    user = get_user_model().objects.get(email="president@local.example")
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject.startswith("[SameSide]")

    # Unverified: logging in sends another verification mail instead of a session.
    client.post(
        reverse("account_login"), {"login": "president@local.example", "password": PASSWORD}
    )
    assert "_auth_user_id" not in client.session

    confirm_url = link_in(mail.outbox[0])
    assert client.get(confirm_url).status_code == 200
    response = client.post(confirm_url)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    assert client.session["_auth_user_id"] == str(user.pk)


def test_signup_form_comes_back_filled_in_with_a_clear_error(client):
    response = client.post(
        reverse("account_signup"),
        {"email": "teacher@local.example", "password1": PASSWORD, "password2": "different"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="teacher@local.example"' in html
    assert "You must type the same password each time." in html


def test_login_by_email_and_logout(client, make_user):
    user = make_user(email="superintendent@district.example", password=PASSWORD)
    response = client.post(
        reverse("account_login"),
        {"login": "superintendent@district.example", "password": PASSWORD},
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    assert "Log out" in client.get("/").content.decode()
    client.post(reverse("account_logout"))
    assert "_auth_user_id" not in client.session


def test_wrong_password_is_refused_with_a_message(client, make_user):
    make_user(email="hr@district.example", password=PASSWORD)
    response = client.post(
        reverse("account_login"), {"login": "hr@district.example", "password": "wrong"}
    )
    assert response.status_code == 200
    assert "not correct" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_password_reset(client, make_user, django_capture_on_commit_callbacks):
    make_user(email="board@district.example", password=PASSWORD)
    with django_capture_on_commit_callbacks(execute=True):  # sent after the commit
        response = client.post(
            reverse("account_reset_password"), {"email": "board@district.example"}
        )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    reset_url = link_in(mail.outbox[0])
    form_url = client.get(reset_url).url  # allauth moves the key into the session
    new_password = "Sh4red-Responsibility"
    response = client.post(form_url, {"password1": new_password, "password2": new_password})
    assert response.status_code == 302
    # The reset signs nobody in (ACCOUNT_LOGIN_ON_PASSWORD_RESET); the new password works.
    assert "_auth_user_id" not in client.session
    assert client.login(email="board@district.example", password=new_password)


@override_settings(ACCOUNT_RATE_LIMITS={"login_failed": "3/m/ip"})
def test_failed_logins_are_rate_limited(client, make_user):
    cache.clear()
    make_user(email="ratelimit@district.example", password=PASSWORD)
    pages = [
        client.post(
            reverse("account_login"), {"login": "ratelimit@district.example", "password": "no"}
        ).content.decode()
        for _ in range(4)
    ]
    assert all("Too many failed login attempts" not in html for html in pages[:3])
    assert "Too many failed login attempts" in pages[3]
    # Even the right password is refused until the limit expires.
    response = client.post(
        reverse("account_login"), {"login": "ratelimit@district.example", "password": PASSWORD}
    )
    assert "_auth_user_id" not in client.session
    assert "Too many failed login attempts" in response.content.decode()
    cache.clear()


def test_account_pages_use_the_site_layout(client):
    html = client.get(reverse("account_login")).content.decode()
    assert 'class="skip-link"' in html
    assert '<label for="id_login">' in html
