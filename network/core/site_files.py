"""The files browsers and crawlers ask for at fixed addresses: robots.txt, favicon.ico."""

from django.http import HttpResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from .links import site_url

# Admin, sign-in and members' own pages: nothing there for a search engine.
DISALLOWED = ["/admin/", "/_util/", "/accounts/", "/notifications/", "/saved-searches/"]


@require_safe
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {prefix}" for prefix in DISALLOWED)]
    lines += ["", f"Sitemap: {site_url(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(max_age=86400, public=True)
def favicon(request):
    """Browsers ask for /favicon.ico on pages without a <link rel="icon"> (error pages,
    files): send them to the site's icon."""
    return redirect(static("favicon.svg"))
