"""Benchmark: latency and SQL queries per search request, at a chosen size of library.

Usage (from the repository root; fill the index first, see docs/performance.md):

    .venv/bin/python manage.py generate_bench_content --items 10000 --seed 1 --clear
    DJANGO_SETTINGS_MODULE=network.settings.dev .venv/bin/python bench/search.py [--requests 50]

Five searches run through the real view (``/search/?...``) with Django's test client, so
the whole request is timed: parsing, the engine's queries, facet counts and the template.
``--engine-only`` times ``get_engine().search(query)`` alone. Set DATABASE_URL to measure
another database. "queries" is the number of SQL queries for one request; it should be the
same whatever the number of entries or hits. "hits" ends in "+" when the total is a lower
bound (more than ``SEARCH_EXACT_TOTAL_LIMIT`` match: docs/search.md, very broad searches).
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
from django.db.models import Count  # noqa: E402
from django.http import QueryDict  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from search.engines import get_engine  # noqa: E402
from search.models import SearchEntry  # noqa: E402
from search.query import SearchQuery  # noqa: E402


def most_common_topic():
    """The slug of the topic with the most entries (the generator favours it at every size)."""
    row = (
        SearchEntry.objects.filter(topics__isnull=False)
        .values("topics__slug")
        .annotate(n=Count("pk"))
        .order_by("-n", "topics__slug")
        .first()
    )
    if row is None:
        sys.exit("No entry has a topic: run `manage.py generate_bench_content` first.")
    return row["topics__slug"]


def searches(topic):
    return [
        ("text only", "q=peer+review+evaluation"),
        (
            "text + 3 facets",
            f"q=teacher+evaluation&topic={topic}&state=MA&type=resource",
        ),
        # A word in about 6% of entries: how a specific question fares beside a common one.
        ("rare word + 3 facets", f"q=grievance&topic={topic}&state=MA&type=resource"),
        ("3 facets, no text", f"topic={topic}&state=CA&locale=urban"),
        ("no result", "q=zzxqv"),
    ]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50, help="timed requests per search")
    parser.add_argument("--warmup", type=int, default=2, help="untimed requests first")
    parser.add_argument(
        "--engine-only",
        action="store_true",
        help="time get_engine().search(query) instead of the whole request",
    )
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    engine = get_engine()
    topic = most_common_topic()

    mode = "engine only" if args.engine_only else "whole request"
    print(
        f"database: {connection.vendor}; {SearchEntry.objects.count()} entries; engine: "
        f"{engine.name}; {mode}; {args.requests} requests per search after "
        f"{args.warmup} warm-up; topic={topic}"
    )
    print(f"{'query':20} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8} {'hits':>8}")
    for name, params in searches(topic):
        url = f"/search/?{params}"
        query = SearchQuery.from_params(QueryDict(params))
        if query.notices:
            sys.exit(f"{url}: {'; '.join(query.notices)}")

        if args.engine_only:

            def run(query=query):
                return get_engine().search(query)

        else:

            def run(url=url):
                response = client.get(url)
                if response.status_code != 200:
                    sys.exit(f"{url} returned {response.status_code}")
                return response

        for _ in range(args.warmup):
            run()
        timings = []
        for _ in range(args.requests):
            start = time.perf_counter()
            run()
            timings.append((time.perf_counter() - start) * 1000)
        with CaptureQueriesContext(connection) as queries:
            run()
        results = get_engine().search(query)
        # "10000+": more hits than are counted exactly (SearchResults.total_is_lower_bound).
        hits = f"{results.total}{'+' if results.total_is_lower_bound else ''}"
        print(
            f"{name:20} {statistics.median(timings):8.1f} {percentile(timings, 0.95):8.1f}"
            f" {len(queries):8d} {hits:>8}"
        )


if __name__ == "__main__":
    main()
