"""Benchmark: how well search ranks the judged pages of bench/relevance_queries.toml.

Usage (from the repository root, on a database holding the demo content):

    DJANGO_SETTINGS_MODULE=network.settings.dev .venv/bin/python manage.py migrate
    DJANGO_SETTINGS_MODULE=network.settings.dev .venv/bin/python manage.py load_demo_content
    DJANGO_SETTINGS_MODULE=network.settings.dev .venv/bin/python bench/relevance.py

Every query goes through the one search interface,
``engine.search(SearchQuery.from_params(QueryDict("q=...")))``, as the search page sends
it, and the URLs of the hits are scored (bench/relevance_metrics.py): success@1,
success@3, MRR and nDCG@5, over all queries and by kind, then the queries whose answer
is not first. ``--engine elasticsearch`` asks Elasticsearch (ELASTICSEARCH_URL must be
set, and its index rebuilt from the same entries); set DATABASE_URL for PostgreSQL.
``--json`` prints the same as JSON. Exits 1 when a judged page is not in the index (the
demo content is not loaded), 2 on a bad option or queries file.
"""

import argparse
import json
import os
import sys
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network.settings.dev")

import django  # noqa: E402
from django.apps import apps  # noqa: E402

if not apps.ready:  # run as a script; under the tests Django is already set up
    django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import QueryDict  # noqa: E402

from bench import relevance_metrics as metrics  # noqa: E402
from search.engines import DatabaseEngine, elasticsearch_engine, get_engine  # noqa: E402
from search.models import SearchEntry  # noqa: E402
from search.query import SearchQuery  # noqa: E402


def missing_pages(queries):
    """Judged URL paths that no search entry has (the demo content is not loaded)."""
    urls = metrics.judged_urls(queries)
    present = set(SearchEntry.objects.filter(url__in=urls).values_list("url", flat=True))
    return sorted(urls - present)


PAGES = 3  # pages read when the answer is not on the first, to say where it ranks


def run(engine, queries):
    """Each query's outcome, and the names of the engines that answered. The query is
    exactly what the search page builds (page 1, 10 hits), so a flow that depends on the
    page is measured as visitors get it; pages 2 and 3 are read only to find where a
    missed answer ranks."""
    outcomes, answered = [], set()
    for judged in queries:
        query = SearchQuery.from_params(QueryDict(urlencode({"q": judged.text})))
        results = engine.search(query)
        answered.add(results.engine)
        ranked = [hit.url for hit in results.hits]
        page = 1
        while not judged.targets & set(ranked) and page < min(PAGES, results.num_pages):
            page += 1
            more = engine.search(query.with_page(page))
            answered.add(more.engine)
            ranked += [hit.url for hit in more.hits]
        outcomes.append(
            metrics.Outcome(judged, ranked, total=results.total, notices=tuple(results.notices))
        )
    return outcomes, answered


def database_name():
    name = settings.DATABASES["default"]["NAME"]
    if connection.vendor == "sqlite":
        return f"SQLite {connection.Database.sqlite_version} ({Path(str(name)).name})"
    connection.ensure_connection()
    version = connection.pg_version // 10000
    return f"PostgreSQL {version} ({name})"


def choose_engine(name):
    if name == "database":
        return DatabaseEngine()
    if elasticsearch_engine() is None:
        sys.exit(
            "--engine elasticsearch needs ELASTICSEARCH_URL (no Elasticsearch is configured);"
            " use --engine database."
        )
    return get_engine()


def report(engine_name, database, outcomes, file_name):
    lines = [
        f"Relevance of {len(outcomes)} judged queries ({file_name})",
        f"engine: {engine_name}    database: {database}",
        "",
        f"{'':14}{'queries':>8}{'success@1':>11}{'success@3':>11}{'MRR':>8}{'nDCG@5':>8}",
    ]

    def row(label, scores):
        return (
            f"{label:14}{scores['queries']:>8}{scores['success@1']:>11.3f}"
            f"{scores['success@3']:>11.3f}{scores['mrr']:>8.3f}{scores['ndcg@5']:>8.3f}"
        )

    lines.append(row("all", metrics.summary(outcomes)))
    for kind, scores in metrics.by_kind(outcomes).items():
        lines.append(row(f"  {kind}", scores))
    missed = metrics.failures(outcomes)
    lines += ["", f"Not first ({len(missed)}): query, rank of the answer, top 3 returned"]
    for outcome in missed:
        if outcome.rank:
            rank = outcome.rank
        elif outcome.ranked:
            rank = f"below {len(outcome.ranked)}"
        else:
            rank = "none (no results)"
        lines.append(f"- {outcome.query.text!r}  rank {rank}  ({outcome.total} hits)")
        for url in outcome.ranked[:3]:
            grade = outcome.query.judgments.get(url, 0)
            lines.append(f"      {grade}  {url}")
    return "\n".join(lines)


def as_json(engine_name, database, outcomes, file_name):
    return {
        "queries_file": file_name,
        "engine": engine_name,
        "database": database,
        "summary": metrics.summary(outcomes),
        "by_kind": metrics.by_kind(outcomes),
        "queries": [
            {
                "text": o.query.text,
                "kind": o.query.kind,
                "rank": o.rank,
                "total": o.total,
                "top": o.ranked[:5],
                "grades": [o.query.judgments.get(url, 0) for url in o.ranked[:5]],
                "ndcg@5": metrics.ndcg_at(metrics.NDCG_DEPTH, o.ranked, o.query),
            }
            for o in outcomes
        ],
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=["database", "elasticsearch"], default="database")
    parser.add_argument("--queries", type=Path, default=metrics.QUERIES_FILE)
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    options = parser.parse_args(argv)

    try:
        queries = metrics.load_queries(options.queries)
    except (OSError, ValueError) as error:  # tomllib's TOMLDecodeError is a ValueError
        print(f"Cannot use {options.queries}:\n{error}", file=sys.stderr)
        return 2
    engine = choose_engine(options.engine)
    database = database_name()
    missing = missing_pages(queries)
    if missing:
        print(
            f"{len(missing)} judged pages are not in the search index of {database}, e.g. "
            f"{', '.join(missing[:3])}.\nThis benchmark needs the demo content: run "
            "`manage.py migrate` and `manage.py load_demo_content` on this database "
            "(and `manage.py search_index rebuild` for Elasticsearch).",
            file=sys.stderr,
        )
        return 1
    outcomes, answered = run(engine, queries)
    if options.engine == "elasticsearch" and answered != {"elasticsearch"}:
        print(
            f"Elasticsearch did not answer every query (answered by: {sorted(answered)}).",
            file=sys.stderr,
        )
        return 1
    engine_name = ", ".join(sorted(answered))
    file_name = options.queries.name
    if options.json:
        print(json.dumps(as_json(engine_name, database, outcomes, file_name), indent=2))
    else:
        print(report(engine_name, database, outcomes, file_name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
