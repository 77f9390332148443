"""A member's own events page, and the reset of their calendar feed's secret address."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from network.core.links import site_url

from .. import calendars, mine, timezones
from ..models import CalendarToken, EventIndexPage


def feed_addresses(token):
    """The feed's https address and its webcal:// twin (which opens calendar apps)."""
    url = site_url(reverse("events:feed_mine", args=[token.token]))
    return url, calendars.webcal_url(url)


@login_required
def my_events(request):
    token, _ = CalendarToken.objects.get_or_create(user=request.user)
    upcoming, past = mine.split(mine.events_for_member(request.user))
    feed_url, webcal_url = feed_addresses(token)
    index = EventIndexPage.objects.live().first()
    response = render(
        request,
        "events/mine/mine.html",
        {
            "upcoming": upcoming,
            "past": past,
            "member_zone": timezones.member_zone(request.user),
            "feed_url": feed_url,
            "webcal_url": webcal_url,
            "events_index_url": index.url if index else "",
        },
    )
    # The page shows the secret address: keep it out of shared caches and referrers.
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response


@login_required
@require_POST
def reset_feed(request):
    token, created = CalendarToken.objects.get_or_create(user=request.user)
    if not created:
        token.reset()
    messages.success(
        request,
        "Your calendar address is new: the old one no longer works. Subscribe again with "
        "the address below in each calendar app that used it.",
    )
    return redirect("events:mine")
