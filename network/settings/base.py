"""Settings shared by every environment.

Everything that differs between a laptop and production is read from the
environment (see docs/configuration.md). With no variable set the site runs on
SQLite, Wagtail's database search, local-memory cache, console email and tasks
that run immediately.
"""

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "network.core",
    "home",
    "events",
    "teams",
    "network",
    "api",
    "compare",
    "alerts",
    "feeds",
    "resources",
    "casestudies",
    "forums",
    "search",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.forms",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "network.core.csp.ContentSecurityPolicyMiddleware",
    # Answers anonymous visitors from the cache before the session and sign-in work.
    "network.core.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "api.limits.RateLimitMiddleware",
]

ROOT_URLCONF = "network.urls"

# Content-Security-Policy (django-csp; see network/core/csp.py and docs/security.md). The
# site's pages run only the site's own script files and styles: nothing inline, nothing
# from elsewhere. The Wagtail admin, below ADMIN_URL_PREFIX, also needs inline scripts
# (its templates write them, without nonces) and inline styles (the rich text editor
# adds them), and nothing more, as measured in Chromium: tests/browser/test_csp.py
# fails on any violation. The admin calls no outside service (no Gravatar avatars, which
# would send a hash of each editor's email address away, and no release check).
ADMIN_URL_PREFIX = "/admin/"
_SITE_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    # The admin's preview shows the site's pages in a frame of its own.
    "frame-ancestors": ["'self'"],
}
CONTENT_SECURITY_POLICY = {"DIRECTIVES": _SITE_CSP}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_SITE_CSP,
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
    }
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "network.wsgi.application"

# Database: SQLite by default, anything dj-database-url understands otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Read the file through memory mapping: every request opens a new connection with a
    # cold page cache, and a read call per page dominated SQLite search times.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (
        f"PRAGMA mmap_size={int(os.environ.get('SQLITE_MMAP_SIZE', 256 * 1024 * 1024))};"
    )
    # Every transaction takes the write lock when it begins (BEGIN IMMEDIATE), waiting
    # for it up to the timeout. Count-then-insert limits then run one after another
    # (network/core/locks.py), and a transaction that reads before it writes never fails
    # with "database is locked" when another one wrote in between.
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
    DATABASES["default"]["OPTIONS"].setdefault("timeout", 20)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, local memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The anonymous page cache (network/core/pagecache.py, docs/operations.md): seconds a
# page is kept in that cache for visitors who are not signed in; 0 turns it off. Every
# publish, privacy change or member post empties it at once.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))

# Search: Wagtail's database backend (SQLite FTS5 / PostgreSQL full text) by
# default. ELASTICSEARCH_URL is read by the search app, which puts
# Elasticsearch in front and falls back to this backend when it fails.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX = os.environ.get("ELASTICSEARCH_INDEX", "sameside-library")
# Seconds to wait for Elasticsearch per search request (no retries): when it is slow or
# down, visitors wait at most this long before the database engine answers instead.
ELASTICSEARCH_TIMEOUT = float(os.environ.get("ELASTICSEARCH_TIMEOUT", "0.5"))
# The circuit breaker (search/engines/breaker.py, state in the cache so every worker
# shares it): after this many failures in a row within the window (seconds), searches
# skip Elasticsearch for the cool-down (seconds), then one request tries it again.
ELASTICSEARCH_BREAKER_FAILURES = int(os.environ.get("ELASTICSEARCH_BREAKER_FAILURES", "3"))
ELASTICSEARCH_BREAKER_WINDOW = float(os.environ.get("ELASTICSEARCH_BREAKER_WINDOW", "60"))
ELASTICSEARCH_BREAKER_COOLDOWN = float(os.environ.get("ELASTICSEARCH_BREAKER_COOLDOWN", "30"))
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}

# Background work: run immediately unless TASK_BACKEND=database, which queues
# tasks in the database for `manage.py run_worker`.
if os.environ.get("TASK_BACKEND", "immediate") == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Email: console by default; EMAIL_URL-style settings switch to SMTP.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
# Seconds per SMTP socket operation (connect, greeting, each command), so a hung mail
# server fails a send attempt quickly; the outbox retries it later.
EMAIL_TIMEOUT = float(os.environ.get("EMAIL_TIMEOUT", "5"))
# EMAIL_URL=smtp://user:password@host:587?tls=1 sets the SMTP settings in one go.
EMAIL_URL = os.environ.get("EMAIL_URL", "")
if EMAIL_URL:
    _email = urlsplit(EMAIL_URL)
    _options = parse_qs(_email.query)
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = _email.hostname or "localhost"
    EMAIL_PORT = _email.port or 25
    EMAIL_HOST_USER = unquote(_email.username or "")
    EMAIL_HOST_PASSWORD = unquote(_email.password or "")
    EMAIL_USE_TLS = _options.get("tls", ["0"])[0] in {"1", "true", "yes"}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "SameSide <noreply@sameside.test>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The outbox (network.core.outbox): tries per email before it is given up (pauses of
# 1, 2, 4... minutes, at most 6 hours: ten tries span about eight and a half hours),
# seconds after which a send that never finished is taken back, days sent rows are kept.
OUTBOX_MAX_ATTEMPTS = int(os.environ.get("OUTBOX_MAX_ATTEMPTS", "10"))
OUTBOX_CLAIM_TIMEOUT = int(os.environ.get("OUTBOX_CLAIM_TIMEOUT", "600"))
OUTBOX_KEEP_SENT_DAYS = int(os.environ.get("OUTBOX_KEEP_SENT_DAYS", "30"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# One way in: allauth's backend (email and password) is the only one, and every sign-in
# form is allauth's, so email verification, the rate limits and the lockout apply to all
# of them. Wagtail's /admin/login/ and /_util/login/ send people on to allauth's sign-in
# page (network/core/signin.py); Wagtail's own password reset is off (allauth's is used).
AUTHENTICATION_BACKENDS = ["allauth.account.auth_backends.AuthenticationBackend"]
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
WAGTAIL_PASSWORD_RESET_ENABLED = False

# Accounts: email is the login, verification is mandatory, login is rate limited.
ACCOUNT_ADAPTER = "network.core.accounts.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
# A password reset never signs anyone in: the member signs in afterwards, through the
# same checks as everybody.
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[SameSide] "
# "key" in login_failed is the account and the client address together (see
# AccountAdapter): five wrong passwords lock that address out of that account for five
# minutes, while the owner signing in from elsewhere is not refused.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "20/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
}
# The client address that rate limits count: the connection's address unless the site
# runs behind proxies it controls. TRUSTED_PROXY_COUNT is how many proxies append to
# X-Forwarded-For (the address that many places from the end is the client's);
# TRUSTED_CLIENT_IP_HEADER names a header the proxy sets instead (e.g. X-Real-IP).
# X-Forwarded-For is ignored when neither is set: anyone can send it.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = os.environ.get("TRUSTED_CLIENT_IP_HEADER") or None
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "America/New_York"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "home" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Uploads: documents are PDFs, Word files and plain text only.
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "doc", "txt", "rtf", "odt"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Text extracted from uploaded documents (resources.DocumentText, for search) is cut
# to this many characters; the document's reason says so when that happens.
DOCUMENT_TEXT_MAX_CHARS = 500_000

DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000

WAGTAIL_SITE_NAME = "SameSide"
# The site's public address (network/core/links.py): required in production; elsewhere,
# when unset, links follow the default Wagtail Site (`make run` sets it to its port).
if os.environ.get("WAGTAILADMIN_BASE_URL"):
    WAGTAILADMIN_BASE_URL = os.environ["WAGTAILADMIN_BASE_URL"]
else:
    SILENCED_SYSTEM_CHECKS = ["wagtailadmin.W003"]  # "not defined": the Site stands in
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True
TAGGIT_CASE_INSENSITIVE = True
WAGTAILSEARCH_HITS_MAX_AGE = 30

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Communities. Each limit is a setting; 0 turns it off. Moderators are exempt.
# Seconds a member waits between two posts.
FORUMS_MIN_POST_INTERVAL = int(os.environ.get("FORUMS_MIN_POST_INTERVAL", "15"))
# A member is "new" for this many days after signing up...
FORUMS_NEW_MEMBER_DAYS = int(os.environ.get("FORUMS_NEW_MEMBER_DAYS", "7"))
# ...and may start at most this many threads a day meanwhile.
FORUMS_NEW_MEMBER_THREADS_PER_DAY = int(os.environ.get("FORUMS_NEW_MEMBER_THREADS_PER_DAY", "3"))
# A member's first N posts wait for a moderator's or facilitator's approval.
FORUMS_HOLD_FIRST_POSTS = int(os.environ.get("FORUMS_HOLD_FIRST_POSTS", "1"))
# Edits one member may make in an hour; each keeps the previous text in public history...
FORUMS_EDITS_PER_HOUR = int(os.environ.get("FORUMS_EDITS_PER_HOUR", "30"))
# ...and edits one post may have (moderators and the community's facilitators are exempt).
FORUMS_MAX_EDITS_PER_POST = int(os.environ.get("FORUMS_MAX_EDITS_PER_POST", "50"))
# "Helpful" clicks (marks and unmarks) one member may make in a minute.
FORUMS_HELPFUL_PER_MINUTE = int(os.environ.get("FORUMS_HELPFUL_PER_MINUTE", "30"))
# Seconds within which the same post sent again by its author (the same text in the same
# thread, or the same title and text as a new thread) shows the first, not a second copy.
FORUMS_DUPLICATE_WINDOW = int(os.environ.get("FORUMS_DUPLICATE_WINDOW", "120"))
# One post notifies at most this many mentioned members (groups count member by member).
FORUMS_MENTION_MAX_RECIPIENTS = int(os.environ.get("FORUMS_MENTION_MAX_RECIPIENTS", "20"))
# Notification emails are tried this many times, backing off, before they are given up.
FORUMS_EMAIL_MAX_ATTEMPTS = int(os.environ.get("FORUMS_EMAIL_MAX_ATTEMPTS", "6"))
# The domain of notification Message-IDs (threading in mail clients); the site's host if empty.
FORUMS_EMAIL_DOMAIN = os.environ.get("FORUMS_EMAIL_DOMAIN", "")
# The domain of event calendar UIDs (``event-<id>@domain``); the site's host if empty. Keep
# it fixed once calendars are out: clients match updates on the UID.
EVENTS_CALENDAR_DOMAIN = os.environ.get("EVENTS_CALENDAR_DOMAIN", "")

# The member network. Messages one member may send others through the site in 24 hours,
# and requests for a facilitator; 0 turns a limit off.
NETWORK_CONTACT_MESSAGES_PER_DAY = int(os.environ.get("NETWORK_CONTACT_MESSAGES_PER_DAY", "10"))
NETWORK_FACILITATOR_REQUESTS_PER_DAY = int(
    os.environ.get("NETWORK_FACILITATOR_REQUESTS_PER_DAY", "3")
)
# Who gets facilitator requests by email; empty: the moderators and superusers.
NETWORK_STAFF_EMAILS = env_list("NETWORK_STAFF_EMAILS")

# The public API (docs/api.md): requests a client may make per window of seconds,
# anonymous and signed in; 0 turns a limit off.
API_RATE_LIMIT_ANONYMOUS = int(os.environ.get("API_RATE_LIMIT_ANONYMOUS", "60"))
API_RATE_LIMIT_SIGNED_IN = int(os.environ.get("API_RATE_LIMIT_SIGNED_IN", "600"))
API_RATE_LIMIT_WINDOW = int(os.environ.get("API_RATE_LIMIT_WINDOW", "60"))

# The benchmark's ceiling view at /_bench/ceiling/ (network/core/ceiling.py, bench/http_bench.py):
# off unless asked for, in production too.
BENCH_CEILING_VIEW = env_bool("BENCH_CEILING_VIEW", False)

# The task worker (`manage.py run_worker`) backs off up to this many seconds between
# reconnection attempts while the database is down.
TASK_WORKER_MAX_BACKOFF = float(os.environ.get("TASK_WORKER_MAX_BACKOFF", "30"))
# /healthz/ reports the task queue as stalled (503) when the oldest task that is due has
# waited longer than this many seconds: the worker is down or far behind.
HEALTH_MAX_TASK_AGE = int(os.environ.get("HEALTH_MAX_TASK_AGE", "300"))
