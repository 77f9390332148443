"""Benchmark: latency and SQL queries per request for the district teams' pages, at 50
teams and again at 5,000.

Usage (from the repository root, on a migrated database; see docs/performance.md):

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/sameside_bench_teams
    DJANGO_SETTINGS_MODULE=network.settings.dev .venv/bin/python bench/teams.py [--requests 50]

It generates teams with bulk inserts (prefix ``bench-team-``): each a district, two
members (management and union), one or two assessment rounds of 4-9 answers, and most a
work plan with goals on topics and steps, a few revisions, progress updates and
comments. The measured team (``bench-team-00000``) gets a full plan through the site's own
functions (``teams.plans``, ``teams.sharing``): principles, 5 goals on one or two topics
with 4 owned, dated steps each, shared with two peer teams, 4 progress updates, 3 comment
threads with replies two deep, and the revisions all of that records. It measures, at
each size in ``--sizes`` (growing the same teams, so a run needs an empty start;
``--fresh`` deletes earlier bench teams): the team's dashboard as its member, the public
network summary (signed out), the staff page (as staff), and the team's plan page and
its print view (as its member). Queries should not grow with the teams; the script says
so when they do. ``--explain`` prints each page's slowest query's plan.
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

from network.models import Organization, OrganizationKind  # noqa: E402
from resources.models import Topic  # noqa: E402
from teams import plans, sharing  # noqa: E402
from teams.choices import PlanStatus, Side, Stage, StepStatus  # noqa: E402
from teams.models import (  # noqa: E402
    AssessmentRound,
    Comment,
    Goal,
    Membership,
    PlanRevision,
    ProgressUpdate,
    Response,
    Step,
    Team,
    WorkPlan,
)

PREFIX = "bench-team-"
TOPICS = ["trust-and-communication", "teacher-evaluation", "professional-development"]
# Shares of plan statuses, roughly those of the 2011 survey (seed 003, lines 191-194);
# None: no plan row at all.
STATUSES = {
    None: 15,
    PlanStatus.NO_PLAN: 15,
    PlanStatus.NOTHING_IMPLEMENTED: 18,
    PlanStatus.SOME_IMPLEMENTED: 35,
    PlanStatus.MOST_IMPLEMENTED: 17,
}


def topics():
    out = []
    for slug in TOPICS:
        topic, _ = Topic.objects.get_or_create(
            slug=slug,
            defaults={"name": slug.replace("-", " ").capitalize(), "description": slug},
        )
        out.append(topic)
    return out


def generate(rng, start, stop):
    """Teams ``start`` to ``stop`` - 1, with everything they hold, in bulk."""
    User = get_user_model()
    now = timezone.now()
    password = make_password(None)
    numbers = range(start, stop)
    districts = Organization.objects.bulk_create(
        Organization(
            slug=f"{PREFIX}district-{n:05}",
            name=f"Bench district {n:05}",
            kind=OrganizationKind.DISTRICT,
        )
        for n in numbers
    )
    teams = Team.objects.bulk_create(
        Team(slug=f"{PREFIX}{n:05}", name=f"Bench team {n:05}", district=district)
        for n, district in zip(numbers, districts, strict=True)
    )
    users = User.objects.bulk_create(
        User(username=f"{PREFIX}{n:05}-{side}", email=f"{PREFIX}{n:05}-{side}@example.org",
             password=password)
        for n in numbers
        for side in ("management", "union")
    )  # fmt: skip
    sides = (Side.MANAGEMENT, Side.UNION)
    people = {team.pk: users[2 * i : 2 * i + 2] for i, team in enumerate(teams)}
    Membership.objects.bulk_create(
        Membership(team=teams[i // 2], user=user, side=sides[i % 2]) for i, user in enumerate(users)
    )
    rounds = AssessmentRound.objects.bulk_create(
        AssessmentRound(
            team=team,
            link_token_hash=f"{team.slug}-{k}".ljust(64, "0")[:64],
            opened_at=now - timedelta(days=rng.randrange(0, 730)),
        )
        for team in teams
        for k in range(rng.choice((1, 2)))
    )
    stages = list(Stage.values)
    Response.objects.bulk_create(
        (
            Response(
                round=round_,
                communication=rng.randint(1, 4),
                collaboration=rng.randint(1, 4),
                openness=rng.randint(1, 4),
                stage=rng.choice(stages),
            )
            for round_ in rounds
            for _ in range(rng.randint(4, 9))
        ),
        batch_size=5_000,
    )
    choices, weights = zip(*STATUSES.items(), strict=True)
    planned = [(team, status) for team in teams if (status := rng.choices(choices, weights)[0])]
    plans_ = WorkPlan.objects.bulk_create(
        WorkPlan(team=team, status=status, shared_with_network=rng.random() < 0.3)
        for team, status in planned
    )
    goals = Goal.objects.bulk_create(
        Goal(plan=plan, title=f"Goal {k}", position=k) for plan in plans_ for k in range(2)
    )
    pool = topics()
    Goal.topics.through.objects.bulk_create(
        Goal.topics.through(goal=goal, topic=rng.choice(pool)) for goal in goals
    )
    step_statuses = list(StepStatus.values)
    Step.objects.bulk_create(
        (
            Step(goal=goal, title=f"Step {k}", status=rng.choice(step_statuses), position=k)
            for goal in goals
            for k in range(3)
        ),
        batch_size=5_000,
    )
    # Every plan's history and feedback, so the plan pages' queries filter big tables.
    PlanRevision.objects.bulk_create(
        (
            PlanRevision(
                plan=plan,
                author=rng.choice(people[plan.team_id]),
                summary=f"Change {k}",
                created_at=now - timedelta(days=rng.randrange(0, 730)),
            )
            for plan in plans_
            for k in range(rng.randint(1, 4))
        ),
        batch_size=5_000,
    )
    ProgressUpdate.objects.bulk_create(
        (
            ProgressUpdate(
                plan=plan,
                author=rng.choice(people[plan.team_id]),
                body=f"Update {k}",
                body_html=f"<p>Update {k}</p>",
                created_at=now - timedelta(days=rng.randrange(0, 730)),
            )
            for plan in plans_
            for k in range(rng.randint(0, 3))
        ),
        batch_size=5_000,
    )
    Comment.objects.bulk_create(
        (
            Comment(
                plan=plan,
                author=rng.choice(people[plan.team_id]),
                body=f"Comment {k}",
                body_html=f"<p>Comment {k}</p>",
            )
            for plan in plans_
            if plan.shared_with_network
            for k in range(rng.randint(0, 3))
        ),
        batch_size=5_000,
    )


def furnish(rng, team):
    """A full plan for the measured team, written through the site's own functions, so
    it has the revisions, search entry and queued emails real edits leave."""
    management, union = (m.user for m in team.memberships.order_by("side"))
    peers = list(Team.objects.filter(slug__startswith=PREFIX).exclude(pk=team.pk)[:2])
    plan = plans.plan_for(team)
    plan.goals.all().delete()
    today = timezone.localdate()
    plans.save_principles(
        team,
        management,
        "## Why we work together\n\nStudents first. We **listen** before we decide.\n\n"
        + "\n".join(f"- Principle {k}: we share what we know, early." for k in range(1, 8)),
    )
    plans.save_principles(team, union, plans.principles_for(team).text + "\n\nAgreed in June.")
    plans.save_plan_details(plan, management, "Our work plan", "Three years of joint work.")
    pool = topics()
    step_statuses = list(StepStatus.values)
    for g in range(5):
        goal = plans.add_goal(
            plan,
            (management, union)[g % 2],
            f"Goal {g + 1}: a shared aim",
            "What success looks like, in a sentence or two.",
            rng.sample(pool, rng.choice((1, 2))),
        )
        for k in range(4):
            step = plans.add_step(
                goal,
                management,
                f"Step {g + 1}.{k + 1}",
                owner=(management, union, None)[(g + k) % 3],
                due_date=today + timedelta(days=rng.randrange(-120, 240)),
            )
            if k % 2:
                plans.update_step(
                    step, union, step.title, step.owner, step.due_date, rng.choice(step_statuses)
                )
    sharing.set_sharing(plan, management, False, peers)
    for k in range(4):
        plans.post_update(plan, (management, union)[k % 2], f"Progress **{k + 1}**: on track.")
    peer_member = peers[0].memberships.first().user
    authors = (management, union, peer_member)
    for t in range(3):
        root = sharing.add_comment(plan, authors[(t + 2) % 3], f"Thread {t + 1}: a question.")
        reply = sharing.add_comment(plan, authors[t % 3], "A reply.", root)
        sharing.add_comment(plan, authors[(t + 1) % 3], "A reply to the reply.", reply)
        sharing.add_comment(plan, authors[(t + 1) % 3], "Another reply.", root)
    return plan


def rows(team, member, staff):
    return [
        ("team dashboard (member)", member, reverse("teams:detail", args=[team.slug])),
        ("network summary (signed out)", None, reverse("teams:network")),
        ("network staff page (staff)", staff, reverse("teams:network_staff")),
        ("team plan (member)", member, reverse("teams:plan", args=[team.slug])),
        ("plan print view (member)", member, reverse("teams:plan_print", args=[team.slug])),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50, help="timed requests per row")
    parser.add_argument("--warmup", type=int, default=5, help="untimed requests first")
    parser.add_argument("--sizes", default="50,5000", help="team counts to measure at")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fresh", action="store_true", help="delete earlier bench teams")
    parser.add_argument("--explain", action="store_true", help="plan of each slowest query")
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["*"]
    # The measured plan's comments queue notification emails; the outbox sends none.
    settings.EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
    schema_problem = schema_out_of_date()
    if schema_problem:
        sys.exit(schema_problem)
    User = get_user_model()
    if args.fresh:
        Team.objects.filter(slug__startswith=PREFIX).delete()
        Organization.objects.filter(slug__startswith=PREFIX).delete()
        User.objects.filter(username__startswith=PREFIX).delete()
    if Team.objects.filter(slug__startswith=PREFIX).exists():
        sys.exit("Bench teams exist already: run with --fresh.")
    staff, _ = User.objects.get_or_create(username=f"{PREFIX}staff", defaults={"is_staff": True})
    rng = random.Random(args.seed)
    made = 0
    counts = {}
    print(f"database: {connection.vendor}; {args.requests} requests per row after {args.warmup}")
    print()
    table_header("teams")
    for size in (int(s) for s in args.sizes.split(",")):
        started = time.perf_counter()
        with transaction.atomic():
            generate(rng, made, size)
        if made == 0:
            with transaction.atomic():
                plan = furnish(rng, Team.objects.get(slug=f"{PREFIX}00000"))
            print(
                f"<!-- measured plan: {plan.goals.count()} goals, "
                f"{Step.objects.filter(goal__plan=plan).count()} steps, "
                f"{plan.updates.count()} updates, {plan.comments.count()} comments, "
                f"{plan.revisions.count()} revisions -->"
            )
        made = size
        analyze()
        print(f"<!-- {size:,} teams generated in {time.perf_counter() - started:.0f} s -->")
        team = Team.objects.get(slug=f"{PREFIX}00000")
        member = team.memberships.first().user
        measure_rows(size, rows(team, member, staff), args, counts)
    grown = grown_queries(counts, "teams")
    if grown:
        sys.exit(1)


if __name__ == "__main__":
    main()
