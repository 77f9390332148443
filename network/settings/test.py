"""Settings for the test suite. DATABASE_URL selects PostgreSQL; SQLite otherwise."""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# A fresh media folder per test process, so parallel runs never delete each other's files.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="sameside-test-media-"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A database file, as in development, rather than SQLite's shared-cache memory
    # database, whose table locks fail at once instead of waiting: tests that send
    # simultaneous requests from threads (tests/concurrency.py) need the real locking.
    # A private folder in /dev/shm, when there is one, keeps the file in memory; one per
    # test process, removed when it ends.
    _shm = Path("/dev/shm")  # noqa: S108 - mkdtemp makes a private folder there
    _folder = tempfile.mkdtemp(prefix="sameside-test-db-", dir=_shm if _shm.is_dir() else None)
    atexit.register(shutil.rmtree, _folder, ignore_errors=True)
    DATABASES["default"]["TEST"] = {"NAME": str(Path(_folder) / "test.sqlite3")}  # noqa: F405

# The page cache is exercised by its own tests (tests/pagecache/), which turn it on.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
# Rate limits are exercised by their own test, which turns them back on.
ACCOUNT_RATE_LIMITS = False
FORUMS_MIN_POST_INTERVAL = 0
FORUMS_NEW_MEMBER_THREADS_PER_DAY = 0
FORUMS_HOLD_FIRST_POSTS = 0
FORUMS_EDITS_PER_HOUR = 0
FORUMS_MAX_EDITS_PER_POST = 0
FORUMS_HELPFUL_PER_MINUTE = 0
FORUMS_DUPLICATE_WINDOW = 0
API_RATE_LIMIT_ANONYMOUS = 0
API_RATE_LIMIT_SIGNED_IN = 0
ELASTICSEARCH_INDEX = "sameside-test-library"  # never write tests into a real index
