"""Benchmark: latency and SQL queries per request for every public page kind.

Usage (from the repository root, after `make run` or `make demo` has loaded the content):

    DJANGO_SETTINGS_MODULE=network.settings.dev .venv/bin/python bench/pages.py [--requests 50]
    ... bench/pages.py --clock cpu                  # CPU time: steadier when the machine is busy
    ... bench/pages.py --only thread --profile      # cProfile of one page kind

Each page kind is requested anonymously and signed in as a demo member who belongs to a
team (`--member`, default the first member of the first demo team). Set DATABASE_URL to
measure on PostgreSQL (load the demo content there first with `manage.py migrate` and
`manage.py load_demo_content`). Requests go through Django's test client in-process, so
the figures are the application's time (middleware included) without a web server.
"""

import argparse
import cProfile
import os
import pstats
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
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from events.models import EventPage  # noqa: E402
from forums.models import CommunityPage, Thread  # noqa: E402
from network.models import MemberProfile  # noqa: E402
from network.models.members import Visibility  # noqa: E402
from teams.models import Membership  # noqa: E402


def pages(member):
    """(name, url) for each page kind, found in the loaded content."""
    public = CommunityPage.objects.live().public().filter(private_group__isnull=True)
    community = public.order_by("path").first()
    thread = (
        Thread.objects.filter(community__in=public)
        .annotate(posts_count=Count("posts"))
        .order_by("-posts_count", "pk")
        .first()
    )
    profile = (
        MemberProfile.objects.filter(visibility=Visibility.MEMBERS, user__is_active=True)
        .exclude(user=member)
        .order_by("user_id")
        .first()
    )
    team = Membership.objects.filter(user=member).select_related("team").first().team
    event = EventPage.objects.live().public().order_by("path").first()
    return [
        ("home", "/"),
        ("case-study index", "/case-studies/"),
        ("case study (Toledo)", "/case-studies/toledo-peer-assistance-and-review/"),
        ("resource index", "/resources/"),
        ("resource (Baltimore agreement)", "/resources/baltimore-2010-2013-agreement/"),
        ("topic", "/topics/peer-assistance-and-review/"),
        ("search (text)", "/search/?q=peer+review"),
        (
            "search (text + facets)",
            "/search/?q=teacher+evaluation&topic=peer-assistance-and-review&type=case_study",
        ),
        ("community index", "/communities/"),
        ("community", community.url),
        ("thread", reverse("forums:thread", args=[thread.community.slug, thread.pk])),
        ("member directory", reverse("network:members")),
        ("member profile", reverse("network:member", args=[profile.user_id])),
        ("team", reverse("teams:detail", args=[team.slug])),
        ("event index", "/events/"),
        ("event", event.url),
    ]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def measure(client, url, requests, clock=time.perf_counter):
    response = client.get(url)
    # Members-only pages send anonymous visitors to sign in: that answer is measured too.
    if response.status_code not in (200, 302):
        sys.exit(f"{url} returned {response.status_code}: load the demo content first")
    timings = []
    for _ in range(requests):
        start = clock()
        client.get(url)
        timings.append((clock() - start) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(timings), percentile(timings, 0.95), queries


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50, help="timed requests per page")
    parser.add_argument("--member", help="username to sign in as (default: a team member)")
    parser.add_argument("--only", help="measure only the page kinds whose name contains this")
    parser.add_argument(
        "--clock",
        choices=["wall", "cpu"],
        default="wall",
        help="wall time, or this process's CPU time (steadier on a shared machine)",
    )
    parser.add_argument("--sql", action="store_true", help="print each page's SQL")
    parser.add_argument("--profile", action="store_true", help="print cProfile's top calls")
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["*"]
    memberships = Membership.objects.select_related("user").order_by("team_id", "pk")
    if args.member:
        memberships = memberships.filter(user__username=args.member)
    member = memberships.first().user
    anonymous, signed_in = Client(), Client()
    signed_in.force_login(member)
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    print(
        f"database: {connection.vendor}; {args.requests} requests per page after one warm-up;"
        f" {args.clock} time"
    )
    print(f"signed in as a team member ({member.username})")
    print(f"{'page':32} {'anonymous':>26} {'signed in':>26}")
    columns = f"{'p50 ms':>8} {'p95 ms':>8} {'queries':>8}"
    print(f"{'':32} {columns} {columns}")
    for name, url in pages(member):
        if args.only and args.only not in name:
            continue
        row = f"{name:32}"
        for client in (anonymous, signed_in):
            p50, p95, queries = measure(client, url, args.requests, clock)
            row += f" {p50:8.1f} {p95:8.1f} {len(queries):8d}"
            if args.sql:
                print(f"-- {name} ({'signed in' if client is signed_in else 'anonymous'})")
                for query in queries:
                    print("  ", query["sql"][:300])
            if args.profile:
                profiler = cProfile.Profile()
                profiler.enable()
                for _ in range(args.requests):
                    client.get(url)
                profiler.disable()
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        print(row)


if __name__ == "__main__":
    main()
