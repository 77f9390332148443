"""Benchmark: latency and SQL queries per request for community and thread pages.

Usage (from the repository root; a database with the demo content loaded, see
docs/performance.md or bench/forums.sh):

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/sameside_bench_forums
    DJANGO_SETTINGS_MODULE=network.settings.dev .venv/bin/python bench/forums.py [--requests 50]

The first run generates the discussions (10,000 threads and 200,000 posts by default, one
thread of 600 posts, half the threads in one community) with bulk inserts, in one
transaction; later runs find them (members named ``bench-member-*``) and reuse them.
``--generate-only`` stops after generating. Requests go through Django's test client
in-process, anonymous and as a logged-in member; "queries" is the number of SQL queries
for one request, and should not grow with the threads listed or the posts on a page.
``--explain`` prints each page's slowest query with its plan (PostgreSQL).
"""

import argparse
import math
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
from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client, RequestFactory  # noqa: E402
from django.utils import timezone  # noqa: E402
from measuring import analyze, explain, measure, schema_out_of_date  # noqa: E402

from forums.models import (  # noqa: E402
    POSTS_PER_PAGE,
    THREADS_PER_PAGE,
    CommunityIndexPage,
    CommunityPage,
    Helpful,
    Post,
    Thread,
)
from forums.search import thread_content_type  # noqa: E402
from network.core.markdown import render_markdown  # noqa: E402
from resources.models import Topic  # noqa: E402
from search.indexing import sync  # noqa: E402
from search.models import SearchEntry  # noqa: E402

MEMBER_PREFIX = "bench-member-"
BUSY_COMMUNITY = "peer-assistance-and-review"  # a demo community; gets half the threads
SEARCH_WORD = "panel"  # in about 6% of titles and two of the eight bodies
NO_MATCH = "zzxqv"

# Markdown bodies, reused: a real forum's posts vary in length and markup, and rendering
# each once keeps generation fast (Post.save renders on every save; bulk_create does not).
BODIES = [
    "Thanks, that helps.",
    "We had the same question last year. The joint **panel** met monthly at first, then "
    "every two weeks during the evaluation window, and kept minutes both sides signed.",
    "Three things worked for us:\n\n1. a written selection rubric agreed in advance;\n"
    "2. release time for consulting teachers written into the contract;\n"
    "3. a standing agenda item at every labor-management meeting.\n\n"
    "The rubric was the hardest part to agree on.",
    "> Who sits on the selection committee?\n\nFour teachers chosen by the union and three "
    "administrators chosen by the district; the chair alternates each year. See the "
    "[sample agreement](https://example.org/agreement) for the exact wording.",
    "Could you say more about how you handled caseloads? Ours went from 12 to 18 teachers "
    "per consulting teacher and the quality of the support dropped. We are now asking for "
    "a cap in the next round of bargaining, but the district worries about cost.",
    "## What we changed\n\nWe moved the summative decision from the principal to the "
    "panel, with the principal presenting evidence like everyone else. It took two years "
    "of trust-building. *Nobody* wanted to go back afterwards.\n\n"
    "## What we would do differently\n\nTrain the panel members together, not separately, "
    "and budget for substitutes from the start.",
    "Our interest-based bargaining training was two days, with a neutral facilitator from "
    "the state mediation service. Both teams sat together, mixed, from the first hour. The "
    "agreements afterwards were shorter and clearer than anything we had signed before.",
    "A longer account, for anyone starting from scratch.\n\n"
    + "\n\n".join(
        f"**Step {n}.** Agree on the problem before the solution; write it down; have both "
        "sides sign it; review it at the next meeting; only then draft contract language."
        for n in range(1, 7)
    ),
]

OPENERS = ["How do you", "Has anyone tried to", "Advice on how to", "Looking for ways to"]
SUBJECTS = [
    "choose consulting teachers",
    "schedule joint committee meetings",
    "fund release time",
    "evaluate a peer review program",
    "train new union representatives",
    "bring principals on board",
    "write evaluation language into the contract",
    "measure the effect of mentoring",
    "share data with the district",
    "start interest-based bargaining",
    "organize a turnaround school design team",
    "set up a career ladder",
]
SUFFIXES = ["?", " in a small district?", " with a tight budget?", " after a strike?"]
FIRST_NAMES = ["Ana", "Ben", "Chen", "Dana", "Eli", "Fatima", "Gus", "Hana", "Ines", "Jon"]
LAST_NAMES = ["Alvarez", "Brooks", "Cho", "Diaz", "Evans", "Frank", "Garcia", "Hill", "Ito"]


def title_for(rng):
    title = f"{rng.choice(OPENERS)} {rng.choice(SUBJECTS)}{rng.choice(SUFFIXES)}"
    if rng.random() < 0.06:
        title = title.replace("?", f" (the {SEARCH_WORD} question)?")
    return title


def post_counts(rng, threads, posts, long_posts):
    """Posts per thread (question included): heavy-tailed like a real forum (most threads
    have a few replies, some a few hundred), thread 0 the long one, summing to ``posts``."""
    rest = posts - long_posts
    weights = [rng.lognormvariate(2.2, 1.0) for _ in range(threads - 1)]
    scale = (rest - (threads - 1)) / sum(weights)
    # Capped well below the long thread, so it stays the one to measure.
    counts = [1 + min(int(w * scale), long_posts // 2) for w in weights]
    missing = rest - sum(counts)
    while missing:
        i = rng.randrange(len(counts))
        step = 1 if missing > 0 else -1
        if counts[i] + step >= 1 and counts[i] + step <= long_posts // 2:
            counts[i] += step
            missing -= step
    return [long_posts, *counts]


def post_times(rng, start, now, count, long_thread):
    """The question at ``start``, replies within a month (the long thread: up to now)."""
    span = now - start if long_thread else min(now - start, timedelta(days=rng.uniform(0.5, 30)))
    return [start] + sorted(start + span * rng.random() for _ in range(count - 1))


def community_weights(communities):
    """Half the threads in the busy community; the rest unevenly over the others (the
    first of them gets the most, the last the fewest: 1/n of the share each step)."""
    others = [c for c in communities if c.slug != BUSY_COMMUNITY]
    steps = sum(range(1, len(others) + 1))
    share = {c.pk: 0.5 * (len(others) - n) / steps for n, c in enumerate(others)}
    return [share.get(c.pk, 0.5) for c in communities]


def thread_topics(rng, choices):
    """Most threads carry one or two of their community's topics; some carry none."""
    if rng.random() < 0.3:
        return []
    return rng.sample(choices, min(len(choices), rng.randint(1, 2)))


def bench_threads():
    return Thread.objects.filter(author__username__startswith=MEMBER_PREFIX)


@transaction.atomic
def generate(args):
    rng = random.Random(args.seed)
    index = CommunityIndexPage.objects.first()
    if index is None:
        sys.exit("No communities index: run `manage.py load_demo_content` first.")
    communities = list(CommunityPage.objects.child_of(index).order_by("path"))
    busy = next((c for c in communities if c.slug == BUSY_COMMUNITY), None)
    if busy is None:
        sys.exit(f"No community {BUSY_COMMUNITY!r}: run `manage.py load_demo_content` first.")
    weights = community_weights(communities)
    topics = {c.pk: list(c.topics.all()) or list(Topic.objects.all()) for c in communities}
    html = {body: render_markdown(body) for body in BODIES}
    started = time.perf_counter()

    User = get_user_model()
    members = User.objects.bulk_create(
        [
            User(
                username=f"{MEMBER_PREFIX}{i:04d}",
                first_name=rng.choice(FIRST_NAMES),
                last_name=rng.choice(LAST_NAMES),
                email=f"{MEMBER_PREFIX}{i:04d}@example.org",
                password=make_password(None),  # unusable; the benchmark uses force_login
            )
            for i in range(args.members)
        ]
    )
    member_ids = [m.pk for m in members]
    print(f"members: {len(member_ids)}", flush=True)

    now = timezone.now()
    counts = post_counts(rng, args.threads, args.posts, args.long_posts)
    threads, plans = [], []
    for i, count in enumerate(counts):
        long_thread = i == 0
        community = busy if long_thread else rng.choices(communities, weights)[0]
        start = now - timedelta(days=90 if long_thread else rng.uniform(1, 3 * 365))
        times = post_times(rng, start, now, count, long_thread)
        # Soft-deleted replies keep their place but do not count (Thread.refresh_counters).
        hidden = [False] + [rng.random() < 0.005 for _ in range(count - 1)]
        visible = [t for t, h in zip(times, hidden, strict=True) if not h]
        author = rng.choice(member_ids)
        threads.append(
            Thread(
                community=community,
                author_id=author,
                title=title_for(rng),
                created_at=start,
                last_post_at=visible[-1],
                locked=rng.random() < 0.02,
                post_count=len(visible),
            )
        )
        plans.append((author, times, hidden))
    # A few pinned threads per community, as facilitators pin announcements and FAQs.
    for community in communities:
        mine = [t for t in threads[1:] if t.community_id == community.pk]
        for thread in rng.sample(mine, min(3, len(mine))):
            thread.pinned = True
    Thread.objects.bulk_create(threads, batch_size=1000)
    through = Thread.topics.through
    through.objects.bulk_create(
        [
            through(thread_id=t.pk, topic_id=topic.pk)
            for t in threads
            for topic in thread_topics(rng, topics[t.community_id])
        ],
        batch_size=5000,
    )
    print(f"threads: {len(threads)} ({time.perf_counter() - started:.0f} s)", flush=True)

    done, chunk = 0, 400
    for first in range(0, len(threads), chunk):
        batch = list(zip(threads[first : first + chunk], plans[first : first + chunk], strict=True))
        posts = []
        for thread, (author, times, hidden) in batch:
            for n, (when, is_hidden) in enumerate(zip(times, hidden, strict=True)):
                body = BODIES[rng.randrange(2, len(BODIES))] if n == 0 else rng.choice(BODIES)
                posts.append(
                    Post(
                        thread_id=thread.pk,
                        author_id=author if n == 0 else rng.choice(member_ids),
                        body=body,
                        body_html=html[body],
                        created_at=when,
                        hidden=is_hidden,
                    )
                )
        Post.objects.bulk_create(posts, batch_size=2000)
        # With the posts' ids known: replies to earlier posts, accepted answers, helpful marks.
        replies_to, marks, at = [], [], 0
        for thread, (_, times, _) in batch:
            mine, at = posts[at : at + len(times)], at + len(times)
            for n, post in enumerate(mine[1:], start=1):
                if rng.random() < 0.15:
                    post.reply_to_id = mine[0 if rng.random() < 0.5 else rng.randrange(n)].pk
                    replies_to.append(post)
            answers = [p for p in mine[1:] if not p.hidden]
            if answers and (thread is threads[0] or rng.random() < 0.4):
                accepted = answers[min(len(answers) - 1, int(rng.expovariate(1 / 3)))]
                thread.accepted_post_id = accepted.pk
            for post in answers:
                if post.pk == thread.accepted_post_id or rng.random() < 0.12:
                    voters = set(rng.sample(member_ids, rng.randint(1, 6))) - {post.author_id}
                    marks += [Helpful(post_id=post.pk, user_id=user) for user in voters]
        Post.objects.bulk_update(replies_to, ["reply_to"], batch_size=1000)
        Helpful.objects.bulk_create(marks, batch_size=5000)
        done += len(posts)
        print(
            f"posts: {done:,} / {args.posts:,} (threads {first + len(batch):,} / "
            f"{len(threads):,}; {time.perf_counter() - started:.0f} s)",
            flush=True,
        )
    answered = [t for t in threads if t.accepted_post_id]
    Thread.objects.bulk_update(answered, ["accepted_post"], batch_size=1000)
    print(f"accepted answers: {len(answered):,} ({time.perf_counter() - started:.0f} s)")


def ensure_indexed():
    """Put the bench threads into the search index, as posting does one by one: the
    in-community search of public communities reads it. Done once, with progress."""
    threads = bench_threads().select_related("community")
    indexed = SearchEntry.objects.filter(
        content_type=thread_content_type(), object_id__in=threads.values("pk")
    ).count()
    if indexed:
        return
    total, started = threads.count(), time.perf_counter()
    for done, thread in enumerate(threads.iterator(chunk_size=500), start=1):
        sync(thread)
        if done % 1000 == 0 or done == total:
            print(f"indexed: {done:,} / {total:,} ({time.perf_counter() - started:.0f} s)")
    analyze()


def q_supported(community):
    """Whether the community page filters its threads by ``q`` (in-community search; code
    before it ignores the parameter): a word no thread has must change the list, or the
    page must echo it back."""
    factory = RequestFactory()

    def context(**params):
        request = factory.get(community.url, params)
        request.user = AnonymousUser()
        return community.get_context(request)

    try:
        everything = context()["page_obj"].paginator.count
        nothing = context(q=NO_MATCH)
    except Exception as error:  # a half-finished feature must not stop the run
        print(f"?q= skipped: get_context failed ({error!r})")
        return False
    page_obj = nothing.get("page_obj")
    filtered = page_obj is not None and page_obj.paginator.count != everything
    echoed = any(value == NO_MATCH for value in nothing.values() if isinstance(value, str))
    return filtered or echoed


def list_count(community, params):
    """Threads the community page lists for ``params``, through its own get_context."""
    request = RequestFactory().get(community.url, params)
    request.user = AnonymousUser()
    page_obj = community.get_context(request).get("page_obj")
    return page_obj.paginator.count if page_obj is not None else None


def pages_to_measure():
    busy = CommunityPage.objects.get(slug=BUSY_COMMUNITY)
    mine = bench_threads().filter(community=busy)
    long = mine.order_by("-post_count").first()
    # An ordinary thread: about the mean length, with an accepted answer, like most reads.
    ordinary = (
        mine.filter(post_count__range=(15, 25), accepted_post__isnull=False).order_by("pk").first()
    )
    url = busy.url
    threads = busy.threads.count()
    deep = max(1, math.ceil(threads / THREADS_PER_PAGE) * 4 // 5)
    long_pages = math.ceil(long.posts.count() / POSTS_PER_PAGE)
    pages = [
        ("communities index", "/communities/", None),
        ("community, page 1", url, {}),
        ("community, unanswered", f"{url}?show=unanswered", {"show": "unanswered"}),
        (f"community, page {deep}", f"{url}?page={deep}", {"page": deep}),
    ]
    if q_supported(busy):
        # A common word, and one that matches nothing: the worst case, every post read.
        pages += [
            (f"community, q={SEARCH_WORD}", f"{url}?q={SEARCH_WORD}", {"q": SEARCH_WORD}),
            (f"community, q={NO_MATCH}", f"{url}?q={NO_MATCH}", {"q": NO_MATCH}),
        ]
    else:
        print("?q= skipped: the community page does not filter by q (yet)")
    pages += [
        (f"long thread, page 1 of {long_pages}", long.get_absolute_url(), long),
        (
            f"long thread, page {long_pages}",
            f"{long.get_absolute_url()}?page={long_pages}",
            long,
        ),
        ("ordinary thread", ordinary.get_absolute_url(), ordinary),
    ]
    rows = []
    for name, path, what in pages:
        if isinstance(what, Thread):
            count = what.posts.count()
        elif what is not None:
            count = list_count(busy, what)
        else:
            count = CommunityPage.objects.live().filter(private_group__isnull=True).count()
        rows.append((name, path, count))
    return busy, rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50, help="timed requests per row")
    parser.add_argument("--warmup", type=int, default=5, help="untimed requests first")
    parser.add_argument("--threads", type=int, default=10_000, help="threads to generate")
    parser.add_argument("--posts", type=int, default=200_000, help="posts to generate")
    parser.add_argument("--long-posts", type=int, default=600, help="posts in the long thread")
    parser.add_argument("--members", type=int, default=300, help="members to generate")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--generate-only", action="store_true", help="stop after generating")
    parser.add_argument("--explain", action="store_true", help="plan of each slowest query")
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["*"]

    schema_problem = schema_out_of_date()
    if schema_problem:
        sys.exit(schema_problem)

    existing = bench_threads().count()
    if existing == 0:
        print(f"generating {args.threads:,} threads and {args.posts:,} posts (seed {args.seed})")
        started = time.perf_counter()
        generate(args)
        analyze()
        print(f"generated in {time.perf_counter() - started:.0f} s")
    elif existing != args.threads:
        sys.exit(
            f"The database has {existing:,} bench threads, not {args.threads:,}: use a fresh "
            "database (bench/forums.sh --fresh)."
        )
    else:
        print(f"reusing the {existing:,} bench threads already generated")
    ensure_indexed()
    if args.generate_only:
        return

    busy, rows = pages_to_measure()
    member = get_user_model().objects.get(username=f"{MEMBER_PREFIX}0001")
    anonymous, logged_in = Client(), Client()
    logged_in.force_login(member)
    print(
        f"database: {connection.vendor}; {Thread.objects.count():,} threads, "
        f"{Post.objects.count():,} posts ({busy.threads.count():,} threads in {busy.slug}); "
        f"{args.requests} requests per row after {args.warmup} warm-up"
    )
    print()
    print("| page | visitor | p50 ms | p95 ms | queries | items |")
    print("|---|---|---:|---:|---:|---:|")
    for name, path, count in rows:
        for visitor, client in (("anonymous", anonymous), ("member", logged_in)):
            p50, p95, queries = measure(client, path, args)
            print(f"| {name} | {visitor} | {p50:.1f} | {p95:.1f} | {len(queries)} | {count:,} |")
            if args.explain:
                explain(queries)


if __name__ == "__main__":
    main()
