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
from django.db.models import Avg, Count, F, Q, Value
from django.db.models.functions import Coalesce, TruncQuarter

from .choices import MIN_ANSWERS, PlanStatus, StepStatus
from .models import AssessmentRound, Response, Step, Team

# WestEd's survey of the teams at the 2011 Denver conference, a year later (seed 003,
# lines 88 and 132): the status of their action plans, 127 answers (lines 191-194).
DENVER_SOURCE = "seed 003, lines 191-194"
DENVER_2011 = {
    PlanStatus.NO_PLAN: (30.7, 39),
    PlanStatus.NOTHING_IMPLEMENTED: (18.1, 23),
    PlanStatus.SOME_IMPLEMENTED: (34.6, 44),
    PlanStatus.MOST_IMPLEMENTED: (16.5, 21),
}


def include_demo():
    return settings.DEBUG


def counted_rounds():
    """Rounds with enough answers to count (ids, as a subquery)."""
    return (
        AssessmentRound.objects.order_by()
        .annotate(answers=Count("responses"))
        .filter(answers__gte=MIN_ANSWERS)
        .values("pk")
    )


def answered_teams(demo=None):
    """The teams that have answered (a queryset, usable as a subquery)."""
    demo = include_demo() if demo is None else demo
    teams = Team.objects.order_by().filter(rounds__in=counted_rounds()).distinct()
    return teams if demo else teams.filter(is_demo=False)


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
    quarter: object  # the first day of the quarter
    communication: float | None
    collaboration: float | None
    openness: float | None
    suppressed: bool

    @property
    def label(self):
        return f"{self.quarter:%Y} Q{(self.quarter.month - 1) // 3 + 1}"


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


def plan_statuses(population, answered):
    """The share of answered teams at each plan status (no plan counts as no plan)."""
    counts = dict(
        Team.objects.order_by()
        .filter(pk__in=population.values("pk"))
        .annotate(plan_status=Coalesce(F("plan__status"), Value(PlanStatus.NO_PLAN.value)))
        .values_list("plan_status")
        .annotate(teams=Count("pk"))
    )
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
    """Per topic of the plans' goals: the share of steps done (dropped steps left out)."""
    rows = (
        Step.objects.order_by()
        .filter(goal__plan__team__in=population.values("pk"), goal__topics__isnull=False)
        .exclude(status=StepStatus.DROPPED)
        .values("goal__topics__name")
        .annotate(
            steps=Count("pk"),
            done=Count("pk", filter=Q(status=StepStatus.DONE)),
            teams=Count("goal__plan__team", distinct=True),
        )
        .order_by("goal__topics__name")
    )
    return [
        TopicRow(
            name=row["goal__topics__name"],
            share_done=share(row["done"], row["steps"]) if row["teams"] >= MIN_ANSWERS else None,
            suppressed=row["teams"] < MIN_ANSWERS,
        )
        for row in rows
    ]


def partnership_by_quarter(population):
    """The mean of each partnership question per quarter, over counted rounds only."""
    rows = (
        Response.objects.order_by()
        .filter(round__in=counted_rounds(), round__team__in=population.values("pk"))
        .annotate(quarter=TruncQuarter("round__opened_at"))
        .values("quarter")
        .annotate(
            communication=Avg("communication"),
            collaboration=Avg("collaboration"),
            openness=Avg("openness"),
            teams=Count("round__team", distinct=True),
        )
        .order_by("quarter")
    )
    out = []
    for row in rows:
        hidden = row["teams"] < MIN_ANSWERS
        means = {
            name: None if hidden else round(float(row[name]), 2)
            for name in ("communication", "collaboration", "openness")
        }
        out.append(QuarterRow(quarter=row["quarter"], suppressed=hidden, **means))
    return out


def network_summary(demo=None, always=False):
    """The whole summary. Below the threshold only ``answered`` is filled in, unless
    ``always`` (the staff page), where the small cells are still suppressed."""
    demo = include_demo() if demo is None else demo
    population = answered_teams(demo)
    answered = population.count()
    summary = Summary(answered=answered, demo_included=demo)
    if answered < MIN_ANSWERS and not always:
        return summary
    summary.statuses = plan_statuses(population, answered)
    summary.topics = topic_progress(population)
    summary.quarters = partnership_by_quarter(population)
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
