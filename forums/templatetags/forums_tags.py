"""Template tags of the communities: the presentation layer, so it may use any forums
module (``forums/__init__.py`` describes the layers)."""

from django import template

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
