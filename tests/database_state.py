"""What the database holds when a test starts: the site's skeleton, or the demo content.

Every test starts from the skeleton that ``home.factories.build_site`` makes (a home
page, its Site and the empty sections), committed once per test process, and builds the
rest with the apps' factories. Tests marked ``demo`` are about the demo content itself:
they run together after the other database tests, inside one outer transaction that
loads the demo once and is rolled back when the last of them ends. Transactional tests
(a live server, threads) see committed rows, so they get the skeleton or the demo
restored from a snapshot before they start; pytest-django empties the database after
each of them.
"""

import json

from django.apps import apps
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.test import TestCase

SNAPSHOTS = {}  # "site" and "demo": serialize_db_to_string() of each state
_demo = {"atomic": None}  # the outer transaction holding the demo, while demo tests run


def is_demo(item):
    return item.get_closest_marker("demo") is not None


def is_transactional(item):
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or marker.args[:1] == (True,)):
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


def build_site_snapshot():
    """Build the skeleton (committed) and keep it to restore after a flush."""
    from home.factories import build_site

    build_site()
    SNAPSHOTS["site"] = connection.creation.serialize_db_to_string()


def has_site():
    from home.models import HomePage

    return HomePage.objects.exists()


def restore(name):
    """Empty the database and put back a snapshot, committed."""
    call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
    rows = json.loads(SNAPSHOTS[name])
    # Content types first: saving the other rows may look them up.
    first = [row for row in rows if row["model"] == "contenttypes.contenttype"]
    rest = [row for row in rows if row["model"] != "contenttypes.contenttype"]
    connection.creation.deserialize_db_from_string(json.dumps(first))
    connection.creation.deserialize_db_from_string(json.dumps(rest))
    reset_sequences()
    clear_caches()


def reset_sequences():
    """After rows were inserted with explicit keys, point PostgreSQL's sequences past them."""
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def clear_caches():
    """Wagtail keeps the site's root paths in the cache, and Django its content types."""
    from django.contrib.contenttypes.models import ContentType

    cache.clear()
    ContentType.objects.clear_cache()


def load_demo():
    """Replace the skeleton with the demo content, as a fresh site would load it.

    Callbacks run on commit (search entries, document text) are run at once: inside the
    outer transaction nothing commits."""
    from wagtail.models import Page

    for page in Page.get_first_root_node().get_children():
        page.delete()  # its Site goes with it; the loader makes both anew
    clear_caches()
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo_content", verbosity=0)
    SNAPSHOTS.setdefault("demo", connection.creation.serialize_db_to_string())


def enter_demo():
    if _demo["atomic"] is None:
        atomic = transaction.atomic()
        atomic.__enter__()
        _demo["atomic"] = atomic
        load_demo()


def leave_demo():
    atomic = _demo.pop("atomic", None)
    _demo["atomic"] = None
    if atomic is not None:
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)
        clear_caches()


def prepare(item):
    """Called before pytest-django opens the test's own transaction."""
    if is_transactional(item):
        leave_demo()
        if is_demo(item):
            if "demo" not in SNAPSHOTS:
                restore("site")  # the loader needs the tree's root
                enter_demo()
                leave_demo()
            restore("demo")
        elif not has_site():
            restore("site")
    elif is_demo(item):
        enter_demo()
    else:
        leave_demo()
        if not has_site():
            restore("site")


def finish(item, nextitem):
    """After the test's transaction is rolled back: end the demo run when the next test
    is not one of it."""
    if _demo["atomic"] is not None and (
        nextitem is None or not is_demo(nextitem) or is_transactional(nextitem)
    ):
        leave_demo()
