from django import template
from django.urls import reverse
from django.utils.html import format_html

from network.core.links import site_url

from .. import calendars, listing, page_context, timezones

register = template.Library()


@register.simple_tag(takes_context=True)
def event_panel(context, event):
    """The visitor's part of an event page (``events.page_context``)."""
    return page_context.for_event(context["request"], event)


def when_html(span):
    return format_html(
        '<time datetime="{}">{}</time> – <time datetime="{}">{}</time> {}',
        span.start.isoformat(),
        span.start_text,
        span.end.isoformat(),
        span.end_text,
        span.zone_text,
    )


@register.simple_tag(takes_context=True)
def event_when(context, event, zone=None):
    """When ``event`` happens, in its own zone, named; and, for a member who set a
    different zone on their profile, "Your time: ..." in theirs. ``zone`` overrides the
    member's zone (``page_context`` has it as ``member_zone``); without it the zone is
    read from the user's profile, once per request."""
    if zone is None:
        request = context.get("request")
        zone = timezones.member_zone(request.user) if request is not None else ""
    own = when_html(timezones.span(event.starts_at, event.ends_at, event.time_zone))
    if not zone or zone == event.time_zone:
        return format_html('<span class="event-when">{}</span>', own)
    yours = when_html(timezones.span(event.starts_at, event.ends_at, zone))
    return format_html(
        '<span class="event-when">{}</span> <span class="event-when-yours">Your time: {}</span>',
        own,
        yours,
    )


@register.simple_tag
def webcal(view_name, *args):
    """The webcal:// address of a feed (``{% webcal 'events:feed_all' %}``): calendar
    apps open it as a subscription rather than a one-off import."""
    return calendars.webcal_url(site_url(reverse(view_name, args=args)))


@register.simple_tag(takes_context=True)
def event_listing(context, index_page):
    """The events index's facets and page of events (``events.listing``); built here so
    the page model needs no listing code."""
    return listing.index_listing(context["request"])


@register.simple_tag
def shown_presented(pages, panel):
    """The pages a session presented that the page may link (live and public, as
    ``events.materials`` decided); none without the panel."""
    shown = (panel or {}).get("presented_ids") or set()
    return [page for page in pages or [] if page is not None and page.pk in shown]
