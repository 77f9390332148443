"""What an event page shows the visitor, prepared in one place so the template runs no
queries of its own: each area adds its part here."""

from . import followup, materials, permissions, timezones


def for_event(request, event):
    user = request.user
    registration = permissions.registration_of(user, event)
    return {
        "registration": registration,
        "can_see_join_link": permissions.can_see_join_link(user, event, registration),
        "can_manage": permissions.can_manage_registrations(user, event),
        "followup": followup.for_page(user, event),
        # The zone the member chose on their profile ("" when not set, or anonymous).
        "member_zone": timezones.member_zone(user),
        **materials.for_event(event),
    }
