"""What the benchmarks share: timing a page through Django's test client, percentiles,
checking the schema before generating, settling statistics, and EXPLAIN of the slowest
query; the table of pages that the events and teams scripts print. Imported by the bench
scripts after ``django.setup()``."""

import statistics
import sys
import time

from django.apps import apps
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.migrations.autodetector import MigrationAutodetector
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.state import ProjectState
from django.test import Client
from django.test.utils import CaptureQueriesContext


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def schema_out_of_date():
    """Why the database cannot hold the models as they are, or "" if it can: a missing
    column would otherwise fail half-way through generating."""
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        return "Unapplied migrations: run `manage.py migrate` first."
    detector = MigrationAutodetector(executor.loader.project_state(), ProjectState.from_apps(apps))
    changed = detector.changes(graph=executor.loader.graph)
    if changed:
        return (
            f"Model changes without a migration in {', '.join(sorted(changed))}: the code "
            "is mid-change (`manage.py makemigrations --check`)."
        )
    return ""


def analyze():
    # What autovacuum would do a little later: statistics for the new rows, so the plans
    # measured are those a settled database gets. VACUUM needs autocommit.
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    elif connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def explain(queries):
    # SELECTs only: EXPLAIN ANALYZE runs the statement, and some pages also write (a
    # member's thread page records its read marker) and commit.
    reads = [q for q in queries.captured_queries if q["sql"].lstrip().upper().startswith("SELECT")]
    slowest = max(reads, key=lambda q: float(q["time"]))
    print(f"  slowest query ({float(slowest['time']) * 1000:.1f} ms): {slowest['sql'][:300]}")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # The captured SQL has its parameters inlined already.
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + slowest["sql"])
            for (line,) in cursor.fetchall():
                print(f"    {line}")


def measure(client, path, args):
    def get():
        response = client.get(path)
        if response.status_code != 200:
            sys.exit(f"{path} returned {response.status_code}")

    for _ in range(args.warmup):
        get()
    timings = []
    for _ in range(args.requests):
        start = time.perf_counter()
        get()
        timings.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as queries:
        get()
    return statistics.median(timings), percentile(timings, 0.95), queries


def table_header(first_column):
    print(f"| {first_column} | page | p50 ms | p95 ms | queries |")
    print("|---:|---|---:|---:|---:|")


def measure_rows(size, rows, args, counts):
    """Measure each (name, user or None, path) of ``rows`` at ``size``, print its table
    row, and add its query count to ``counts[name]``. Returns {name: p95 ms}."""
    slowest = {}
    for name, user, path in rows:
        client = Client()
        if user is not None:
            client.force_login(user)
        p50, p95, queries = measure(client, path, args)
        print(f"| {size:,} | {name} | {p50:.1f} | {p95:.1f} | {len(queries)} |", flush=True)
        counts.setdefault(name, []).append(len(queries))
        slowest[name] = p95
        if args.explain:
            explain(queries)
    return slowest


def grown_queries(counts, growing, exempt=()):
    """Print and return the rows whose query count changed as ``growing`` grew (rows
    whose names start with one of ``exempt`` may grow)."""
    grown = {
        name: found
        for name, found in counts.items()
        if len(set(found)) > 1 and not name.startswith(tuple(exempt))
    }
    for name, found in grown.items():
        print(f"Queries of {name} grew with the {growing}: {found}")
    return grown
