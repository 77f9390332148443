"""The anonymous page cache: whole HTML responses for visitors who are not signed in.

Built on Django's cache framework (``CACHES["default"]``: Redis when ``REDIS_URL`` is set,
local memory otherwise) rather than wagtail-cache, whose releases require Wagtail < 8.
``PAGE_CACHE_SECONDS`` is how long a page is kept; 0 turns the cache off.

Correctness first (docs/operations.md):

- Only a GET or HEAD from a visitor without a session or messages cookie is answered from
  the cache, and never below the admin, the accounts pages, the API or Wagtail's helpers.
  A signed-in member always carries the session cookie, so never gets a cached page.
- Only a GET's 200 text/html response is stored, and only when nothing in it belongs to
  one visitor: it set no cookie, used no CSRF token (a form), queued or showed no
  message, says nothing of ``Cache-Control: private, no-cache, no-store``, and its view
  did not opt out (``no_page_cache``).
- Every key holds a generation number kept in the cache; ``purge()`` bumps it, so one
  write forgets every stored page at once (the receivers in ``pagecache_purge`` call it
  on publishing, privacy and member content changes). Nothing is ever stale by design
  rather than by a list of the pages that show an object.

The key is the host, the path and the query string (its parameters sorted), plus the
request headers the response says it varies on (``Vary``), as Django's own cache does,
bar ``Cookie`` (see ``_variant``).
"""

import functools
import hashlib
import time
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.http import HttpResponse

GENERATION_KEY = "pagecache:generation"
# Longer addresses are answered but not stored: nobody links to them, and they would only
# fill the cache.
MAX_URL_LENGTH = 1000
EXCLUDED_PREFIXES = ("/accounts/", "/api/", "/_util/", "/documents/", "/django-admin/")
UNCACHEABLE_CONTROLS = ("private", "no-cache", "no-store")
# Headers set per response by the middleware around this one, or meaningless when replayed.
UNSTORED_HEADERS = {"set-cookie", "x-cache", "age", "date"}


def timeout():
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 0))


def enabled():
    return timeout() > 0


# --- Purging ---------------------------------------------------------------------------


def _bump():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not there yet (or evicted): any new number forgets the old keys
        cache.set(GENERATION_KEY, time.time_ns(), None)


def purge():
    """Forget every cached page: now, and again when the current transaction commits, so
    that a visitor who rendered the old content between the two cannot keep it cached."""
    if not enabled():
        return
    _bump()
    # One bump on commit is enough however many rows the transaction writes (a savepoint
    # rolled back takes its callbacks with it, and the next purge adds one again).
    if connection.in_atomic_block and not any(
        func is _bump for _, func, _ in connection.run_on_commit
    ):
        transaction.on_commit(_bump)


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, time.time_ns(), None)
        value = cache.get(GENERATION_KEY)
    return value


# --- Keys ------------------------------------------------------------------------------


def _digest(text):
    return hashlib.sha256(text.encode()).hexdigest()


def normalised_url(request):
    query = urlencode(sorted(parse_qsl(request.META.get("QUERY_STRING", ""), True)))
    return f"{request.get_host()}{request.path}?{query}"


def _vary_names(response):
    names = []
    for value in response.get("Vary", "").split(","):
        name = value.strip().lower()
        if name and name not in names:
            names.append(name)
    return names


def _variant(request, names):
    # "Vary: Cookie" (the session middleware's, on nearly every page) is met by eligible()
    # instead: only requests without the session and messages cookies get here, and no
    # page reads any other cookie. Keying on the whole header would give every visitor
    # holding a CSRF cookie an entry of their own.
    meta_names = ["HTTP_" + name.upper().replace("-", "_") for name in names if name != "cookie"]
    return _digest("\n".join(f"{name}:{request.META.get(name, '')}" for name in meta_names))


def _keys(gen, url):
    url_hash = _digest(url)
    return f"pagecache:{gen}:vary:{url_hash}", f"pagecache:{gen}:page:{url_hash}"


# --- What may be served and stored -----------------------------------------------------


def eligible(request):
    """May this request be answered from the cache (and its response stored)?"""
    if request.method not in ("GET", "HEAD"):
        return False
    path = request.path_info
    if path.startswith(settings.ADMIN_URL_PREFIX) or path.startswith(EXCLUDED_PREFIXES):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False  # signed in, or holding something of their own (messages, a password)
    if "messages" in request.COOKIES:  # django.contrib.messages' cookie storage
        return False
    return len(request.get_full_path()) <= MAX_URL_LENGTH


def no_page_cache(view):
    """Mark a view's responses as never stored, whatever else they look like (a Wagtail
    page's ``serve()`` can set ``response.page_cache = False`` itself)."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.page_cache = False
        return response

    return wrapped


def _used_messages(request):
    storage = getattr(request, "_messages", None)
    if storage is None:
        return False
    return bool(getattr(storage, "_queued_messages", None)) or bool(
        getattr(storage, "_loaded_data", None)
    )


def storable(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if getattr(response, "page_cache", True) is False:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    if response.cookies or response.has_header("Set-Cookie"):
        return False
    # get_token() (a form's {% csrf_token %}) sets this key; the CSRF middleware resets it to
    # False once it has sent the cookie, so its presence is what tells.
    if "CSRF_COOKIE_NEEDS_UPDATE" in request.META:
        return False
    if _used_messages(request):
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in UNCACHEABLE_CONTROLS):
        return False
    return "*" not in _vary_names(response)


# --- The middleware --------------------------------------------------------------------


def _replay(request, stored):
    content, headers, stored_at = stored
    response = HttpResponse(b"" if request.method == "HEAD" else content)
    for name, value in headers:
        response.headers[name] = value
    response["Age"] = str(max(0, int(time.time() - stored_at)))
    response["X-Cache"] = "hit"
    return response


class PageCacheMiddleware:
    """Placed after the security and CSP middleware (their headers are added to every
    answer) and before the session, CSRF, authentication and messages middleware, whose
    work a hit skips; what those add to a response (Vary, X-Frame-Options...) is stored
    with it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not enabled() or not eligible(request):
            return self.get_response(request)
        gen = generation()
        url = normalised_url(request)
        vary_key, page_key = _keys(gen, url)
        names = cache.get(vary_key)
        if names is not None:
            stored = cache.get(f"{page_key}:{_variant(request, names)}")
            if stored is not None:
                return _replay(request, stored)
        response = self.get_response(request)
        if storable(request, response):
            names = _vary_names(response)
            headers = [
                (name, value)
                for name, value in response.headers.items()
                if name.lower() not in UNSTORED_HEADERS
            ]
            seconds = timeout()
            # Stored under the generation read before the view ran: a purge meanwhile
            # makes this entry unreachable rather than stale.
            cache.set(vary_key, names, seconds)
            cache.set(
                f"{page_key}:{_variant(request, names)}",
                (response.content, headers, time.time()),
                seconds,
            )
        response["X-Cache"] = "miss"
        return response
