"""The network. Models by subject:

- ``organizations``: districts, local unions, state agencies and partners;
- ``members``: member profiles, affiliation claims, and messages between members;
- ``facilitators``: the facilitators' roster and requests for a facilitator.
"""

from .facilitators import Facilitator, FacilitatorRequest, RequestStatus, Service
from .members import (
    MANAGEMENT_LEADERS,
    UNION_LEADERS,
    Affiliation,
    AffiliationStatus,
    ContactMessage,
    MemberProfile,
    MemberRole,
    Visibility,
    apply_affiliation,
    sync_organization,
)
from .organizations import Organization, OrganizationKind

__all__ = [
    "MANAGEMENT_LEADERS",
    "UNION_LEADERS",
    "Affiliation",
    "AffiliationStatus",
    "ContactMessage",
    "Facilitator",
    "FacilitatorRequest",
    "MemberProfile",
    "MemberRole",
    "Organization",
    "OrganizationKind",
    "RequestStatus",
    "Service",
    "Visibility",
    "apply_affiliation",
    "sync_organization",
]
