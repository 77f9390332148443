"""Load test: 50 users for 5 minutes against gunicorn, PostgreSQL, Redis and the task
worker, then a count of what was posted and sent.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sameside_load .venv/bin/python bench/load.py
    ... bench/load.py --run-time 60s          # a shorter run to try it

Starts an SMTP sink (tests/mailservers.py), gunicorn with the production settings (4 sync
workers) and `manage.py run_worker`, loads the demo content when the database has none,
creates the load members, and runs Locust headless (bench/locustfile.py). Afterwards it
waits for the worker to finish, then checks that the replies in the database are the
replies Locust saw posted, that the notification emails made are those the replies should
have caused, and that every one reached the SMTP sink. Prints p50/p99/errors and the
counts; exits 1 when a target or a count fails. Needs the `bench` extra and Redis.
"""

import argparse
import csv
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import servers  # noqa: E402

from tests.mailservers import start_inbox  # noqa: E402

P99_TARGET_MS = 500
SEARCHES = ["peer review", "evaluation", "bargaining", "joint committee", "compensation"]


def load_check(env, *args):
    return json.loads(servers.manage_script(env, "bench/load_check.py", *args))


def locust_totals(csv_prefix):
    """{request name: row} from Locust's stats CSV, "Aggregated" included."""
    with open(f"{csv_prefix}_stats.csv", newline="") as handle:
        return {row["Name"]: row for row in csv.DictReader(handle)}


def wait_for_worker(env, inbox, timeout):
    """Until no task is queued or running and the sink has had nothing new for 3 s."""
    deadline = time.monotonic() + timeout
    seen, quiet_since = -1, time.monotonic()
    while time.monotonic() < deadline:
        state = load_check(env, "pending")
        count = len(inbox.messages)
        if count != seen:
            seen, quiet_since = count, time.monotonic()
        if not state["tasks"] and not state["unsent_notifications"]:
            if time.monotonic() - quiet_since >= 3:
                return state
        time.sleep(1)
    return load_check(env, "pending")


def run(args, workdir):
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith("postgres"):
        sys.exit("Set DATABASE_URL=postgres://... (the load test runs on PostgreSQL)")
    inbox, controller = start_inbox()
    port = servers.free_port()
    env = servers.production_env(
        database_url,
        args.redis_url,
        port,
        TASK_BACKEND="database",
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=inbox.port,
        EMAIL_URL="",
        # The load members are long-standing members: no first post waits for approval.
        FORUMS_HOLD_FIRST_POSTS=0,
        PAGE_CACHE_SECONDS=args.page_cache_seconds,
        DATABASE_CONN_MAX_AGE=60,
    )
    try:
        servers.flush_redis(args.redis_url)
        servers.prepare(env)
        found = servers.page_urls(env)
        accounts = load_check(env, "setup", "--members", str(args.members))
        pages = found["pages"]
        pages.pop("ceiling")
        browse = [kind for kind in pages if kind not in ("team page", "search", "thread")]
        searches = [f"/search/?q={q.replace(' ', '+')}" for q in SEARCHES] + [
            pages["search"],
            "/search/?q=evaluation&type=resource",
            "/search/?q=bargaining&type=discussion",
        ]
        data = Path(workdir) / "load.json"
        data.write_text(
            json.dumps(
                {
                    "pages": pages,
                    "browse": browse,
                    "threads": found["threads"],
                    "searches": searches,
                    "members": accounts["members"],
                }
            )
        )
        csv_prefix = Path(workdir) / "locust"
        locust = [
            str(Path(servers.PYTHON).with_name("locust")),
            "-f",
            "bench/locustfile.py",
            "--headless",
            "-u",
            str(args.users),
            "-r",
            str(args.spawn_rate),
            "--run-time",
            args.run_time,
            "--host",
            f"http://127.0.0.1:{port}",
            "--csv",
            str(csv_prefix),
            "--only-summary",
            # Users finish the task they are in when the time is up: a reply cut off after
            # the server took it would be a row that Locust never counted.
            "--stop-timeout",
            "60",
            "--loglevel",
            "WARNING",
        ]
        worker = [servers.PYTHON, "manage.py", "run_worker", "--queue-name=*"]
        print(
            f"gunicorn {args.workers} workers on port {port}, the task worker, SMTP sink on"
            f" {inbox.port}; Locust: {args.users} users (+{args.spawn_rate}/s) for"
            f" {args.run_time}, {args.members} member accounts",
            flush=True,
        )
        with (
            servers.gunicorn(env, port, args.workers, log_path=Path(workdir) / "gunicorn.log"),
            servers.process(worker, env, log_path=Path(workdir) / "worker.log"),
        ):
            with servers.process(
                locust,
                {**env, "BENCH_LOAD_DATA": str(data)},
                log_path=Path(workdir) / "locust.log",
            ) as proc:
                proc.wait()
            print("Locust done; waiting for the worker to send the emails ...", flush=True)
            state = wait_for_worker(env, inbox, timeout=180)
        counts = load_check(env, "check", "--since", accounts["since"])
        totals = locust_totals(csv_prefix)
        sys.stdout.write((Path(workdir) / "locust.log").read_text()[-4000:])
    finally:
        controller.stop()
    return report(totals, counts, state, len(inbox.messages))


def report(totals, counts, state, received):
    print()
    print("| request | count | failures | p50 ms | p99 ms | req/s |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, row in totals.items():
        print(
            f"| {name or 'all'} | {row['Request Count']} | {row['Failure Count']} |"
            f" {row['50%']} | {row['99%']} | {float(row['Requests/s']):.1f} |"
        )
    everything = totals["Aggregated"]
    replies = totals.get("POST reply", {"Request Count": "0", "Failure Count": "0"})
    posted = int(replies["Request Count"]) - int(replies["Failure Count"])
    sent_outbox = counts["outbox"].get("sent", 0)
    checks = [
        ("errors: 0", int(everything["Failure Count"]) == 0, everything["Failure Count"]),
        (
            f"p99 ≤ {P99_TARGET_MS} ms",
            float(everything["99%"]) <= P99_TARGET_MS,
            f"{everything['99%']} ms",
        ),
        (
            "reply rows = replies Locust saw posted",
            counts["replies"] == posted,
            f"{counts['replies']} rows, {posted} posted",
        ),
        (
            "notification emails made = expected from the replies",
            counts["notification_emails_missing"] == 0
            and counts["notification_emails_unexpected"] == 0,
            f"{counts['notification_emails_made']} made, "
            f"{counts['notification_emails_expected']} expected",
        ),
        (
            "notification emails sent = made",
            counts["notification_emails_sent"] == counts["notification_emails_made"],
            f"{counts['notification_emails_sent']} sent",
        ),
        (
            "emails at the SMTP sink = sent (notifications + outbox)",
            received == counts["notification_emails_sent"] + sent_outbox,
            f"{received} received; outbox {counts['outbox']}",
        ),
        ("worker done", not state["tasks"], f"{state['tasks']} tasks left"),
    ]
    print()
    for name, ok, detail in checks:
        print(f"- {name}: **{'met' if ok else 'not met'}** ({detail})")
    return all(ok for _, ok, _ in checks)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run-time", default="5m", help="Locust --run-time (5m, 60s...)")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--spawn-rate", type=float, default=5)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--members", type=int, default=20, help="member accounts to sign in")
    parser.add_argument("--page-cache-seconds", type=int, default=300)
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("BENCH_LOAD_REDIS_URL", "redis://127.0.0.1:6379/15"),
        help="the Redis database the servers use; it is emptied first",
    )
    args = parser.parse_args()
    servers.stop_on_sigterm()
    with tempfile.TemporaryDirectory(prefix="sameside-load-") as workdir:
        try:
            ok = run(args, workdir)
        except KeyboardInterrupt:
            sys.exit("interrupted: servers stopped")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
