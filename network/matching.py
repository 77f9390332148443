""" "Districts like mine": rank peer organizations by how much they share with one.

One table of weights drives both the SQL that ranks every candidate in the database
(``ranked``) and the Python that explains a match (``reasons``), so the order on the page
and the reasons shown always agree (a test checks them against each other).

Points, for a candidate of the same kind as the target (districts with districts, unions
with unions), never the target itself or its labor-management partner:

| shared with the target             | points |
|------------------------------------|--------|
| locale (urban, suburban, rural)    | 3      |
| enrollment band                    | 3      |
| the neighbouring enrollment band   | 1      |
| Census region                      | 2      |
| state                              | 2      |
| each shared topic, at most 3       | 1      |
| stage: further along               | 2      |
| stage: the same                    | 1      |

A candidate further along in its collaboration is marked as a possible mentor: the
sources advise linking experienced districts with inexperienced ones (seed 001, lines
1024-1028). Facets the target does not state score nothing, so an organization with few
known facts gets few, honest matches.
"""

from dataclasses import dataclass, field

from django.db.models import Case, Count, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce, Least

from resources.choices import SizeBand, Stage

from .models import Organization

LOCALE = 3
SIZE_SAME = 3
SIZE_NEAR = 1
REGION = 2
STATE = 2
TOPIC = 1
TOPICS_MAX = 3
STAGE_AHEAD = 2
STAGE_SAME = 1

SIZE_ORDER = [SizeBand.SMALL, SizeBand.MEDIUM, SizeBand.LARGE, SizeBand.VERY_LARGE]
STAGE_ORDER = [Stage.NOT_YET_READY, Stage.PRELIMINARY, Stage.ADVANCED]
DEFAULT_LIMIT = 10


def neighbours(value, order):
    if value not in order:
        return []
    at = order.index(value)
    return [order[i] for i in (at - 1, at + 1) if 0 <= i < len(order)]


def stages_after(stage):
    if stage not in STAGE_ORDER:
        return []
    return STAGE_ORDER[STAGE_ORDER.index(stage) + 1 :]


def points(condition, value):
    return Case(When(condition, then=Value(value)), default=Value(0), output_field=IntegerField())


def ranked(target, limit=DEFAULT_LIMIT, topic_ids=None):
    """The ``limit`` best peers of ``target``, best first, each annotated with ``score``
    and ``shared_topics``; one query. ``topic_ids``: the target's topics, if known."""
    if topic_ids is None:
        topic_ids = list(target.topics.values_list("pk", flat=True))
    candidates = Organization.objects.filter(kind=target.kind).exclude(pk=target.pk)
    if target.partner_id:
        candidates = candidates.exclude(pk=target.partner_id)

    score = Value(0)
    if target.locale:
        score += points(Q(locale=target.locale), LOCALE)
    if target.size_band:
        score += points(Q(size_band=target.size_band), SIZE_SAME)
        near = neighbours(target.size_band, SIZE_ORDER)
        if near:
            score += points(Q(size_band__in=near), SIZE_NEAR)
    if target.region:
        score += points(Q(region=target.region), REGION)
    if target.state:
        score += points(Q(state=target.state), STATE)
    if target.stage:
        ahead = stages_after(target.stage)
        if ahead:
            score += points(Q(stage__in=ahead), STAGE_AHEAD)
        score += points(Q(stage=target.stage), STAGE_SAME)

    shared = Value(0)
    if topic_ids:
        through = Organization.topics.through
        counts = (
            through.objects.filter(organization_id=OuterRef("pk"), topic_id__in=topic_ids)
            .order_by()
            .values("organization_id")
            .annotate(n=Count("*"))
            .values("n")
        )
        shared = Coalesce(Subquery(counts, output_field=IntegerField()), Value(0))
        score += Least(shared, Value(TOPICS_MAX)) * Value(TOPIC)

    return (
        candidates.annotate(shared_topics=shared, score=score)
        .filter(score__gt=0)
        .order_by("-score", "name", "pk")[:limit]
    )


@dataclass
class Match:
    organization: Organization
    score: int
    reasons: list = field(default_factory=list)
    mentor: bool = False


def reasons(target, candidate, target_topics, candidate_topics):
    """(score, reasons, further along?) for one candidate, by the same table as the SQL.
    ``*_topics`` are sets of Topic objects (or anything hashable with a ``name``)."""
    score, why = 0, []
    if target.locale and candidate.locale == target.locale:
        score += LOCALE
        why.append(f"Same locale: {candidate.get_locale_display().lower()}")
    if target.size_band and candidate.size_band:
        if candidate.size_band == target.size_band:
            score += SIZE_SAME
            why.append(f"Same enrollment band: {candidate.get_size_band_display()}")
        elif candidate.size_band in neighbours(target.size_band, SIZE_ORDER):
            score += SIZE_NEAR
            why.append(f"Similar enrollment: {candidate.get_size_band_display()}")
    if target.region and candidate.region == target.region:
        score += REGION
        why.append(f"Same region: {candidate.get_region_display()}")
    if target.state and candidate.state == target.state:
        score += STATE
        why.append(f"Same state: {candidate.get_state_display()}")
    shared = sorted(target_topics & candidate_topics, key=lambda topic: topic.name)
    if shared:
        score += min(len(shared), TOPICS_MAX) * TOPIC
        why.append("Shared topics: " + ", ".join(topic.name for topic in shared))
    ahead = bool(target.stage) and candidate.stage in stages_after(target.stage)
    if ahead:
        score += STAGE_AHEAD
        why.append(
            f"Further along: {candidate.get_stage_display().lower()} collaboration "
            f"(you: {target.get_stage_display().lower()})"
        )
    elif target.stage and candidate.stage == target.stage:
        score += STAGE_SAME
        why.append(f"Same stage: {candidate.get_stage_display().lower()}")
    return score, why, ahead


def like(target, limit=DEFAULT_LIMIT):
    """The peers of ``target`` with the reasons they matched: three queries (the target's
    topics, the ranked candidates, and the topics of the target and candidates)."""
    found = list(ranked(target, limit))
    through = Organization.topics.through
    topic_rows = through.objects.filter(
        organization_id__in=[target.pk, *(org.pk for org in found)]
    ).select_related("topic")
    topics = {}
    for row in topic_rows:
        topics.setdefault(row.organization_id, set()).add(row.topic)
    target_topics = topics.get(target.pk, set())
    matches = []
    for org in found:
        score, why, ahead = reasons(target, org, target_topics, topics.get(org.pk, set()))
        matches.append(Match(organization=org, score=score, reasons=why, mentor=ahead))
    return matches
