"""Wagtail's own sign-in addresses, turned into ways to allauth's sign-in page.

Wagtail routes ``/admin/login/`` (the admin) and ``/_util/login/`` (pages restricted to
signed-in visitors) to Django ``LoginView``s that check the password and nothing else:
no email verification, no rate limits, no lockout. ``network/urls.py`` puts these views
in front of them, so that a posted password is never looked at there and everyone signs
in on allauth's page. Wagtail keeps sending signed-out visitors of the admin to
``/admin/login/`` (its default ``WAGTAILADMIN_LOGIN_URL``): allauth's page cannot be
that setting itself, because it sends a member who is signed in but may not use the
admin straight back to the admin, in a loop.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

NO_ADMIN_ACCESS = "Your account does not have access to the editors' admin."


def safe_next(request, default):
    next_url = request.GET.get(REDIRECT_FIELD_NAME, "")
    if url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return default


def admin_login(request):
    """Any method; signed in, back to the admin, or home with a sentence if not allowed."""
    next_url = safe_next(request, reverse("wagtailadmin_home"))
    if not request.user.is_authenticated:
        return redirect_to_login(next_url, login_url=settings.LOGIN_URL)
    if request.user.has_perm("wagtailadmin.access_admin"):
        return redirect(next_url)
    # Wagtail has usually said so already, on the way here.
    queued = messages.get_messages(request)
    if not any("permission to access the admin" in str(m) for m in queued):
        messages.error(request, NO_ADMIN_ACCESS)
    queued.used = False
    return redirect("/")


def site_login(request):
    """Any method: on to allauth's sign-in page, which returns to the page asked for."""
    next_url = safe_next(request, "/")
    if request.user.is_authenticated:
        return redirect(next_url)
    return redirect_to_login(next_url, login_url=settings.LOGIN_URL)
