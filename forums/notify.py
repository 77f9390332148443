"""Who hears about a new post, and how.

For each member other than the author who can see the community, with their level for the
thread (``forums.watching``):

| level    | mention or reply to them     | any other post           |
|----------|------------------------------|--------------------------|
| watching | in-site, email now           | in-site, email now       |
| tracking | in-site, email now (*)       | in-site, in the digest   |
| normal   | in-site, email now (*)       | nothing                  |
| muted    | nothing                      | nothing                  |

(*) unless they turned off mention emails. The digest goes only to members who chose one.
One post makes at most one notification per member, of its strongest kind.
"""

from django.contrib.auth import get_user_model
from django.db import transaction

from . import emails, permissions
from .models import (
    Digest,
    EmailMode,
    MemberPreferences,
    Notification,
    NotificationKind,
    Subscription,
    WatchLevel,
)


def levels_for(thread):
    """{user id: effective level} for everyone with a level on the thread or community."""
    levels = {}
    for user_id, level in Subscription.objects.filter(community_id=thread.community_id).values_list(
        "user_id", "level"
    ):
        levels[user_id] = level
    for user_id, level in Subscription.objects.filter(thread=thread).values_list(
        "user_id", "level"
    ):
        levels[user_id] = level  # the thread's level wins over the community's
    return levels


def notify_post(post, mentioned=()):
    """Create the notifications for a newly visible post and queue its emails.
    Returns the notifications created."""
    thread, author_id = post.thread, post.author_id
    levels = levels_for(thread)

    kinds = {}
    for level_user, level in levels.items():
        if level in (WatchLevel.WATCHING, WatchLevel.TRACKING):
            kinds[level_user] = NotificationKind.POST
    if post.reply_to_id and post.reply_to.author_id:
        kinds[post.reply_to.author_id] = NotificationKind.REPLY
    for user in mentioned:
        kinds[user.pk] = NotificationKind.MENTION
    kinds.pop(author_id, None)
    kinds = {
        user_id: kind
        for user_id, kind in kinds.items()
        if levels.get(user_id, WatchLevel.NORMAL) != WatchLevel.MUTED
    }
    if not kinds:
        return []

    # Only people who can (still) see the community hear about it.
    allowed = set(
        get_user_model()
        .objects.filter(permissions.viewers_filter(thread.community), pk__in=kinds)
        .values_list("pk", flat=True)
    )
    preferences = {
        prefs.user_id: prefs for prefs in MemberPreferences.objects.filter(user_id__in=allowed)
    }

    notifications = []
    for user_id in sorted(allowed):
        kind = kinds[user_id]
        level = levels.get(user_id, WatchLevel.NORMAL)
        prefs = preferences.get(user_id) or MemberPreferences()
        notifications.append(
            Notification(
                user_id=user_id,
                post=post,
                kind=kind,
                created_at=post.created_at,
                email_mode=email_mode(kind, level, prefs),
            )
        )
    created = Notification.objects.bulk_create(notifications, ignore_conflicts=True)
    due = list(
        Notification.objects.filter(post=post, email_mode=EmailMode.NOW).values_list(
            "pk", flat=True
        )
    )
    if due:
        # After the post is committed, and outside its transaction: a slow or failing
        # mail server cannot hold up or undo the post.
        transaction.on_commit(lambda: emails.queue(due))
    return created


def email_mode(kind, level, prefs):
    if level == WatchLevel.WATCHING:
        return EmailMode.NOW
    if kind in (NotificationKind.MENTION, NotificationKind.REPLY):
        return EmailMode.NOW if prefs.email_mentions else EmailMode.NONE
    if level == WatchLevel.TRACKING and prefs.digest != Digest.NONE:
        return EmailMode.DIGEST
    return EmailMode.NONE
