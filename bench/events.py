"""Benchmark: latency and SQL queries per request for the events pages, with the measured
event's registrations at 20 and again at 2,000.

Usage (from the repository root, on a migrated database; see docs/performance.md):

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/sameside_bench_events
    DJANGO_SETTINGS_MODULE=network.settings.dev .venv/bin/python bench/events.py [--requests 50]

It needs a home page (``make demo`` or ``load_demo_content`` first); it adds the events
index if there is none. It generates (prefix ``bench-event-``) ``--events`` published
events spread over the kinds, a year back to a year ahead, and one measured conference
whose registrations grow to each size in ``--sizes``: nine in ten confirmed (the
capacity), the rest on the waiting list in order, each registrant a member with a
profile, one team in ten registered together. It measures the events index (upcoming,
and the archive), the event page signed out, as a confirmed registrant and as the last
member on the waiting list (whose position is counted), "my events" for that member and
the registrants sheet for staff. Queries should not grow with the registrations; the
script says so, and exits 1, when they do. ``--explain`` prints each page's slowest
query's plan. ``--fresh`` deletes earlier bench data first.
"""

import argparse
import os
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402
from measuring import (  # noqa: E402
    analyze,
    grown_queries,
    measure_rows,
    schema_out_of_date,
    table_header,
)

from events.choices import EventKind, RegistrationStatus  # noqa: E402
from events.models import EventIndexPage, EventPage, Registration  # noqa: E402
from home.models import HomePage  # noqa: E402

PREFIX = "bench-event-"
MEASURED = f"{PREFIX}measured"


def events_index():
    index = EventIndexPage.objects.first()
    if index is None:
        home = HomePage.objects.first()
        if home is None:
            sys.exit("No home page: load the demo content first (make demo).")
        index = home.add_child(instance=EventIndexPage(title="Events", slug="events"))
    return index


def add_event(index, slug, title, kind, day, capacity=None, online=False):
    event = EventPage(
        title=title,
        slug=slug,
        kind=kind,
        summary=f"{title}: a generated event for the benchmark.",
        start_date=day,
        time_zone="America/Chicago",
        online=online,
        venue_name="" if online else "Bench Hall",
        address="" if online else "1 Bench Street, Springfield",
        join_url="https://meet.example.org/j/bench" if online else "",
        capacity=capacity,
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    return event


def generate_events(rng, index, count):
    kinds = list(EventKind.values)
    today = timezone.localdate()
    for n in range(count):
        day = today + timedelta(days=rng.randrange(-365, 365))
        kind = kinds[n % len(kinds)]
        add_event(
            index, f"{PREFIX}{n:04}", f"Bench event {n:04}", kind, day, online=kind == "webinar"
        )


def grow_registrations(event, start, stop, staff):
    """Registrants ``start`` to ``stop`` - 1: members, in bulk, confirmed up to nine in
    ten of ``stop`` and waiting after."""
    User = get_user_model()
    password = make_password(None)
    users = User.objects.bulk_create(
        User(username=f"{PREFIX}{n:05}", email=f"{PREFIX}{n:05}@example.org", password=password)
        for n in range(start, stop)
    )
    capacity = stop * 9 // 10
    now = timezone.now()
    confirmed = Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED)
    room = capacity - confirmed.count()
    rows = []
    for k, user in enumerate(users):
        status = RegistrationStatus.CONFIRMED if k < room else RegistrationStatus.WAITLISTED
        rows.append(
            Registration(
                event=event,
                user=user,
                status=status,
                registered_by=user,
                queued_at=now + timedelta(microseconds=start + k),
                confirmed_at=now if status == RegistrationStatus.CONFIRMED else None,
            )
        )
    Registration.objects.bulk_create(rows, batch_size=2_000)
    EventPage.objects.filter(pk=event.pk).update(capacity=capacity)


def rows(event, confirmed, waiting, staff):
    index = EventIndexPage.objects.first().url
    return [
        ("events index (signed out)", None, index),
        ("events archive (signed out)", None, f"{index}?when=past"),
        ("event page (signed out)", None, event.url),
        ("event page (confirmed registrant)", confirmed, event.url),
        ("event page (last on the waiting list)", waiting, event.url),
        ("my events (waiting member)", waiting, reverse("events:mine")),
        ("registrants sheet (staff)", staff, reverse("events:registrants", args=[event.slug])),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50, help="timed requests per row")
    parser.add_argument("--warmup", type=int, default=5, help="untimed requests first")
    parser.add_argument("--sizes", default="20,2000", help="registrations to measure at")
    parser.add_argument("--events", type=int, default=100, help="other events generated")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fresh", action="store_true", help="delete earlier bench data")
    parser.add_argument("--explain", action="store_true", help="plan of each slowest query")
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["*"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
    schema_problem = schema_out_of_date()
    if schema_problem:
        sys.exit(schema_problem)
    User = get_user_model()
    if args.fresh:
        for event in EventPage.objects.filter(slug__startswith=PREFIX):
            event.delete()
        User.objects.filter(username__startswith=PREFIX).delete()
    if EventPage.objects.filter(slug__startswith=PREFIX).exists():
        sys.exit("Bench events exist already: run with --fresh.")
    staff, _ = User.objects.get_or_create(
        username=f"{PREFIX}staff", defaults={"is_staff": True, "is_superuser": True}
    )
    rng = random.Random(args.seed)
    started = time.perf_counter()
    index = events_index()
    generate_events(rng, index, args.events)
    event = add_event(
        index,
        MEASURED,
        "Bench conference",
        EventKind.CONFERENCE,
        timezone.localdate() + timedelta(days=40),
        capacity=1,
    )
    print(f"<!-- {args.events + 1} events generated in {time.perf_counter() - started:.0f} s -->")
    print(f"database: {connection.vendor}; {args.requests} requests per row after {args.warmup}")
    print()
    table_header("registrations")
    made, counts, slowest = 0, {}, {}
    for size in (int(s) for s in args.sizes.split(",")):
        with transaction.atomic():
            grow_registrations(event, made, size, staff)
        made = size
        analyze()
        event = EventPage.objects.get(pk=event.pk)
        confirmed = Registration.objects.filter(event=event, status="confirmed").first().user
        waiting = (
            Registration.objects.filter(event=event, status="waitlisted")
            .order_by("-queued_at")
            .first()
            .user
        )
        slowest = measure_rows(size, rows(event, confirmed, waiting, staff), args, counts)
    grown = grown_queries(counts, "registrations", exempt=["registrants sheet"])
    over = {name: p95 for name, p95 in slowest.items() if p95 > 150 and "sheet" not in name}
    for name, p95 in over.items():
        print(f"{name}: p95 {p95:.0f} ms at {made:,} registrations, over the 150 ms target")
    if grown:
        sys.exit(1)


if __name__ == "__main__":
    main()
