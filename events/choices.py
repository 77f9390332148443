"""The vocabularies events use. The kinds are the convenings the sources describe:
statewide conferences with workshops (seed 000, lines 82-84), a national conference with
breakout sessions (seed 003, lines 110 and 166), community-of-practice sessions (seed 000,
line 80), the follow-up calls, online meetings and regional face-to-face meetings seed 003
recommends (line 421), and trainings such as interest-based bargaining (seed 000, line 78).
"""

from django.db import models


class EventKind(models.TextChoices):
    CONFERENCE = "conference", "Conference"
    WEBINAR = "webinar", "Webinar"
    COMMUNITY_SESSION = "community_session", "Community-of-practice session"
    REGIONAL_MEETING = "regional_meeting", "Regional meeting"
    TRAINING = "training", "Training"


class SessionFormat(models.TextChoices):
    PLENARY = "plenary", "Plenary"
    WORKSHOP = "workshop", "Workshop"
    PANEL = "panel", "Panel discussion"
    BREAKOUT = "breakout", "Team breakout"
    BREAK = "break", "Break"


class SpeakerRole(models.TextChoices):
    SPEAKER = "speaker", "Speaker"
    FACILITATOR = "facilitator", "Facilitator"
    PANELIST = "panelist", "Panelist"
    HOST = "host", "Host"


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", "Registered"
    WAITLISTED = "waitlisted", "On the waiting list"
    CANCELLED = "cancelled", "Cancelled"


class MaterialKind(models.TextChoices):
    SLIDES = "slides", "Slides"
    DOCUMENT = "document", "Document"
    RECORDING = "recording", "Recording"
    LINK = "link", "Link"


class When(models.TextChoices):
    """The events index's time facet."""

    UPCOMING = "upcoming", "Upcoming"
    PAST = "past", "Past"
