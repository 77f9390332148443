"""The shared taxonomy: the fixed facet vocabularies used by every library page.

Topics are curated in the admin (see ``resources.models.Topic``); everything
here is a fixed list because search facets and peer matching depend on it.
"""

from django.db import models


class Locale(models.TextChoices):
    URBAN = "urban", "Urban"
    SUBURBAN = "suburban", "Suburban"
    RURAL = "rural", "Rural"


class SizeBand(models.TextChoices):
    SMALL = "small", "Small (under 2,500 students)"
    MEDIUM = "medium", "Medium (2,500 to 9,999 students)"
    LARGE = "large", "Large (10,000 to 49,999 students)"
    VERY_LARGE = "very_large", "Very large (50,000 students or more)"


class Stage(models.TextChoices):
    # The three stages named in seed 003, line 413.
    NOT_YET_READY = "not_yet_ready", "Not yet ready"
    PRELIMINARY = "preliminary", "Preliminary"
    ADVANCED = "advanced", "Advanced"


class Status(models.TextChoices):
    # Seed 004, line 194 asks that practices be labelled by how far along they are.
    PLANNING = "planning", "Planning"
    PILOT = "pilot", "Pilot"
    IMPLEMENTED = "implemented", "Implemented"
    EVALUATED = "evaluated", "Evaluated"


class ResourceType(models.TextChoices):
    CONTRACT_LANGUAGE = "contract_language", "Sample contract language"
    MOU = "mou", "Memorandum of understanding"
    TOOLKIT = "toolkit", "Toolkit"
    TEMPLATE = "template", "Template or worksheet"
    RESEARCH_REPORT = "research_report", "Research report"
    ARTICLE = "article", "Article"
    VIDEO = "video", "Video"
    POLICY = "policy", "State policy or legislation"


class UnionAffiliation(models.TextChoices):
    NEA = "nea", "NEA"
    AFT = "aft", "AFT"
    BOTH = "both", "NEA and AFT"
    INDEPENDENT = "independent", "Independent"


class USState(models.TextChoices):
    AL = "AL", "Alabama"
    AK = "AK", "Alaska"
    AZ = "AZ", "Arizona"
    AR = "AR", "Arkansas"
    CA = "CA", "California"
    CO = "CO", "Colorado"
    CT = "CT", "Connecticut"
    DE = "DE", "Delaware"
    DC = "DC", "District of Columbia"
    FL = "FL", "Florida"
    GA = "GA", "Georgia"
    HI = "HI", "Hawaii"
    ID = "ID", "Idaho"
    IL = "IL", "Illinois"
    IN = "IN", "Indiana"
    IA = "IA", "Iowa"
    KS = "KS", "Kansas"
    KY = "KY", "Kentucky"
    LA = "LA", "Louisiana"
    ME = "ME", "Maine"
    MD = "MD", "Maryland"
    MA = "MA", "Massachusetts"
    MI = "MI", "Michigan"
    MN = "MN", "Minnesota"
    MS = "MS", "Mississippi"
    MO = "MO", "Missouri"
    MT = "MT", "Montana"
    NE = "NE", "Nebraska"
    NV = "NV", "Nevada"
    NH = "NH", "New Hampshire"
    NJ = "NJ", "New Jersey"
    NM = "NM", "New Mexico"
    NY = "NY", "New York"
    NC = "NC", "North Carolina"
    ND = "ND", "North Dakota"
    OH = "OH", "Ohio"
    OK = "OK", "Oklahoma"
    OR = "OR", "Oregon"
    PA = "PA", "Pennsylvania"
    RI = "RI", "Rhode Island"
    SC = "SC", "South Carolina"
    SD = "SD", "South Dakota"
    TN = "TN", "Tennessee"
    TX = "TX", "Texas"
    UT = "UT", "Utah"
    VT = "VT", "Vermont"
    VA = "VA", "Virginia"
    WA = "WA", "Washington"
    WV = "WV", "West Virginia"
    WI = "WI", "Wisconsin"
    WY = "WY", "Wyoming"
    PR = "PR", "Puerto Rico"


class Provision(models.TextChoices):
    """What a clause is about, set by editors, so clauses on one provision can be compared
    across districts (compare/). A fixed list: the compare page offers one choice each."""

    TRANSFERS = "transfers", "Transfers, selection and staffing"
    PEER_REVIEW = "peer_review", "Peer review and PAR panels"
    PAY = "pay", "Pay ladders and career pathways"
    JOINT_COMMITTEES = "joint_committees", "Joint committees and shared decisions"
    EVALUATION = "evaluation", "Teacher evaluation"
    PROFESSIONAL_DEVELOPMENT = "professional_development", "Professional development"
    SCHOOL_AUTONOMY = "school_autonomy", "School-level waivers and pilot autonomy"
    DISPUTES = "disputes", "Bargaining, consensus and dispute resolution"
    OTHER = "other", "Other"


PROVISION_KINDS = Provision.choices
