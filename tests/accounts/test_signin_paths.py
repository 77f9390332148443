"""One way in: every address that signs people in goes through allauth, so email
verification and the lockout apply to the admin's sign-in as well."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.views import LoginView, PasswordResetConfirmView
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.utils.html import escape

from network.core import signin

pytestmark = pytest.mark.django_db
PASSWORD = "Collab0rate-Together"


def editor_account(email="editor@partnership.example", verified=True):
    """An editor as `create_dev_users` makes one: staff, in the Editors group."""
    user = get_user_model().objects.create_user(
        username=email.split("@")[0], email=email, password=PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name="Editors"))
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def signed_in(client):
    return "_auth_user_id" in client.session


def try_every_login_url(client, user, **extra):
    """Post the right password to each sign-in address, as each form names its fields;
    return whether any of them signed the user in."""
    attempts = [
        (reverse("account_login"), {"login": user.email, "password": PASSWORD}),
        ("/admin/login/", {"username": user.username, "password": PASSWORD}),
        ("/admin/login/", {"username": user.email, "password": PASSWORD}),
        ("/admin/login/?next=/admin/", {"login": user.email, "password": PASSWORD}),
        ("/_util/login/", {"username": user.username, "password": PASSWORD}),
        ("/_util/login/", {"username": user.email, "password": PASSWORD}),
    ]
    for url, data in attempts:
        client.post(url, data, **extra)
        if signed_in(client):
            return url
    return None


def walk(patterns, prefix=""):
    """Every (path, pattern) of the URL configuration, with the path as written."""
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield route, pattern


def view_class(callback):
    return getattr(callback, "view_class", None) or getattr(
        getattr(callback, "__wrapped__", None), "view_class", None
    )


def test_an_unverified_account_cannot_sign_in_anywhere(client):
    user = editor_account(verified=False)
    assert try_every_login_url(client, user) is None
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


def test_the_admin_sign_in_sends_people_to_allauth(client):
    user = editor_account()
    response = client.get(reverse("wagtailadmin_home"))
    assert response.url == "/admin/login/?next=/admin/"
    response = client.get(response.url)
    assert response.url == reverse("account_login") + "?next=/admin/"
    # A password posted to the admin's old form is never checked.
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    assert not signed_in(client)
    response = client.post(
        reverse("account_login") + "?next=/admin/", {"login": user.email, "password": PASSWORD}
    )
    assert response.url == "/admin/"
    assert client.get("/admin/").status_code == 200
    # Signed in, the admin's sign-in address goes back to the admin.
    assert client.get("/admin/login/?next=/admin/pages/").url == "/admin/pages/"


def test_the_admin_sign_in_refuses_other_sites_as_next(client):
    response = client.get("/admin/login/", {"next": "https://evil.example/"})
    assert response.url == reverse("account_login") + "?next=/admin/"


def test_restricted_pages_send_people_to_allauth(client):
    assert client.get("/_util/login/", {"next": "/library/"}).url == (
        reverse("account_login") + "?next=/library/"
    )


def test_a_member_without_admin_access_is_told_so_without_a_loop(client, make_user):
    client.force_login(make_user(email="teacher@local.example"))
    response = client.get("/admin/", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/"
    assert "permission to access the admin" in response.content.decode()
    response = client.get("/admin/login/", follow=True)
    assert escape(signin.NO_ADMIN_ACCESS) in response.content.decode()


def test_a_locked_out_account_cannot_sign_in_anywhere(client, rate_limits):
    user = editor_account()
    for _ in range(40):
        client.post("/admin/login/", {"username": user.username, "password": "wrong"})
        client.post("/_util/login/", {"username": user.username, "password": "wrong"})
    for _ in range(6):
        client.post(reverse("account_login"), {"login": user.email, "password": "wrong"})
    assert try_every_login_url(client, user) is None
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert "Too many failed login attempts" in response.content.decode()


def test_no_other_sign_in_form_is_routed():
    """Django's LoginView (Wagtail's and the Django admin's are subclasses) checks only
    the password: wherever one is routed, the address must reach another view."""
    found = []
    for route, pattern in walk(get_resolver().url_patterns):
        cls = view_class(pattern.callback)
        if cls and issubclass(cls, LoginView):
            found.append(route)
            path = "/" + route.lstrip("^").rstrip("$")
            match = resolve(path)
            assert match.func in (signin.admin_login, signin.site_login), (route, match.func)
    assert sorted(found) == ["_util/login/", "admin/login/"]
    # No Django admin site is routed at all.
    assert not [
        route
        for route, pattern in walk(get_resolver().url_patterns)
        if pattern.callback.__module__.startswith("django.contrib.admin")
    ]


def test_password_resets_sign_nobody_in(client):
    """Wagtail's reset (a Django PasswordResetConfirmView) is off; allauth's is used."""
    for route, pattern in walk(get_resolver().url_patterns):
        cls = view_class(pattern.callback)
        if cls and issubclass(cls, PasswordResetConfirmView):
            path = "/" + re.sub(r"<[^>]+>", "x", route)
            assert client.get(path).status_code == 404, route
    assert client.get("/admin/password_reset/").status_code == 404
