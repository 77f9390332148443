"""Rate limits on posting, editing and "helpful" marks, holding of new members' posts, and
repeated submissions. Each is a setting; 0 turns it off. Moderators are exempt, and
facilitators are exempt in the communities they facilitate.

- ``FORUMS_MIN_POST_INTERVAL``: seconds between two posts by one member;
- ``FORUMS_NEW_MEMBER_THREADS_PER_DAY``: new threads in 24 hours by a member who joined
  less than ``FORUMS_NEW_MEMBER_DAYS`` days ago;
- ``FORUMS_HOLD_FIRST_POSTS``: a member's first posts wait for approval until this many
  of theirs have been approved; while the member is new, an edit of an approved post
  puts it back in the queue (``must_hold_edit``);
- ``FORUMS_EDITS_PER_HOUR``: edits one member makes in an hour, and
  ``FORUMS_MAX_EDITS_PER_POST``: edits a post keeps in its (public) history;
- ``FORUMS_HELPFUL_PER_MINUTE``: "helpful" clicks (marks and unmarks) a minute;
- ``FORUMS_DUPLICATE_WINDOW``: seconds within which the same post sent again (a retry
  after a timeout, a double click) is answered with the one already posted.

How the limits hold under concurrency and across processes. The limits on posts and
edits count the member's stored rows, and the views count and write inside
``network.core.locks.member_lock``: one transaction that first locks the member's user
row (``SELECT ... FOR UPDATE`` on PostgreSQL; on SQLite every transaction takes the
write lock at ``BEGIN IMMEDIATE``). A second request of the same member, in any worker,
waits there until the first has committed, then counts its row: ten simultaneous replies
make one post, and a repeated submission finds the first. The database is the one
source of truth, so nothing is lost when a cache is flushed.

"Helpful" clicks leave no row to count (unmarking deletes the mark), so they are counted
in the cache, per member and per minute, with the atomic ``cache.add`` and
``cache.incr``. In production the cache is Redis, shared by every worker; the local
memory cache of development counts per process.
"""

import math
import time
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from . import permissions
from .models import Post, PostEdit, Thread


def exempt(user, community):
    return permissions.is_moderator(user) or permissions.is_facilitator(user, community)


def plural(number, word):
    return f"{number} {word}{'s' if number != 1 else ''}"


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


def must_hold_edit(editor, post):
    """True if ``editor``'s change to the published ``post`` sends it back for approval:
    holding is on and the editor is its author, still a new member. (Otherwise a new
    member could have a harmless post approved and then rewrite it.)"""
    if settings.FORUMS_HOLD_FIRST_POSTS <= 0 or post.held or post.author_id != editor.pk:
        return False
    return is_new_member(editor) and not exempt(editor, post.thread.community)


def too_soon(form, user, community=None, new_thread=False):
    """True, with an error on ``form`` (which keeps what was typed), if a limit refuses
    the post now."""
    wait = seconds_to_wait(user, community)
    if wait:
        form.add_error(
            None,
            f"You posted moments ago: please wait {plural(wait, 'more second')} "
            "before posting again. Your text is kept below.",
        )
        return True
    if new_thread and threads_left_today(user, community) == 0:
        limit = settings.FORUMS_NEW_MEMBER_THREADS_PER_DAY
        form.add_error(
            None,
            f"New members can start {plural(limit, 'thread')} a day, and you "
            "have reached that today. Your text is kept below: post it tomorrow, or add it "
            "as a reply to an existing thread.",
        )
        return True
    return False


def edit_refused(form, user, post):
    """True, with an error on ``form`` (which keeps the new text), if a limit refuses the
    edit now."""
    if exempt(user, post.thread.community):
        return False
    per_post = settings.FORUMS_MAX_EDITS_PER_POST
    if per_post > 0 and post.edits.count() >= per_post:
        form.add_error(
            None,
            f"This post has been edited {plural(per_post, 'time')}, the most a post can "
            "be. Your text is kept below: post it as a reply, or ask a moderator to make "
            "the change.",
        )
        return True
    per_hour = settings.FORUMS_EDITS_PER_HOUR
    if per_hour > 0:
        since = timezone.now() - timedelta(hours=1)
        if PostEdit.objects.filter(edited_by=user, edited_at__gte=since).count() >= per_hour:
            form.add_error(
                None,
                f"You have made {plural(per_hour, 'edit')} in the last hour, the most "
                "members can. Your text is kept below: save it again a little later.",
            )
            return True
    return False


def helpful_click_allowed(user):
    """Count one "helpful" click of ``user``; False once they are over the minute's limit."""
    limit = settings.FORUMS_HELPFUL_PER_MINUTE
    if limit <= 0 or permissions.is_moderator(user):
        return True
    key = f"forums:helpful-clicks:{user.pk}:{int(time.time() // 60)}"
    cache.add(key, 0, timeout=120)  # atomic: only the first click of the minute sets it
    try:
        clicks = cache.incr(key)
    except ValueError:  # the key expired or was evicted between the two calls
        cache.add(key, 1, timeout=120)
        clicks = 1
    return clicks <= limit


def recent(queryset, field="created_at"):
    """``queryset`` cut to the duplicate window; None when the check is off."""
    window = settings.FORUMS_DUPLICATE_WINDOW
    if window <= 0:
        return None
    return queryset.filter(**{f"{field}__gte": timezone.now() - timedelta(seconds=window)})


def duplicate_reply(user, thread, body):
    """The reply ``user`` posted in ``thread`` moments ago with this very text, or None."""
    posts = recent(Post.objects.filter(author=user, thread=thread, body=body, hidden=False))
    return posts.order_by("-created_at").first() if posts is not None else None


def duplicate_thread(user, community, title, body):
    """The thread ``user`` started in ``community`` moments ago with this title and
    question, or None."""
    threads = recent(
        Thread.objects.filter(
            author=user,
            community=community,
            title=title,
            posts__author=user,
            posts__body=body,
            posts__reply_to=None,
        )
    )
    return threads.order_by("-created_at").first() if threads is not None else None
