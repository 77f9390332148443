"""What the database holds when a test starts: the site's skeleton, a shared data set, or
the demo content.

Every test starts from the skeleton that ``home.factories.build_site`` makes (a home
page, its Site and the empty sections), committed once per test process, and builds the
rest with the apps' factories. Two larger data sets are shared:

- ``demo``: the demo content, for tests marked ``demo`` (they are about it);
- ``library``: the small search library of ``tests/library.py``, for tests that ask for
  the ``library`` fixture.

On SQLite each state is built once per test process, committed, and kept as a copy of
the database file in memory (SQLite's backup API); moving between states restores a copy,
in milliseconds. On PostgreSQL the demo tests run together inside one outer transaction
that loads the demo and is rolled back after the last of them, and ``library`` is built
by each test that asks for it.

A test's own transaction (pytest-django) is opened after its state is in place and
rolled back at its end, so the state is the same for the next test. Transactional tests
(a live server, threads) commit, and pytest-django empties the database after each of
them; the next test restores what it needs.
"""

import json
import sqlite3

from django.apps import apps
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.test import TestCase

SNAPSHOTS = {}  # state name -> what ``take`` kept
_held = {"name": None}  # the committed state the database holds now (None: unknown)
_demo = {"atomic": None}  # PostgreSQL: the outer transaction holding the demo


def is_demo(item):
    return item.get_closest_marker("demo") is not None


def is_transactional(item):
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or marker.args[:1] == (True,)):
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


def wanted(item):
    if is_demo(item):
        return "demo"
    if "library" in getattr(item, "fixturenames", ()):
        return "library"
    return "site"


def on_sqlite():
    return connection.vendor == "sqlite"


def holds(name):
    """Whether the test that is running started from the state ``name``."""
    return _held["name"] == name or (name == "demo" and _demo["atomic"] is not None)


# Keeping and restoring states -----------------------------------------------------------
def take(name):
    """Keep the committed state of the database. On SQLite, a copy of the whole file in
    memory; elsewhere, Django's serialization of every row (as ``serialized_rollback``)."""
    if on_sqlite():
        connection.ensure_connection()
        copy = sqlite3.connect(":memory:")
        connection.connection.backup(copy)
        SNAPSHOTS[name] = copy
    else:
        SNAPSHOTS[name] = connection.creation.serialize_db_to_string()


def restore(name):
    """Put back a state that ``take`` kept, committed, in place of whatever is there."""
    if on_sqlite():
        connection.ensure_connection()
        SNAPSHOTS[name].backup(connection.connection)
    else:
        call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
        rows = json.loads(SNAPSHOTS[name])
        # Content types first: saving the other rows may look them up.
        first = [row for row in rows if row["model"] == "contenttypes.contenttype"]
        rest = [row for row in rows if row["model"] != "contenttypes.contenttype"]
        connection.creation.deserialize_db_from_string(json.dumps(first))
        connection.creation.deserialize_db_from_string(json.dumps(rest))
        reset_sequences()
    clear_caches()
    _held["name"] = name


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


# Building states -------------------------------------------------------------------------
def build_site():
    from home.factories import build_site

    build_site()


def load_demo():
    """Replace the skeleton with the demo content, as a fresh site would load it.

    Callbacks run on commit (search entries, document text) run at once, so that inside
    an outer transaction, where nothing commits, they still run."""
    from wagtail.models import Page

    for page in Page.get_first_root_node().get_children():
        page.delete()  # its Site goes with it; the loader makes both anew
    clear_caches()
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo_content", verbosity=0)


def build_library():
    from tests import library

    library.build()


BUILDERS = {"demo": load_demo, "library": build_library}


def setup_session():
    """Once per test process, from ``django_db_setup``: the committed skeleton."""
    build_site()
    take("site")
    _held["name"] = "site"


def switch(name):
    """Commit the state ``name`` (on SQLite), building it the first time."""
    if _held["name"] == name:
        return
    if name in SNAPSHOTS:
        restore(name)
        return
    restore("site")
    BUILDERS[name]()
    take(name)
    _held["name"] = name


# PostgreSQL's demo transaction -----------------------------------------------------------
def enter_demo():
    if _demo["atomic"] is None:
        if _held["name"] != "site":
            restore("site")
        atomic = transaction.atomic()
        atomic.__enter__()
        _demo["atomic"] = atomic
        load_demo()


def leave_demo():
    atomic, _demo["atomic"] = _demo["atomic"], None
    if atomic is not None:
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)
        clear_caches()


# The hooks (tests/conftest.py) -----------------------------------------------------------
def prepare(item):
    """Before pytest-django opens the test's own transaction."""
    name = wanted(item)
    if on_sqlite():
        switch(name)
    elif name == "demo" and not is_transactional(item):
        enter_demo()
    else:
        leave_demo()
        # Built by the test itself on this database (see the ``library`` fixture).
        switch("demo" if name == "demo" else "site")


def finish(item, nextitem):
    """After the test's transaction is rolled back."""
    if is_transactional(item):
        _held["name"] = None  # pytest-django emptied the database
    if _demo["atomic"] is not None and (
        nextitem is None or not is_demo(nextitem) or is_transactional(nextitem)
    ):
        leave_demo()
