from django import template

from .. import listing, page_context

register = template.Library()


@register.simple_tag(takes_context=True)
def event_panel(context, event):
    """The visitor's part of an event page (``events.page_context``)."""
    return page_context.for_event(context["request"], event)


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
