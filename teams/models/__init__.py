from .assessments import AssessmentRound, Response, StaffMember, Tie
from .plans import (
    Comment,
    FeedbackRequest,
    Goal,
    PlanRevision,
    Principles,
    ProgressUpdate,
    ReminderOptOut,
    Step,
    WorkPlan,
)
from .teams import Invitation, Membership, Team

__all__ = [
    "AssessmentRound",
    "Comment",
    "FeedbackRequest",
    "Goal",
    "Invitation",
    "Membership",
    "PlanRevision",
    "Principles",
    "ProgressUpdate",
    "ReminderOptOut",
    "Response",
    "StaffMember",
    "Step",
    "Team",
    "Tie",
    "WorkPlan",
]
