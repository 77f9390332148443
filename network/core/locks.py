"""One member's writes, one at a time: the lock that makes per-member limits hold.

A limit that counts a member's rows and then inserts one is a race if two requests
count at once (both see room, both insert). ``member_lock`` opens a transaction and
locks the member's own user row in it (``SELECT ... FOR UPDATE`` on PostgreSQL), so a
second request of the same member waits at the lock until the first has committed, and
then counts the first one's row. Other members never wait for each other.

SQLite has no row locks; there, ``atomic()`` begins with ``BEGIN IMMEDIATE`` (the
``transaction_mode`` option in ``settings/base.py``), which takes the database's write
lock at once, so these transactions run one after another.
"""

from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.db import transaction


@contextmanager
def member_lock(user):
    """A transaction in which ``user``'s count-then-write runs alone."""
    with transaction.atomic():
        list(get_user_model().objects.select_for_update().filter(pk=user.pk).values_list("pk"))
        yield
