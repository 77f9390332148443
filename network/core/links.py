"""Absolute addresses for links that leave the site (emails, exports)."""

from django.conf import settings


def site_url(path):
    """``path`` on the site's public address (``WAGTAILADMIN_BASE_URL``)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
