"""What the network learns: aggregates over district teams, never one team.

A team *has answered* when one of its assessment rounds has at least ``MIN_ANSWERS``
responses (the same threshold at which a round shows its own summary). The answered
teams are the population of every figure here; the public summary appears once there
are ``MIN_ANSWERS`` of them, and any cell computed from fewer than ``MIN_ANSWERS`` teams
is suppressed (``None``), so no team can be picked out.

Demo teams count only when ``settings.DEBUG`` is on (so ``make run`` shows a summary);
in production the summary is of real teams only.

Every figure is one aggregate query; the number of queries does not grow with teams.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import connections
from django.db.models import Count, F, Q, Sum, Value
from django.db.models.functions import Coalesce, ExtractQuarter, ExtractYear

from .choices import MIN_ANSWERS, PlanStatus, StepStatus
from .models import AssessmentRound, Goal, Response, Team

# WestEd's survey of the teams at the 2011 Denver conference, a year later (seed 003,
# lines 88 and 132): the status of their action plans, 127 answers (lines 191-194).
DENVER_SOURCE = "seed 003, lines 191-194"
DENVER_2011 = {
    PlanStatus.NO_PLAN: (30.7, 39),
    PlanStatus.NOTHING_IMPLEMENTED: (18.1, 23),
    PlanStatus.SOME_IMPLEMENTED: (34.6, 44),
    PlanStatus.MOST_IMPLEMENTED: (16.5, 21),
}


QUESTIONS = ("communication", "collaboration", "openness")


def include_demo():
    return settings.DEBUG


def counted_rounds():
    """The ids of rounds with enough answers to count (a subquery over the answers
    alone: one pass over the round index, no join)."""
    return (
        Response.objects.order_by()
        .values("round")
        .annotate(answers=Count("pk"))
        .filter(answers__gte=MIN_ANSWERS)
        .values("round")
    )


def answered_teams(demo=None):
    """The teams that have answered (a queryset, usable as a subquery)."""
    demo = include_demo() if demo is None else demo
    rounds = AssessmentRound.objects.order_by().filter(pk__in=counted_rounds())
    teams = Team.objects.order_by().filter(pk__in=rounds.values("team"))
    return teams if demo else teams.filter(is_demo=False)


def compiled(queryset):
    """The SQL and parameters the ORM writes for ``queryset``, to nest in a query."""
    return queryset.query.get_compiler(queryset.db).as_sql()


def fetch(sql, params, using):
    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def share(part, whole):
    return round(100 * part / whole, 1) if whole else None


@dataclass
class StatusRow:
    status: str
    label: str
    share: float | None
    denver_share: float
    denver_count: int


@dataclass
class TopicRow:
    name: str
    share_done: float | None
    suppressed: bool


@dataclass
class QuarterRow:
    quarter: tuple  # (year, quarter number), in the site's time zone
    communication: float | None
    collaboration: float | None
    openness: float | None
    suppressed: bool

    @property
    def label(self):
        return f"{self.quarter[0]} Q{self.quarter[1]}"


@dataclass
class Summary:
    answered: int
    demo_included: bool
    statuses: list = field(default_factory=list)
    topics: list = field(default_factory=list)
    quarters: list = field(default_factory=list)

    @property
    def shown(self):
        return self.answered >= MIN_ANSWERS

    @property
    def threshold(self):
        return MIN_ANSWERS


def status_counts(population):
    """{plan status: teams}; a team without a plan counts as having none."""
    return dict(
        population.annotate(plan_status=Coalesce(F("plan__status"), Value(PlanStatus.NO_PLAN)))
        .values_list("plan_status")
        .annotate(teams=Count("pk"))
    )


def plan_statuses(counts, answered):
    """The share of answered teams at each plan status, next to the 2011 survey's."""
    shown = answered >= MIN_ANSWERS
    return [
        StatusRow(
            status=status.value,
            label=status.label,
            share=share(counts.get(status.value, 0), answered) if shown else None,
            denver_share=DENVER_2011[status][0],
            denver_count=DENVER_2011[status][1],
        )
        for status in PlanStatus
    ]


def topic_progress(population):
    """Per topic of the plans' goals: the share of steps done (dropped steps left out).

    In two steps, both in the database: steps counted per topic and team (a hash
    aggregate the ORM writes), then those rows per topic. Counting distinct teams over
    every step at once needs a sort of all steps, several times slower at 5,000 teams."""
    per_team = (
        Goal.objects.order_by()
        .filter(plan__team__in=population, topics__isnull=False)
        .values(topic=F("topics__name"), team=F("plan__team_id"))
        .annotate(
            live_steps=Count("steps", filter=~Q(steps__status=StepStatus.DROPPED)),
            done_steps=Count("steps", filter=Q(steps__status=StepStatus.DONE)),
        )
        .filter(live_steps__gt=0)
    )
    inner, params = compiled(per_team)
    # The inner query is the ORM's, with its parameters; nothing else is interpolated.
    sql = (
        "SELECT per_team.topic, COUNT(*), SUM(per_team.live_steps), SUM(per_team.done_steps) "  # noqa: S608
        f"FROM ({inner}) per_team GROUP BY per_team.topic ORDER BY per_team.topic"
    )
    out = []
    for name, teams, steps, done in fetch(sql, params, per_team.db):
        steps, done = int(steps), int(done)  # SUM is a decimal on PostgreSQL
        hidden = teams < MIN_ANSWERS
        out.append(TopicRow(name=name, share_done=None if hidden else share(done, steps),
                            suppressed=hidden))  # fmt: skip
    return out


def partnership_by_quarter(demo):
    """The mean of each partnership question per quarter, over counted rounds only (their
    teams are the answered teams by definition).

    In the database, in three parts the ORM writes: answers summed per round (no join),
    each round's quarter (worked out once per round, not once per answer), and the join
    of the two grouped by quarter."""
    per_round = (
        Response.objects.order_by()
        .values(rid=F("round_id"))
        .annotate(answers=Count("pk"), **{f"sum_{name}": Sum(name) for name in QUESTIONS})
        .filter(answers__gte=MIN_ANSWERS)
    )
    rounds = AssessmentRound.objects.order_by()
    if not demo:
        rounds = rounds.filter(team__is_demo=False)
    quarters = rounds.annotate(
        year=ExtractYear("opened_at"), number=ExtractQuarter("opened_at")
    ).values("id", "team_id", "year", "number")
    answers_sql, answers_params = compiled(per_round)
    rounds_sql, rounds_params = compiled(quarters)
    sums = ", ".join(f"SUM(a.sum_{name})" for name in QUESTIONS)
    # Both parts are the ORM's, with their parameters; nothing else is interpolated.
    sql = (
        f"SELECT r.year, r.number, COUNT(DISTINCT r.team_id), SUM(a.answers), {sums} "  # noqa: S608
        f"FROM ({rounds_sql}) r INNER JOIN ({answers_sql}) a ON a.rid = r.id "
        "GROUP BY r.year, r.number ORDER BY r.year, r.number"
    )
    out = []
    for year, number, teams, answers, *totals in fetch(
        sql, (*rounds_params, *answers_params), rounds.db
    ):
        hidden = teams < MIN_ANSWERS
        means = {
            name: None if hidden else round(float(total) / float(answers), 2)
            for name, total in zip(QUESTIONS, totals, strict=True)
        }
        out.append(QuarterRow(quarter=(int(year), int(number)), suppressed=hidden, **means))
    return out


def network_summary(demo=None, always=False):
    """The whole summary. Below the threshold only ``answered`` is filled in, unless
    ``always`` (the staff page), where the small cells are still suppressed."""
    demo = include_demo() if demo is None else demo
    population = answered_teams(demo)
    counts = status_counts(population)
    answered = sum(counts.values())
    summary = Summary(answered=answered, demo_included=demo)
    if answered < MIN_ANSWERS and not always:
        return summary
    summary.statuses = plan_statuses(counts, answered)
    summary.topics = topic_progress(population)
    summary.quarters = partnership_by_quarter(demo)
    return summary


def staff_counts(demo=None):
    """For staff: how many teams there are, in one query (no team is named)."""
    demo = include_demo() if demo is None else demo
    teams = Team.objects.order_by() if demo else Team.objects.order_by().filter(is_demo=False)
    return teams.aggregate(
        teams=Count("pk", distinct=True),
        demo=Count("pk", filter=Q(is_demo=True), distinct=True),
        with_plan=Count("plan", distinct=True),
        shared=Count("plan", filter=Q(plan__shared_with_network=True), distinct=True),
        rounds=Count("rounds", distinct=True),
    )
