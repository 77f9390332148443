"""Benchmark: every page kind through a real server, beside a trivial ceiling view.

Starts gunicorn with the production settings (network.settings.production) on a free port,
loads the demo content into a temporary database when it has none, and loads each page
kind with keep-alive HTTP connections from threads for a fixed time: anonymous without the
page cache (PAGE_CACHE_SECONDS=0), anonymous with it (a second server, PAGE_CACHE_SECONDS
on), and signed in as a demo member. Prints req/s, p50, p99, errors and the share of the
ceiling view's req/s, as Markdown tables (docs/performance.md). Stops the servers when done,
on an error and on Ctrl-C.

    .venv/bin/python bench/http_bench.py                 # SQLite in a temporary directory
    DATABASE_URL=postgres://... .venv/bin/python bench/http_bench.py --postgres

Needs the `bench` extra (pip install -e ".[bench]") and Redis (REDIS_URL; the production
settings require it): the benchmark empties its Redis database (--redis-url) first.
"""

import argparse
import http.client
import os
import platform
import re
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

import servers  # noqa: E402

# The targets: each page kind's req/s as a share of the ceiling's (issue 16).
TARGETS = {"uncached": 8.0, "cached": 25.0, "signed in": 5.0}
# Pages only a signed-in member sees.
MEMBERS_ONLY = {"team page"}
CACHED_SECONDS = 300


def percentile(values, fraction):
    """The nearest-rank percentile; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


@dataclass
class Result:
    kind: str
    url: str
    seconds: float = 0.0
    timings: list = field(default_factory=list)  # ms per successful request
    errors: int = 0
    statuses: Counter = field(default_factory=Counter)
    cache: Counter = field(default_factory=Counter)  # X-Cache values

    @property
    def rate(self):
        return len(self.timings) / self.seconds if self.seconds else 0.0

    @property
    def p50(self):
        return percentile(self.timings, 0.50)

    @property
    def p99(self):
        return percentile(self.timings, 0.99)


def hammer(port, kind, url, seconds, connections, cookie=""):
    """GET ``url`` from ``connections`` threads, each on its own keep-alive connection,
    for ``seconds``. Anything but a 200 counts as an error."""
    result = Result(kind, url)
    lock = threading.Lock()
    start_together = threading.Barrier(connections + 1)
    headers = {"Host": f"127.0.0.1:{port}", "Accept": "text/html"}
    if cookie:
        headers["Cookie"] = cookie

    def run():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        timings, errors, statuses, cache = [], 0, Counter(), Counter()
        start_together.wait()
        while time.perf_counter() < deadline:
            start = time.perf_counter()
            try:
                conn.request("GET", url, headers=headers)
                response = conn.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                errors += 1
                conn.close()  # the next request opens a new connection
                continue
            elapsed = (time.perf_counter() - start) * 1000
            statuses[response.status] += 1
            if response.status == 200:
                timings.append(elapsed)
            else:
                errors += 1
            cache[response.getheader("X-Cache") or "none"] += 1
            if response.will_close:  # gunicorn's sync workers close after each response
                conn.close()
        conn.close()
        with lock:
            result.timings.extend(timings)
            result.errors += errors
            result.statuses.update(statuses)
            result.cache.update(cache)

    threads = [threading.Thread(target=run, daemon=True) for _ in range(connections)]
    for thread in threads:
        thread.start()
    began = time.perf_counter()
    deadline = began + seconds  # read by the threads once they pass the barrier
    start_together.wait()
    for thread in threads:
        thread.join()
    result.seconds = time.perf_counter() - began
    return result


def get(port, url, cookie="", method="GET", body=None, content_type=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Host": f"127.0.0.1:{port}"}
    if cookie:
        headers["Cookie"] = cookie
    if content_type:
        headers["Content-Type"] = content_type
    conn.request(method, url, body=body, headers=headers)
    response = conn.getresponse()
    text = response.read().decode("utf-8", "replace")
    conn.close()
    return response, text


def cookies_from(response):
    """name=value of each Set-Cookie header."""
    return dict(
        header.split(";", 1)[0].split("=", 1)
        for name, header in response.getheaders()
        if name.lower() == "set-cookie"
    )


def sign_in(port, email, password):
    """Sign in through allauth's form, as a browser does; the Cookie header to send."""
    response, text = get(port, "/accounts/login/")
    jar = cookies_from(response)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text).group(1)
    cookie = "; ".join(f"{name}={value}" for name, value in jar.items())
    body = urlencode({"csrfmiddlewaretoken": token, "login": email, "password": password})
    response, _ = get(
        port,
        "/accounts/login/",
        cookie=cookie,
        method="POST",
        body=body,
        content_type="application/x-www-form-urlencoded",
    )
    jar.update(cookies_from(response))
    if response.status != 302 or "sessionid" not in jar:
        raise RuntimeError(f"signing in as {email} failed ({response.status})")
    return "; ".join(f"{name}={value}" for name, value in jar.items())


def reachable(port, pages, cookie=""):
    """The pages that answer 200 (each fetched twice: the second fills no cold cache),
    and why the others are left out."""
    kept, skipped = {}, {}
    for kind, url in pages.items():
        for _ in range(2):
            response, _ = get(port, url, cookie=cookie)
        if response.status == 200:
            kept[kind] = url
        else:
            skipped[kind] = response.status
    return kept, skipped


def measure(port, pages, args, cookie="", label=""):
    """Each page in turn; also prints what the load generator itself used of the CPU, which
    must stay small for the server to be what is measured."""
    results = []
    cpu, wall = time.process_time(), time.perf_counter()
    for kind, url in pages.items():
        result = hammer(port, kind, url, args.seconds, args.connections, cookie)
        print(
            f"  {label:10} {kind:18} {result.rate:8.1f} req/s  p50 {result.p50:7.1f} ms"
            f"  p99 {result.p99:7.1f} ms  errors {result.errors}",
            flush=True,
        )
        results.append(result)
    share = 100 * (time.process_time() - cpu) / (time.perf_counter() - wall)
    print(f"  {label:10} (load generator: {share:.0f}% of one core)", flush=True)
    return results


def table(title, results, ceiling_rate, show_cache=False):
    """A Markdown table of ``results``; the share is of ``ceiling_rate`` req/s."""
    head = "| page kind | req/s | p50 ms | p99 ms | % of ceiling | errors |"
    rule = "|---|---:|---:|---:|---:|---:|"
    if show_cache:
        head += " X-Cache hit/miss/none |"
        rule += "---|"
    lines = [f"**{title}**", "", head, rule]
    for r in results:
        share = 100 * r.rate / ceiling_rate if ceiling_rate else 0.0
        line = (
            f"| {r.kind} | {r.rate:.1f} | {r.p50:.1f} | {r.p99:.1f} | {share:.1f}% | {r.errors} |"
        )
        if show_cache:
            line += f" {r.cache['hit']}/{r.cache['miss']}/{r.cache['none']} |"
        lines.append(line)
    return "\n".join(lines)


def verdict(mode, results, ceiling_rate):
    """ "met" or "not met" for a mode's target, with the page kinds below it."""
    target = TARGETS[mode]
    below = [
        f"{r.kind} {100 * r.rate / ceiling_rate:.1f}%"
        for r in results
        if r.kind != "ceiling" and (not ceiling_rate or 100 * r.rate / ceiling_rate < target)
    ]
    state = "met" if not below else "not met"
    return f"- {mode} ≥ {target:g}% of the ceiling: **{state}**" + (
        f" (below: {', '.join(below)})" if below else ""
    )


def run(args, database_url, workdir):
    port = servers.free_port()
    env = servers.production_env(database_url, args.redis_url, port, PAGE_CACHE_SECONDS=0)
    servers.flush_redis(args.redis_url)
    servers.prepare(env)
    found = servers.page_urls(env)
    pages = found["pages"]
    if found["missing"]:
        print(f"no demo content for: {', '.join(found['missing'])}")
    ceiling = {"ceiling": pages.pop("ceiling")}
    anonymous = {kind: url for kind, url in pages.items() if kind not in MEMBERS_ONLY}
    print(
        f"gunicorn: {args.workers} sync workers; {args.connections} connections,"
        f" {args.seconds:g} s per page; load average {os.getloadavg()[0]:.2f}",
        flush=True,
    )
    log = Path(workdir) / "gunicorn.log"
    with servers.gunicorn(env, port, args.workers, log_path=log):
        anonymous, skipped = reachable(port, anonymous)
        if skipped:
            print(f"anonymous visitors do not get (status): {skipped}")
        reachable(port, ceiling)
        uncached = measure(port, ceiling | anonymous, args, label="uncached")
        member = found["member"]
        cookie = sign_in(port, member["email"], member["password"])
        signed_pages, skipped = reachable(port, pages, cookie)
        if skipped:
            print(f"{member['email']} does not get (status): {skipped}")
        signed = measure(port, ceiling | signed_pages, args, cookie, label="signed in")
        # The machine is shared: the ceiling is measured again at the end, and the shares
        # are of the mean of its three measurements on this server.
        again = measure(port, ceiling, args, label="uncached")
    cached_env = servers.production_env(
        database_url, args.redis_url, port, PAGE_CACHE_SECONDS=CACHED_SECONDS
    )
    with servers.gunicorn(cached_env, port, args.workers, log_path=log):
        reachable(port, ceiling | anonymous)  # fills the cache
        cached = measure(port, ceiling | anonymous, args, label="cached")

    ceilings = [uncached[0].rate, signed[0].rate, again[0].rate]
    ceiling_rate = sum(ceilings) / len(ceilings)
    print()
    print(
        f"{platform.node()}: {os.cpu_count()} cores, Python {platform.python_version()},"
        f" {'PostgreSQL' if args.postgres else 'SQLite'}, Redis; gunicorn {args.workers}"
        f" sync workers; {args.connections} connections, {args.seconds:g} s per page;"
        f" load average at the end {os.getloadavg()[0]:.2f}. Shares are of the ceiling's"
        f" mean, {ceiling_rate:.0f} req/s (measured {', '.join(f'{c:.0f}' for c in ceilings)}"
        " on the uncached server: first, before the signed-in pages, last)."
    )
    print()
    print(table("Anonymous, uncached (PAGE_CACHE_SECONDS=0)", uncached, ceiling_rate))
    print()
    print(
        table(
            f"Anonymous, cached (PAGE_CACHE_SECONDS={CACHED_SECONDS})",
            cached,
            ceiling_rate,
            show_cache=True,
        )
    )
    print()
    print(table(f"Signed in ({member['email']})", signed, ceiling_rate))
    print()
    print(verdict("uncached", uncached, ceiling_rate))
    print(verdict("cached", cached, ceiling_rate))
    print(verdict("signed in", signed, ceiling_rate))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5, help="load time per page")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--connections", type=int, default=8, help="concurrent connections")
    parser.add_argument(
        "--postgres", action="store_true", help="use DATABASE_URL (PostgreSQL), not SQLite"
    )
    parser.add_argument("--sqlite", help="a SQLite file to use and keep (default: a temporary one)")
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14"),
        help="the Redis database the servers use; it is emptied first",
    )
    args = parser.parse_args()
    servers.stop_on_sigterm()
    with tempfile.TemporaryDirectory(prefix="sameside-bench-") as workdir:
        if args.postgres:
            database_url = os.environ.get("DATABASE_URL", "")
            if not database_url.startswith("postgres"):
                sys.exit("--postgres needs DATABASE_URL=postgres://...")
        else:
            database_url = (
                f"sqlite:///{Path(args.sqlite or Path(workdir) / 'bench.sqlite3').resolve()}"
            )
        try:
            run(args, database_url, workdir)
        except KeyboardInterrupt:
            sys.exit("interrupted: servers stopped")


if __name__ == "__main__":
    main()
