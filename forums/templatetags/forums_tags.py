"""Template tags of the communities: the presentation layer, so it may use any forums
module (``forums/__init__.py`` describes the layers)."""

from django import template
from django.utils.html import format_html_join
from wagtail import hooks

from forums.listing import community_context
from forums.notification_views import visible_notifications

register = template.Library()


@register.simple_tag(takes_context=True)
def community_listing(context, community):
    """The community page's thread list, filters and the visitor's controls. Built here
    rather than in ``CommunityPage.get_context`` so the page model needs no listing code."""
    return community_context(context["request"], community)


@register.simple_tag(takes_context=True)
def unread_notification_count(context):
    """Unread notifications of the logged-in member, for the account menu (one query)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return 0
    return visible_notifications(user).unread().count()


@register.simple_tag(takes_context=True)
def community_panels(context, community):
    """Panels other apps add to the community page (events: its upcoming sessions), so
    forums imports none of them: each function registered with
    ``hooks.register("forums_community_panels")`` takes the request and the community and
    returns an HTML fragment (already escaped) or an empty string."""
    request = context["request"]
    fragments = [hook(request, community) for hook in hooks.get_hooks("forums_community_panels")]
    return format_html_join("\n", "{}", ((fragment,) for fragment in fragments if fragment))
