"""Settings for the test suite. DATABASE_URL selects PostgreSQL; SQLite otherwise."""

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
# Rate limits are exercised by their own test, which turns them back on.
ACCOUNT_RATE_LIMITS = False
FORUMS_MIN_POST_INTERVAL = 0
FORUMS_NEW_MEMBER_THREADS_PER_DAY = 0
FORUMS_HOLD_FIRST_POSTS = 0
ELASTICSEARCH_INDEX = "sameside-test-library"  # never write tests into a real index
