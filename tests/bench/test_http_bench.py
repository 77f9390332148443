"""The real-server benchmark's pieces (bench/http_bench.py, network/core/ceiling.py,
`make serve-prod`): the ceiling view is off unless asked for, the local production
environment starts the production settings, and the figures are computed right."""

import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from django.test import RequestFactory
from django.urls import NoReverseMatch, reverse

from network.core.ceiling import ceiling

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import http_bench  # noqa: E402
import load  # noqa: E402
import servers  # noqa: E402


def test_ceiling_view_is_not_mounted_by_default(client, settings, db):
    assert settings.BENCH_CEILING_VIEW is False
    with pytest.raises(NoReverseMatch):
        reverse("bench_ceiling")
    assert client.get("/_bench/ceiling/").status_code == 404


def test_ceiling_view_makes_one_query_for_a_12_kb_page(db, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = ceiling(RequestFactory().get("/_bench/ceiling/"))
    assert response.status_code == 200
    assert 11_000 <= len(response.content) <= 13_000


SETTINGS_PROBE = (
    "import django; django.setup(); from django.conf import settings; "
    "print(settings.DEBUG, settings.ALLOWED_HOSTS, settings.STORAGES['staticfiles']['BACKEND'],"
    " settings.BENCH_CEILING_VIEW, settings.SECURE_SSL_REDIRECT)"
)


def clean_env():
    return {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}


def serve_prod_prefix():
    """The environment assignments `make serve-prod` runs manage.py with (make -n prints
    the commands without running them)."""
    out = subprocess.run(
        ["make", "-n", "--no-print-directory", "serve-prod"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    line = next(line for line in out.splitlines() if "manage.py migrate" in line)
    return line[: line.index(".venv/bin/python")]


@pytest.mark.parametrize("secret_key", ["a-key-set-by-the-person-trying-it", None])
def test_serve_prod_environment_starts_the_production_settings(secret_key):
    env = clean_env()
    env.pop("SECRET_KEY", None)
    if secret_key:
        env["SECRET_KEY"] = secret_key
    else:
        # Generated as make serve-prod does it, into a file the checkout ignores.
        subprocess.run(["make", "-s", ".serve-prod-secret-key"], cwd=ROOT, check=True, timeout=60)
    result = subprocess.run(
        ["bash", "-c", f'{serve_prod_prefix()} "{sys.executable}" -c "{SETTINGS_PROBE}"'],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "False",
        "['127.0.0.1',",
        "'localhost']",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "False",
        "False",
    ]


def test_production_settings_still_refuse_a_missing_secret_key():
    env = servers.production_env("sqlite:///unused.sqlite3", "redis://127.0.0.1:6379/14", 8000)
    env.pop("SECRET_KEY")
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env={**clean_env(), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "Set SECRET_KEY in the environment for production" in result.stderr


def test_bench_environment_mounts_the_ceiling_view():
    env = servers.production_env("sqlite:///unused.sqlite3", "redis://127.0.0.1:6379/14", 8000)
    result = subprocess.run(
        [sys.executable, "-c", SETTINGS_PROBE],
        cwd=ROOT,
        env={**clean_env(), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["True", "False"]


def test_percentile_is_nearest_rank():
    values = list(range(1, 101))
    assert http_bench.percentile(values, 0.5) == 51
    assert http_bench.percentile(values, 0.99) == 99
    assert http_bench.percentile([7.0], 0.99) == 7.0
    assert http_bench.percentile([], 0.5) == 0.0


def result(kind, requests, seconds, errors=0, **cache):
    return http_bench.Result(
        kind, "/", seconds=seconds, timings=[10.0] * requests, errors=errors, cache=Counter(cache)
    )


def test_table_shows_rate_latency_share_of_ceiling_and_errors():
    rows = [result("ceiling", 2000, 2.0), result("home", 100, 2.0, errors=3, hit=90, miss=10)]
    text = http_bench.table("Cached", rows, ceiling_rate=1000.0, show_cache=True)
    lines = text.splitlines()
    assert lines[0] == "**Cached**"
    assert re.fullmatch(
        r"\| home \| 50\.0 \| 10\.0 \| 10\.0 \| 5\.0% \| 3 \| 90/10/0 \|", lines[-1]
    )
    assert lines[-2].startswith("| ceiling | 1000.0 |") and "100.0%" in lines[-2]


def test_verdict_names_the_pages_below_target():
    rows = [result("ceiling", 1000, 1.0), result("home", 90, 1.0), result("search", 70, 1.0)]
    text = http_bench.verdict("uncached", rows, ceiling_rate=1000.0)
    assert "**not met**" in text and "search 7.0%" in text and "home" not in text
    assert "**met**" in http_bench.verdict("signed in", rows, ceiling_rate=1000.0)


def locust_row(count, failures, p50, p99, rate="1.0"):
    return {
        "Request Count": str(count),
        "Failure Count": str(failures),
        "50%": str(p50),
        "99%": str(p99),
        "Requests/s": rate,
    }


def counts(replies, made, expected=None, sent=None, outbox=None):
    return {
        "replies": replies,
        "notification_emails_expected": made if expected is None else expected,
        "notification_emails_made": made,
        "notification_emails_missing": max(0, (made if expected is None else expected) - made),
        "notification_emails_unexpected": 0,
        "notification_emails_sent": made if sent is None else sent,
        "outbox": outbox or {},
    }


def test_load_report_passes_only_when_every_count_matches(capsys):
    totals = {
        "POST reply": locust_row(10, 0, 120, 300),
        "Aggregated": locust_row(500, 0, 80, 400),
    }
    assert load.report(totals, counts(10, 25), {"tasks": 0}, received=25 + 2) is False
    assert "**not met** (27 received" in capsys.readouterr().out
    assert load.report(totals, counts(10, 25, outbox={"sent": 2}), {"tasks": 0}, 27) is True
    # A reply Locust saw posted but not in the database; an email never sent.
    assert load.report(totals, counts(9, 25), {"tasks": 0}, 25) is False
    assert load.report(totals, counts(10, 25, sent=24), {"tasks": 0}, 24) is False
    slow = {**totals, "Aggregated": locust_row(500, 0, 80, 900)}
    assert load.report(slow, counts(10, 25), {"tasks": 0}, 25) is False
