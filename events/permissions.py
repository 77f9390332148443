"""Who may see and do what with an event. Every events view asks here, and the lists a
visitor gets are filtered in the query (``visible_events``).

| who                              | read | join link | register | registrants | sessions |
|----------------------------------|------|-----------|----------|-------------|----------|
| anonymous                        | yes* | no        | log in   | no          | no       |
| member                           | yes* | no        | yes      | no          | no       |
| registered (confirmed)           | yes  | yes       | cancel   | no          | no       |
| on the waiting list              | yes  | no        | cancel   | no          | no       |
| speaker listed on the event      | yes  | yes       | yes      | no          | no       |
| community facilitator            | yes  | yes       | yes      | its sessions| its own  |
| moderator                        | yes  | yes       | yes      | yes         | any      |
| staff (events.manage_registrations) | yes | yes    | yes      | yes         | no       |

"registrants" is the list, its CSV export and attendance; "sessions" is scheduling a
community's own sessions.
(*) a community session of a private community is seen only by those who can see the
community.
"""

from django.db.models import Q

from network.core.restrictions import public
from network.core.roles import is_moderator

from .choices import RegistrationStatus
from .models import EventPage, Registration


def can_manage_registrations(user, event):
    """Registrant list, CSV export and attendance."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or is_moderator(user) or user.has_perm("events.manage_registrations"):
        return True
    return event.community_id is not None and user.pk in event.community.facilitator_ids()


def can_view(user, event):
    if event.community_id is None:
        return True
    return event.community.is_visible_to(user)


def visible_events(user, queryset=None):
    """Live, public events ``user`` may see (private communities' sessions only to those
    who see the community)."""
    events = public((queryset if queryset is not None else EventPage.objects.all()).live())
    if is_moderator(user):
        return events
    open_community = Q(community__isnull=True) | Q(community__private_group__isnull=True)
    if not user.is_authenticated:
        return events.filter(open_community)
    return events.filter(
        open_community
        | Q(community__facilitators=user)
        | Q(community__private_group__in=user.groups.all())
    ).distinct()


def registration_of(user, event):
    if not user.is_authenticated:
        return None
    return Registration.objects.filter(event=event, user=user).first()


def is_speaker(user, event):
    return user.is_authenticated and event.speakers.filter(member=user).exists()


# "Not looked up yet", as opposed to None: looked up, and there is no registration.
UNKNOWN = object()


def can_see_join_link(user, event, registration=UNKNOWN):
    """Confirmed registrants, the event's speakers and those who run it: not the waiting
    list, not anyone else. Pass the user's ``registration`` (or None) when it is known."""
    if not event.online or not event.join_url or not user.is_authenticated:
        return False
    if registration is UNKNOWN:
        registration = registration_of(user, event)
    if registration is not None and registration.status == RegistrationStatus.CONFIRMED:
        return True
    return is_speaker(user, event) or can_manage_registrations(user, event)


def can_schedule_session(user, community):
    """Facilitators of the community, and moderators."""
    if not user.is_authenticated:
        return False
    return is_moderator(user) or user.pk in community.facilitator_ids()
