"""The fixed answers the sources give. Each list cites where it comes from."""

from django.db import models

from resources.choices import Stage  # noqa: F401 - the stages of seed 003, line 413


class Side(models.TextChoices):
    """Who a team member speaks for. A District Capacity Project team includes the
    superintendent, the union president, a school committee member, teachers and
    administrators, and sometimes community partners (seed 000, line 56)."""

    MANAGEMENT = "management", "Management"
    UNION = "union", "Union"
    BOARD = "board", "School board"
    COMMUNITY = "community", "Community"
    FACILITATOR = "facilitator", "Facilitator"


class PartnershipQuestion(models.TextChoices):
    """The three partnership-quality questions of the ABC Unified study, each answered
    on a one-to-four scale (seed 001, lines 746-752)."""

    COMMUNICATION = "communication", "Union and management communicate with each other"
    COLLABORATION = "collaboration", "Staff collaborate with one another"
    OPENNESS = "openness", "Decisions are open to input from all educators"


SCALE = (1, 2, 3, 4)  # seed 001, line 820: "partnership-quality survey scale of one to four"
SCALE_LABELS = {1: "Not at all", 2: "A little", 3: "Mostly", 4: "Fully"}


class Trigger(models.TextChoices):
    """What set off more collaboration (seed 003, line 218)."""

    LEADERSHIP_CHANGE = "leadership_change", "A change in district, board or union leadership"
    UNANTICIPATED_EVENT = (
        "unanticipated_event",
        "An unanticipated event, such as new legal requirements or budget cuts",
    )
    EXTERNAL_PARTNERSHIP = (
        "external_partnership",
        "An external partnership, for example with a university",
    )


class Barrier(models.TextChoices):
    """What holds collaboration back, first at its start (seed 003, lines 266-292), then
    once it is under way (lines 294-334)."""

    NEGATIVE_PERCEPTIONS = "negative_perceptions", "Negative perceptions of the other side"
    LEADERSHIP_SHORTCOMINGS = "leadership_shortcomings", "Leadership shortcomings"
    LACK_OF_RESOURCES = "lack_of_resources", "A lack of basic resources"
    BROKEN_PROMISES = "broken_promises", "Broken promises and a lack of transparency"
    CONFLICT = "conflict", "Conflict that is not managed well"
    LEADERSHIP_CHANGE = "leadership_change", "Changes in leadership"
    POLICY_CHANGE = "policy_change", "External policy changes"
    EXTERNAL_INFLUENCE = "external_influence", "Negative influence from outside groups"
    BUDGET_LOSSES = "budget_losses", "Significant budget losses"
    HALF_MEASURES = "half_measures", "Strategies carried out halfway"


EARLY_BARRIERS = {
    Barrier.NEGATIVE_PERCEPTIONS,
    Barrier.LEADERSHIP_SHORTCOMINGS,
    Barrier.LACK_OF_RESOURCES,
}


class Purpose(models.TextChoices):
    """The four purposes of the ABC Unified communication-network survey (seed 001,
    lines 755-758)."""

    STUDENT_DATA = "student_data", "Student performance data"
    CURRICULUM = "curriculum", "Curriculum development and integration"
    INSTRUCTION = "instruction", "Instructional practice"
    MENTORING = "mentoring", "Mentoring, formal or informal"


class PlanStatus(models.TextChoices):
    """The four answers WestEd's survey gave on district teams' action plans (seed 003,
    lines 191-194)."""

    NO_PLAN = "no_plan", "No plan yet"
    NOTHING_IMPLEMENTED = "nothing_implemented", "A plan, with nothing implemented yet"
    SOME_IMPLEMENTED = "some_implemented", "A plan, with some elements implemented"
    MOST_IMPLEMENTED = "most_implemented", "A plan, with most or all elements implemented"


class StepStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    UNDER_WAY = "under_way", "Under way"
    DONE = "done", "Done"
    DROPPED = "dropped", "Dropped"


MIN_ANSWERS = 5  # a round's summary, and the network's, appear only from this many answers
