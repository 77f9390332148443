"""Absolute addresses for links that leave the site (emails, calendar files, sitemaps).

One source for the site's public address: ``WAGTAILADMIN_BASE_URL`` when it is set
(production requires it), otherwise the default Wagtail ``Site``'s hostname and port,
which ``make run`` sets to where it serves (``manage.py set_site_address``). Inside a
request, pages use ``request.build_absolute_uri`` instead.
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.cache import cache
from wagtail.models import Site

CACHE_KEY = "core.links.site_root"
# Emails and feeds build many links: the Site is read once, kept briefly (other processes
# see an edit within this many seconds; this one at once, see ``forget_site_root``).
CACHE_SECONDS = 300
NO_SITE_ROOT = "http://localhost"  # before any Site exists (a fresh, unmigrated database)


def site_root():
    """The site's public address, without a trailing slash: ``https://sameside.org``."""
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    if base:
        return base.rstrip("/")
    root = cache.get(CACHE_KEY)
    if root is None:
        site = Site.objects.filter(is_default_site=True).only("hostname", "port").first()
        # Site.root_url: http, port 80 and 443 (https) left out.
        root = site.root_url if site else NO_SITE_ROOT
        cache.set(CACHE_KEY, root, CACHE_SECONDS)
    return root


def site_url(path):
    """``path`` (``/events/``) on the site's public address."""
    return site_root() + path


def site_hostname():
    """The host of the site's address, for Message-ID and calendar UID domains."""
    return urlsplit(site_root()).hostname


def site_netloc():
    """Host and port as people type them: ``127.0.0.1:8011``, ``sameside.org``."""
    return urlsplit(site_root()).netloc


def on_site_address(url):
    """``url`` with its scheme, host and port replaced by the site's address."""
    parts = urlsplit(url)
    return site_url(urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment)))


def forget_site_root(**kwargs):
    """A Site was saved or deleted (receiver, see apps.py)."""
    cache.delete(CACHE_KEY)
