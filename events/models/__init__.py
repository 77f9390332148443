from .followups import PlanLink, TeamFollowUp
from .pages import EventIndexPage, EventMaterial, EventPage, EventPageTopic, EventSpeaker
from .registrations import CalendarToken, Registration

__all__ = [
    "CalendarToken",
    "EventIndexPage",
    "EventMaterial",
    "EventPage",
    "EventPageTopic",
    "EventSpeaker",
    "PlanLink",
    "Registration",
    "TeamFollowUp",
]
