from django import template

from .. import page_context

register = template.Library()


@register.simple_tag(takes_context=True)
def event_panel(context, event):
    """The visitor's part of an event page (``events.page_context``)."""
    return page_context.for_event(context["request"], event)
