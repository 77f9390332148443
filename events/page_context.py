"""What an event page shows the visitor, prepared in one place so the template runs no
queries of its own: each area adds its part here."""

from . import followup, materials, permissions, registration, timezones


def for_event(request, event):
    user = request.user
    own = permissions.registration_of(user, event)
    return {
        "registration": own,
        "can_see_join_link": permissions.can_see_join_link(user, event, own),
        "can_manage": permissions.can_manage_registrations(user, event),
        "followup": followup.for_page(user, event),
        # The zone the member chose on their profile ("" when not set, or anonymous).
        "member_zone": timezones.member_zone(user),
        # Registration: counts, the visitor's status and what they may register.
        **registration.panel(event, user, own),
        **materials.for_event(event),
    }
