"""The iCalendar downloads and feeds. Public ones are built from what an anonymous
visitor may see; the member's own feed is found by its secret token alone (a unique
index lookup, so no comparison leaks how much of a guess was right)."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from resources.models import Topic

from .. import calendars, mine, permissions
from ..models import CalendarToken, EventPage

CONTENT_TYPE = "text/calendar; charset=utf-8"


def ics_response(body, filename, *, private=False):
    response = HttpResponse(body, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    if private:
        # Holds join links or a member's own calendar: no shared cache, no search engine.
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
    return response


@require_safe
def event_ics(request, slug):
    event = get_object_or_404(permissions.visible_events(request.user), slug=slug)
    with_join = permissions.can_see_join_link(request.user, event)
    body = calendars.event_ics(event, with_join_link=with_join)
    return ics_response(body, f"{event.slug}.ics", private=with_join)


@require_safe
def feed_all(request):
    return ics_response(calendars.public_feed("SameSide events"), "sameside-events.ics")


@require_safe
def feed_topic(request, topic_slug):
    topic = get_object_or_404(Topic, slug=topic_slug)
    events = EventPage.objects.filter(topics=topic)
    body = calendars.public_feed(f"SameSide events: {topic.name}", events)
    return ics_response(body, f"sameside-events-{topic.slug}.ics")


@require_safe
def feed_mine(request, token):
    found = CalendarToken.objects.filter(token=token).select_related("user").first()
    if found is None or not found.user.is_active:
        raise Http404("No calendar at this address.")
    user = found.user
    entries = mine.events_for_member(user)
    joinable = {entry.event.pk for entry in entries if mine.may_join(user, entry)}
    body = calendars.render(
        "SameSide: my events",
        [entry.event for entry in entries],
        join_for=lambda event: event.pk in joinable,
        feed=True,
    )
    return ics_response(body, "my-events.ics", private=True)
