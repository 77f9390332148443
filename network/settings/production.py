"""Production: every secret and host comes from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False
if SECRET_KEY.startswith("dev-only"):  # noqa: F405
    raise ImproperlyConfigured("Set SECRET_KEY in the environment for production.")

# WhiteNoise serves the collected static files right after the security middleware.
MIDDLEWARE = [*MIDDLEWARE]  # noqa: F405
MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_CONTENT_TYPE_NOSNIFF = True
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")

# --- Sign-in safety: a real database, a shared cache, HSTS ------------------------------
# No silent fallbacks. Without DATABASE_URL the base settings would use the checkout's
# SQLite file, which holds the development accounts and their published password; without
# REDIS_URL each app server process would count failed sign-ins on its own, so the limits
# and the lockout would let most guesses through.
if not os.environ.get("DATABASE_URL"):
    raise ImproperlyConfigured(
        "Set DATABASE_URL for production (e.g. postgres://user:password@host:5432/sameside):"
        " without it the site would use the development SQLite file and its test accounts."
    )
if not os.environ.get("WAGTAILADMIN_BASE_URL"):
    raise ImproperlyConfigured(
        "Set WAGTAILADMIN_BASE_URL for production (e.g. https://sameside.example): emails,"
        " calendar files and the sitemap link to the site at that address."
    )
if not REDIS_URL:  # noqa: F405
    raise ImproperlyConfigured(
        "Set REDIS_URL for production (e.g. redis://127.0.0.1:6379/0): sign-in limits and"
        " lockouts must be counted in one cache that every app server process shares."
    )
# Opt in once every subdomain serves HTTPS; preloading is hard to undo (docs/security.md).
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)  # noqa: F405
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)  # noqa: F405

# Background work: a worker (`manage.py run_worker`) is part of production, so tasks,
# email among them, are queued in the database unless TASK_BACKEND says otherwise.
if os.environ.get("TASK_BACKEND", "database") == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
