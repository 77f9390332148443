"""Events in the admin and on other apps' pages, through Wagtail hooks: a "Registrants"
item in an event's admin menu, and the community page's "Sessions" panel
(``forums_community_panels``, rendered by forums' ``community_panels`` tag, so forums
imports nothing of events)."""

from django.template.loader import render_to_string
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.widgets import Button

from . import listing, permissions
from .models import EventPage

COMMUNITY_SESSIONS = 5


@hooks.register("register_page_listing_more_buttons")
def registrants_button(page, user, next_url=None):
    """ "Registrants" in an event's "More" menu, for those who manage its registrations."""
    if page.specific_class is not EventPage:
        return
    event = page if isinstance(page, EventPage) else page.specific
    if permissions.can_manage_registrations(user, event):
        yield Button(
            "Registrants",
            url=reverse("events:registrants", args=[event.slug]),
            icon_name="group",
            priority=90,
        )


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
