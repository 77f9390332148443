"""The load test's database side (bench/load.py runs it with the server's settings):

    python bench/load_check.py setup --members 20   # accounts; prints them and the start
    python bench/load_check.py pending              # background tasks not done yet
    python bench/load_check.py check --since ISO    # what the run wrote and sent, as JSON

``check`` counts the replies the load members posted since the start, and works out on
its own which notification emails those replies should have caused (everyone watching
the thread, or its community, except the author; a member starts watching a thread when
first replying to it), to compare with the notifications the site made and sent.
"""

import argparse
import json
import os
import sys
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network.settings.dev")

import django  # noqa: E402

django.setup()

from allauth.account.models import EmailAddress  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_tasks_db.models import DBTaskResult  # noqa: E402

from forums.models import (  # noqa: E402
    EmailMode,
    MemberPreferences,
    Notification,
    Post,
    Subscription,
    WatchLevel,
)
from network.core.models import OutgoingEmail  # noqa: E402

PREFIX = "loadmember"
PASSWORD = "load-test-member-2026"  # noqa: S105 - local accounts of the load test


def setup(count):
    User = get_user_model()
    members = []
    for number in range(1, count + 1):
        email = f"{PREFIX}{number:02d}@sameside.test"
        user, _ = User.objects.get_or_create(
            username=f"{PREFIX}{number:02d}",
            defaults={"email": email, "date_joined": timezone.now() - timedelta(days=60)},
        )
        user.set_password(PASSWORD)
        user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        members.append({"email": email, "password": PASSWORD})
    return {"members": members, "since": timezone.now().isoformat()}


def pending():
    busy = DBTaskResult.objects.filter(status__in=["READY", "RUNNING"]).count()
    unsent = Notification.objects.filter(email_mode=EmailMode.NOW, emailed_at__isnull=True)
    return {"tasks": busy, "unsent_notifications": unsent.count()}


def expected_notifications(posts, since):
    """(post id, user id) of every email the posts should cause, replaying them in order
    over the watch levels as they stood before the run."""
    members = set(posts.values_list("author_id", flat=True))
    # Subscriptions the load members' replies made (auto-watch) are replayed, not assumed.
    before = Subscription.objects.exclude(user_id__in=members, updated_at__gte=since)
    thread_level = {(s.user_id, s.thread_id): s.level for s in before.filter(thread__isnull=False)}
    community_level = {
        (s.user_id, s.community_id): s.level for s in before.filter(thread__isnull=True)
    }
    no_auto_watch = set(
        MemberPreferences.objects.filter(auto_watch=False).values_list("user_id", flat=True)
    )
    expected = set()
    for post in posts.select_related("thread"):
        thread = post.thread
        people = {u for (u, t) in thread_level if t == thread.pk} | {
            u for (u, c) in community_level if c == thread.community_id
        }
        for user_id in people - {post.author_id}:
            level = thread_level.get((user_id, thread.pk)) or community_level.get(
                (user_id, thread.community_id)
            )
            if level == WatchLevel.WATCHING:
                expected.add((post.pk, user_id))
        if (post.author_id, thread.pk) not in thread_level and post.author_id not in no_auto_watch:
            thread_level[(post.author_id, thread.pk)] = WatchLevel.WATCHING
    return expected


def check(since):
    since = datetime.fromisoformat(since)
    posts = Post.objects.filter(
        author__username__startswith=PREFIX, created_at__gte=since
    ).order_by("created_at", "pk")
    made = Notification.objects.filter(post__in=posts, email_mode=EmailMode.NOW)
    made_pairs = set(made.values_list("post_id", "user_id"))
    expected = expected_notifications(posts, since)
    outbox = Counter(
        OutgoingEmail.objects.filter(created_at__gte=since).values_list("status", flat=True)
    )
    return {
        "replies": posts.count(),
        "held_replies": posts.filter(held=True).count(),
        "notification_emails_expected": len(expected),
        "notification_emails_made": len(made_pairs),
        "notification_emails_missing": len(expected - made_pairs),
        "notification_emails_unexpected": len(made_pairs - expected),
        "notification_emails_sent": made.filter(emailed_at__isnull=False).count(),
        "outbox": dict(outbox),
        **pending(),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["setup", "pending", "check"])
    parser.add_argument("--members", type=int, default=20)
    parser.add_argument("--since")
    args = parser.parse_args()
    if args.action == "setup":
        print(json.dumps(setup(args.members)))
    elif args.action == "pending":
        print(json.dumps(pending()))
    else:
        print(json.dumps(check(args.since)))


if __name__ == "__main__":
    main()
