"""Rate limits on the public API and the search JSON, per client, in the cache.

Each client may make ``API_RATE_LIMIT_ANONYMOUS`` requests a window of
``API_RATE_LIMIT_WINDOW`` seconds; a signed-in member or editor ``API_RATE_LIMIT_SIGNED_IN``
(0 turns a limit off). Past it the answer is a 429 with a JSON body saying when to come
back and a ``Retry-After`` header. Anonymous clients are counted by address (as allauth's
limits count them: ``TRUSTED_PROXY_COUNT``, an IPv6 address as its /64), members by
account, so members behind one office address do not share a count.

The counts use the atomic ``cache.add`` and ``cache.incr``, as ``forums.limits`` does for
"helpful" clicks: in production the cache is Redis, shared by every worker.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse

from network.core.accounts import AccountAdapter

DEFAULT_ANONYMOUS = 60
DEFAULT_SIGNED_IN = 600
DEFAULT_WINDOW = 60


def limit_for(request):
    if request.user.is_authenticated:
        return getattr(settings, "API_RATE_LIMIT_SIGNED_IN", DEFAULT_SIGNED_IN)
    return getattr(settings, "API_RATE_LIMIT_ANONYMOUS", DEFAULT_ANONYMOUS)


def client_key(request):
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    return f"address:{AccountAdapter(request).client_network(request)}"


def count(key, window):
    """Count one request under ``key`` in the current window; the count so far."""
    cache.add(key, 0, timeout=window + 1)  # atomic: only the first request sets it
    try:
        return cache.incr(key)
    except ValueError:  # expired or evicted between the two calls
        cache.add(key, 1, timeout=window + 1)
        return 1


def refusal(request):
    """None if ``request`` may go on, otherwise the 429 response to give it."""
    limit = limit_for(request)
    if limit <= 0:
        return None
    window = max(1, getattr(settings, "API_RATE_LIMIT_WINDOW", DEFAULT_WINDOW))
    now = time.time()
    slot = int(now // window)
    if count(f"api:requests:{client_key(request)}:{slot}", window) <= limit:
        return None
    retry_after = max(1, int((slot + 1) * window - now + 0.999))
    response = JsonResponse(
        {
            "error": "rate_limited",
            "message": f"Too many requests: at most {limit} every {window} seconds. "
            f"Try again in {retry_after} seconds.",
            "limit": limit,
            "window": window,
            "retry_after": retry_after,
        },
        status=429,
    )
    response["Retry-After"] = str(retry_after)
    return response


def is_limited(request):
    """The API's routes, and the search page's JSON form (its predecessor)."""
    match = request.resolver_match
    if match is None:
        return False
    if "api" in match.namespaces:
        return True
    return match.view_name == "search" and request.GET.get("format") == "json"


class RateLimitMiddleware:
    """Refuses a limited route past its client's limit, before the view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        return refusal(request) if is_limited(request) else None
