"""wagtail_hooks: to be written (issue 13)."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.widgets import Button

from . import permissions
from .models import EventPage


# Registration (helper `reg`) ------------------------------------------------------------
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


# End of registration's block ---------------------------------------------------------------
