"""Benchmark: latency and SQL queries per request for the main public pages.

Usage (from the repository root, after `make run` or `make demo` has loaded the content):

    DJANGO_SETTINGS_MODULE=network.settings.dev .venv/bin/python bench/pages.py [--requests 50]

Set DATABASE_URL to measure on PostgreSQL (load the demo content there first with
`manage.py migrate` and `manage.py load_demo_content`). Requests go through Django's test
client in-process, so the figures are the application's time without a web server.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

PAGES = [
    ("home", "/"),
    ("case-study index", "/case-studies/"),
    ("case study (Toledo)", "/case-studies/toledo-peer-assistance-and-review/"),
    ("resource index", "/resources/"),
    ("resource (Baltimore agreement)", "/resources/baltimore-2010-2013-agreement/"),
    ("topic", "/topics/peer-assistance-and-review/"),
    ("search", "/search/?q=peer+review"),
]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50, help="timed requests per page")
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    engine = connection.vendor
    print(f"database: {engine}; {args.requests} requests per page after one warm-up")
    print(f"{'page':34} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    for name, url in PAGES:
        response = client.get(url)
        if response.status_code != 200:
            sys.exit(f"{url} returned {response.status_code}: load the demo content first")
        timings = []
        for _ in range(args.requests):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        print(
            f"{name:34} {statistics.median(timings):8.1f} {percentile(timings, 0.95):8.1f}"
            f" {len(queries):8d}"
        )


if __name__ == "__main__":
    main()
