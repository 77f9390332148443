"""The partnership self-assessment: open and close rounds, record answers, and sum them
up without ever exposing one answer (a summary needs ``MIN_ANSWERS``)."""

import copy
import math
import secrets
from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from casestudies.models import CaseStudyPage
from network import matching
from resources.choices import ResourceType
from resources.models import ResourcePage

from . import density as density_math
from .choices import MIN_ANSWERS, SCALE, Barrier, PartnershipQuestion, Purpose, Stage, Trigger
from .models import AssessmentRound, Response, StaffMember, Tie
from .models.teams import hash_token

QUESTIONS = [(q.value, q.label) for q in PartnershipQuestion]
STAGE_ORDER = [Stage.NOT_YET_READY, Stage.PRELIMINARY, Stage.ADVANCED]
# Words that find library pages about each question's area (in titles and summaries).
AREA_WORDS = {
    PartnershipQuestion.COMMUNICATION: ["communicat"],
    PartnershipQuestion.COLLABORATION: ["collaborat"],
    PartnershipQuestion.OPENNESS: ["decision", "input", "voice"],
}
RECOMMEND = 3


def open_round(team, opened_by, school="", network_survey=False):
    """A new round and the token of its answer link (shown once; only its hash is kept)."""
    token = secrets.token_urlsafe(32)
    assessment = AssessmentRound.objects.create(
        team=team,
        school=school.strip(),
        network_survey=network_survey,
        opened_by=opened_by,
        link_token_hash=hash_token(token),
    )
    return assessment, token


def new_link(assessment):
    """Replace the round's link: the old one stops working."""
    token = secrets.token_urlsafe(32)
    assessment.link_token_hash = hash_token(token)
    assessment.save(update_fields=["link_token_hash"])
    return token


def round_for_token(team_slug, token):
    return (
        AssessmentRound.objects.select_related("team")
        .filter(team__slug=team_slug, link_token_hash=hash_token(token))
        .first()
    )


def close_round(assessment):
    if assessment.closed_at is None:
        assessment.closed_at = timezone.now()
        assessment.save(update_fields=["closed_at"])


@transaction.atomic
def save_answer(assessment, answers, user=None):
    """Store one respondent's ``answers`` (cleaned form data). A member's earlier answer
    to the round is replaced; a link answer is always new and carries no user."""
    values = {
        "communication": answers["communication"],
        "collaboration": answers["collaboration"],
        "openness": answers["openness"],
        "stage": answers["stage"],
        "triggers": sorted(answers.get("triggers") or []),
        "barriers": sorted(answers.get("barriers") or []),
        "staff_member": answers.get("staff_member"),
        "submitted_at": timezone.now(),
    }
    if user is not None:
        response, _ = Response.objects.update_or_create(
            round=assessment, user=user, defaults=values
        )
        response.ties.all().delete()
    else:
        response = Response.objects.create(round=assessment, **values)
    me = values["staff_member"]
    Tie.objects.bulk_create(
        Tie(response=response, purpose=purpose, staff_member=person)
        for purpose in Purpose.values
        for person in answers.get(f"talks_{purpose}") or []
        if me is None or person.pk != me.pk
    )
    return response


@transaction.atomic
def replace_staff(assessment, rows):
    """The round's staff list becomes ``rows`` [(name, position)], all or nothing. The
    ties already reported to the old list go with it."""
    Response.objects.filter(round=assessment).update(staff_member=None)
    assessment.staff.all().delete()
    StaffMember.objects.bulk_create(
        StaffMember(round=assessment, name=name, position=position) for name, position in rows
    )


@dataclass
class QuestionSummary:
    code: str
    label: str
    mean: float
    sd: float
    counts: dict  # answer -> how many gave it


@dataclass
class Summary:
    answers: int
    questions: list = field(default_factory=list)
    stages: list = field(default_factory=list)  # (label, count), in stage order
    stage: str = ""  # the most common stage (the earlier one on a tie)
    triggers: list = field(default_factory=list)  # (label, count), most named first
    barriers: list = field(default_factory=list)

    def by_code(self):
        return {q.code: q for q in self.questions}

    @property
    def weakest(self):
        return min(self.questions, key=lambda q: (q.mean, QUESTIONS.index((q.code, q.label))))


def mean_sd(values):
    """The mean and the population standard deviation (of the answers given)."""
    mean = sum(values) / len(values)
    return mean, math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))


def summarize(assessment):
    """The round's summary, or None below ``MIN_ANSWERS`` answers."""
    rows = list(
        Response.objects.filter(round=assessment).values(
            "communication", "collaboration", "openness", "stage", "triggers", "barriers"
        )
    )
    if len(rows) < MIN_ANSWERS:
        return None
    summary = Summary(answers=len(rows))
    for code, label in QUESTIONS:
        values = [row[code] for row in rows]
        mean, sd = mean_sd(values)
        counts = Counter(values)
        summary.questions.append(
            QuestionSummary(code, label, mean, sd, {n: counts.get(n, 0) for n in SCALE})
        )
    stages = Counter(row["stage"] for row in rows)
    summary.stages = [(Stage(s).label, stages.get(s, 0)) for s in STAGE_ORDER]
    summary.stage = max(STAGE_ORDER, key=lambda s: (stages.get(s, 0), -STAGE_ORDER.index(s)))
    for name, choices in (("triggers", Trigger), ("barriers", Barrier)):
        counts = Counter(code for row in rows for code in row[name] if code in choices.values)
        setattr(
            summary,
            name,
            [(choices(code).label, n) for code, n in counts.most_common()],
        )
    return summary


def earlier_rounds(assessment):
    """The team's earlier rounds for the same school (or the district), oldest first,
    each with its summary; rounds below the threshold are left out."""
    rounds = AssessmentRound.objects.filter(
        team=assessment.team, school__iexact=assessment.school
    ).filter(
        Q(opened_at__lt=assessment.opened_at)
        | Q(opened_at=assessment.opened_at, pk__lt=assessment.pk)
    )
    found = []
    for earlier in rounds.order_by("opened_at", "pk"):
        summary = summarize(earlier)
        if summary is not None:
            found.append((earlier, summary))
    return found


def next_stage(stage):
    at = STAGE_ORDER.index(stage)
    return STAGE_ORDER[at + 1] if at + 1 < len(STAGE_ORDER) else stage


def _area_first(pages, area):
    words = AREA_WORDS.get(area, [])
    about = Q()
    for word in words:
        about |= Q(title__icontains=word) | Q(summary__icontains=word)
    matching_pages = list(pages.filter(about).order_by("title")[:RECOMMEND]) if words else []
    rest = pages.exclude(pk__in=[p.pk for p in matching_pages]).order_by("title")
    return matching_pages + list(rest[: RECOMMEND - len(matching_pages)])


@dataclass
class Recommendations:
    weakest: QuestionSummary
    stage: str
    next_stage: str
    case_studies: list
    toolkits: list
    districts: list  # network.matching.Match, further along only


def recommend(team, summary):
    """Library pages for the weakest area and the stage the answers give: case studies at
    the next stage, toolkits and templates, and similar districts further along."""
    weakest = summary.weakest
    ahead = next_stage(summary.stage)
    case_studies = _area_first(
        CaseStudyPage.objects.live().public().filter(stage=ahead), weakest.code
    )
    toolkits = _area_first(
        ResourcePage.objects.live()
        .public()
        .filter(resource_type__in=[ResourceType.TOOLKIT, ResourceType.TEMPLATE])
        .filter(Q(stage=summary.stage) | Q(stage=ahead) | Q(stage="")),
        weakest.code,
    )
    # Match on the stage the team reports now, not the one on the district's record.
    district = copy.copy(team.district)
    district.stage = summary.stage
    districts = [m for m in matching.like(district) if m.mentor]
    return Recommendations(
        weakest=weakest,
        stage=Stage(summary.stage).label,
        next_stage=Stage(ahead).label,
        case_studies=case_studies,
        toolkits=toolkits,
        districts=districts,
    )


@dataclass
class NetworkResult:
    purpose: str
    label: str
    people: list  # names, in the staff list's order
    ties: set  # pairs of indexes into ``people``
    density: float | None

    @property
    def possible(self):
        return density_math.possible_ties(len(self.people))


def network(assessment):
    """Each purpose's ties and density, or None below ``MIN_ANSWERS`` network answers.
    Who reported a tie is used only to draw it; it is never returned."""
    staff = list(assessment.staff.order_by("name", "pk"))
    answered = Response.objects.filter(round=assessment, staff_member__isnull=False).count()
    if not staff or answered < MIN_ANSWERS:
        return None
    index = {person.pk: i for i, person in enumerate(staff)}
    reports = {purpose: [] for purpose in Purpose.values}
    rows = Tie.objects.filter(
        response__round=assessment, response__staff_member__isnull=False
    ).values_list("purpose", "response__staff_member_id", "staff_member_id")
    for purpose, reporter, named in rows:
        if reporter in index and named in index:
            reports[purpose].append((index[reporter], index[named]))
    names = [person.name for person in staff]
    return [
        NetworkResult(
            purpose=purpose.value,
            label=purpose.label,
            people=names,
            ties=density_math.undirected_ties(reports[purpose.value]),
            density=density_math.density(len(staff), reports[purpose.value]),
        )
        for purpose in Purpose
    ]
