"""Events' part of other apps' pages, through Wagtail hooks: the community page's
"Sessions" panel (``forums_community_panels``, rendered by forums' ``community_panels``
tag, so forums imports nothing of events)."""

from django.template.loader import render_to_string
from wagtail import hooks

from . import listing, permissions

COMMUNITY_SESSIONS = 5


@hooks.register("forums_community_panels")
def community_sessions_panel(request, community):
    """The community's upcoming sessions the visitor may see (one query), and "Schedule a
    session" for its facilitators and moderators."""
    user = request.user
    can_schedule = permissions.can_schedule_session(user, community)
    sessions = listing.upcoming(user, COMMUNITY_SESSIONS, community=community)
    if not sessions and not can_schedule:
        return ""
    return render_to_string(
        "events/sessions/community_panel.html",
        {"community": community, "sessions": sessions, "can_schedule": can_schedule},
        request=request,
    )
