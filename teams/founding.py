"""Starting a team and choosing its facilitator."""

from django.db import transaction
from django.utils.text import slugify

from network.models import Facilitator, FacilitatorRequest, RequestStatus

from .models import Membership, Team

# Paths under /teams/ that are not a team's slug (the *_urls.py modules; a test checks
# that every fixed first segment there is listed).
RESERVED_SLUGS = {"new", "invitations", "network", "reminders"}


def unique_slug(name):
    base = slugify(name)[:180] or "team"
    slug, n = base, 1
    while slug in RESERVED_SLUGS or Team.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def create_team(user, name, district, unions, side, title=""):
    """A new team with its creator as its first member, on the side they chose."""
    with transaction.atomic():
        team = Team.objects.create(
            name=name, slug=unique_slug(name), district=district, created_by=user
        )
        team.unions.set(unions)
        Membership.objects.create(team=team, user=user, side=side, title=title)
    return team


def roster():
    """Facilitators a team may choose: on the roster, active and taking requests."""
    return Facilitator.objects.filter(accepting_requests=True, user__is_active=True).select_related(
        "user"
    )


def own_requests(user):
    """The facilitator requests ``user`` sent, which they may attach to a team."""
    return FacilitatorRequest.objects.filter(requester=user).select_related("facilitator__user")


def assigned_facilitator(facilitator_request):
    """The facilitator staff matched to a request, or None while it is not matched."""
    if facilitator_request is None or facilitator_request.status != RequestStatus.MATCHED:
        return None
    return facilitator_request.facilitator


def attach(team, facilitator):
    team.facilitator = facilitator
    team.save(update_fields=["facilitator"])
