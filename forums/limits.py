"""Rate limits on posting. Each is a setting; 0 turns it off. Moderators are exempt."""

import math

from django.conf import settings
from django.utils import timezone

from . import permissions
from .models import Post


def seconds_to_wait(user):
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


def too_soon(form, user):
    """True, with an error on ``form`` (which keeps what was typed), if it is too soon."""
    wait = seconds_to_wait(user)
    if not wait:
        return False
    form.add_error(
        None,
        f"You posted moments ago: please wait {wait} more second{'s' if wait != 1 else ''} "
        "before posting again. Your text is kept below.",
    )
    return True
