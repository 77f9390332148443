"""Watch levels: reading and setting a member's level for a community or a thread."""

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from .models import MemberPreferences, Subscription, WatchLevel


def explicit_level(user, *, community=None, thread=None):
    """The level the member chose for this community or thread, or None."""
    if not user.is_authenticated:
        return None
    target = {"thread": thread} if thread is not None else {"community": community}
    return Subscription.objects.filter(user=user, **target).values_list("level", flat=True).first()


def levels(user, thread):
    """(the member's level for the thread, for its community), each None if not chosen;
    one query."""
    rows = dict(
        Subscription.objects.filter(user=user)
        .filter(Q(thread=thread) | Q(community_id=thread.community_id))
        .values_list("thread_id", "level")
    )
    return rows.get(thread.pk), rows.get(None)


def effective_level(user, thread):
    """Thread level, else community level, else normal."""
    thread_level, community_level = levels(user, thread)
    return thread_level or community_level or WatchLevel.NORMAL


def set_level(user, level, *, community=None, thread=None):
    """Set (or with ``level=None`` clear) the member's level for a community or thread."""
    target = {"thread": thread} if thread is not None else {"community": community}
    if level is None:
        Subscription.objects.filter(user=user, **target).delete()
        return
    updated = Subscription.objects.filter(user=user, **target).update(
        level=level, updated_at=timezone.now()
    )
    if not updated:
        try:
            with transaction.atomic():
                Subscription.objects.create(user=user, level=level, **target)
        except IntegrityError:  # a concurrent request created it first
            Subscription.objects.filter(user=user, **target).update(level=level)


def auto_watch(user, thread):
    """Watch a thread one starts or replies to, unless the member turned this off or
    already chose a level for the thread."""
    if not MemberPreferences.for_user(user).auto_watch:
        return
    if not Subscription.objects.filter(user=user, thread=thread).exists():
        set_level(user, WatchLevel.WATCHING, thread=thread)
