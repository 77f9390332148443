"""Communities of practice. The models live in small modules by subject:

- ``communities``: the Wagtail pages (the index and each community);
- ``posts``: threads, posts, edit history and "helpful" marks;
- ``moderation``: flags and suspensions;
- ``notifications``: watch levels, preferences, notifications and read markers.
"""

from .communities import CommunityIndexPage, CommunityPage, CommunityPageTopic
from .moderation import Flag, FlagOutcome, FlagReason, Suspension
from .notifications import (
    Digest,
    EmailMode,
    MemberPreferences,
    Notification,
    NotificationKind,
    Subscription,
    ThreadRead,
    WatchLevel,
)
from .posts import (
    BODY_MAX_LENGTH,
    POSTS_PER_PAGE,
    THREADS_PER_PAGE,
    TITLE_MAX_LENGTH,
    Helpful,
    Post,
    PostEdit,
    PostQuerySet,
    Thread,
)

__all__ = [
    "BODY_MAX_LENGTH",
    "POSTS_PER_PAGE",
    "THREADS_PER_PAGE",
    "TITLE_MAX_LENGTH",
    "CommunityIndexPage",
    "CommunityPage",
    "CommunityPageTopic",
    "Digest",
    "EmailMode",
    "Flag",
    "FlagOutcome",
    "FlagReason",
    "Helpful",
    "MemberPreferences",
    "Notification",
    "NotificationKind",
    "Post",
    "PostEdit",
    "PostQuerySet",
    "Subscription",
    "Suspension",
    "Thread",
    "ThreadRead",
    "WatchLevel",
]
