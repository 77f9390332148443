"""Rate limits on posting. Each is a setting; 0 turns it off. Moderators are exempt, and
facilitators are exempt in the communities they facilitate.

- ``FORUMS_MIN_POST_INTERVAL``: seconds between two posts by one member;
- ``FORUMS_NEW_MEMBER_THREADS_PER_DAY``: new threads in 24 hours by a member who joined
  less than ``FORUMS_NEW_MEMBER_DAYS`` days ago;
- ``FORUMS_HOLD_FIRST_POSTS``: a member's first posts wait for approval until this many
  of theirs have been approved.
"""

import math
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from . import permissions
from .models import Post, Thread


def exempt(user, community):
    return permissions.is_moderator(user) or permissions.is_facilitator(user, community)


def seconds_to_wait(user, community=None):
    """How long ``user`` must wait before posting again (0: now)."""
    interval = settings.FORUMS_MIN_POST_INTERVAL
    if interval <= 0 or permissions.is_moderator(user):
        return 0
    last = (
        Post.objects.filter(author=user)
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    if last is None:
        return 0
    return max(0, math.ceil(interval - (timezone.now() - last).total_seconds()))


def is_new_member(user):
    days = settings.FORUMS_NEW_MEMBER_DAYS
    return days > 0 and user.date_joined > timezone.now() - timedelta(days=days)


def threads_left_today(user, community):
    """New threads ``user`` may still start in the next 24 hours; None when unlimited."""
    limit = settings.FORUMS_NEW_MEMBER_THREADS_PER_DAY
    if limit <= 0 or exempt(user, community) or not is_new_member(user):
        return None
    since = timezone.now() - timedelta(days=1)
    started = Thread.objects.filter(author=user, created_at__gte=since).count()
    return max(limit - started, 0)


def must_hold(user, community):
    """True if ``user``'s next post waits for approval (they are still new to posting)."""
    first_posts = settings.FORUMS_HOLD_FIRST_POSTS
    if first_posts <= 0 or exempt(user, community):
        return False
    approved = Post.objects.filter(author=user, held=False).count()
    return approved < first_posts


def too_soon(form, user, community=None, new_thread=False):
    """True, with an error on ``form`` (which keeps what was typed), if a limit refuses
    the post now."""
    wait = seconds_to_wait(user, community)
    if wait:
        form.add_error(
            None,
            f"You posted moments ago: please wait {wait} more second{'s' if wait != 1 else ''} "
            "before posting again. Your text is kept below.",
        )
        return True
    if new_thread and threads_left_today(user, community) == 0:
        limit = settings.FORUMS_NEW_MEMBER_THREADS_PER_DAY
        form.add_error(
            None,
            f"New members can start {limit} thread{'s' if limit != 1 else ''} a day, and you "
            "have reached that today. Your text is kept below: post it tomorrow, or add it "
            "as a reply to an existing thread.",
        )
        return True
    return False
