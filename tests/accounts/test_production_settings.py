"""Production refuses to start without its database and shared cache, and passes
`check --deploy` with the environment that docs/configuration.md documents."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.services import redis_url

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = redis_url("accounts")
# A PostgreSQL database for the deploy check (it only connects, it writes nothing).
POSTGRES_URL = os.environ.get("DEPLOY_CHECK_DATABASE_URL") or os.environ.get(
    "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)
# The production environment documented in docs/configuration.md.
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "network.settings.production",
    "SECRET_KEY": "k2V9rQ7xZp3LmN8wT4yB6cH1jF5sD0gA-eU7iO2pR9tY4uW3qE6zX8vC1bN5mK0l",
    "ALLOWED_HOSTS": "sameside.example",
    "CSRF_TRUSTED_ORIGINS": "https://sameside.example",
    "WAGTAILADMIN_BASE_URL": "https://sameside.example",
    "DATABASE_URL": POSTGRES_URL,
    "REDIS_URL": REDIS_URL,
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "1",
    "SECURE_HSTS_PRELOAD": "1",
    "TRUSTED_PROXY_COUNT": "1",
}


def run(code_or_args, **overrides):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    env.update(PRODUCTION_ENV)
    for name, value in overrides.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    args = code_or_args if isinstance(code_or_args, list) else ["-c", code_or_args]
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )


SETUP = "import django; django.setup()"


@pytest.mark.parametrize(
    ("missing", "sentence"),
    [
        ("DATABASE_URL", "Set DATABASE_URL for production"),
        ("REDIS_URL", "Set REDIS_URL for production"),
        ("WAGTAILADMIN_BASE_URL", "Set WAGTAILADMIN_BASE_URL for production"),
    ],
)
def test_production_refuses_to_start_without(missing, sentence):
    result = run(SETUP, **{missing: None})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert sentence in result.stderr


def test_production_starts_with_the_documented_environment():
    result = run(SETUP)
    assert result.returncode == 0, result.stderr


def test_check_deploy_is_clean():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr
