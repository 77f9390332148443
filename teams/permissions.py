"""Who may see and do what with a team. Every team view asks here, and every query of
teams or plans for a visitor goes through ``visible_teams`` / ``readable_plans``, so the
rule is applied in the database, not after.

| role        | view team | edit plan, assess, update | invite, revoke, share | comment |
|-------------|-----------|---------------------------|-----------------------|---------|
| anonymous   | no        | no                        | no                    | no      |
| non-member  | no        | no                        | no                    | if shared |
| invitee     | no (only the invitation page) | no    | no                    | no      |
| member      | yes       | yes                       | yes                   | yes     |
| facilitator | yes       | yes                       | no                    | yes     |
| staff       | yes       | no                        | no                    | yes     |

A plan is shared with the network (every signed-in member may read and comment), or with
named peer teams (their members may).
"""

from django.db.models import Q

from .models import Team, WorkPlan

ANONYMOUS, OUTSIDER, MEMBER, FACILITATOR, STAFF = (
    "anonymous",
    "outsider",
    "member",
    "facilitator",
    "staff",
)


def is_staff(user):
    return user.is_authenticated and (user.is_staff or user.is_superuser)


def visible_teams(user):
    """The teams ``user`` may open: their own, those they facilitate; staff see all."""
    if not user.is_authenticated:
        return Team.objects.none()
    if is_staff(user):
        return Team.objects.all()
    return Team.objects.filter(Q(memberships__user=user) | Q(facilitator__user=user)).distinct()


def role(user, team):
    if not user.is_authenticated:
        return ANONYMOUS
    if team.memberships.filter(user=user).exists():
        return MEMBER
    if team.facilitator_id and team.facilitator.user_id == user.pk:
        return FACILITATOR
    if is_staff(user):
        return STAFF
    return OUTSIDER


def can_view(user, team):
    return role(user, team) in (MEMBER, FACILITATOR, STAFF)


# Who may write the principles and plan, open assessment rounds and post progress; and
# who may invite, revoke, attach a facilitator and share. Views that already know the
# role test membership of these sets instead of asking again.
EDITORS = frozenset({MEMBER, FACILITATOR})
MANAGERS = frozenset({MEMBER})


def can_edit(user, team):
    """Write the principles and plan, open assessment rounds, post progress."""
    return role(user, team) in EDITORS


def can_manage(user, team):
    """Invite and revoke invitations, attach a facilitator, share the plan."""
    return role(user, team) in MANAGERS


def readable_plans(user):
    """Plans ``user`` may read: their teams' own, and those shared with the network (for
    members) or with a team they belong to."""
    if not user.is_authenticated:
        return WorkPlan.objects.none()
    if is_staff(user):
        return WorkPlan.objects.all()
    own = Q(team__memberships__user=user) | Q(team__facilitator__user=user)
    shared = Q(shared_with_network=True) | Q(shared_with_teams__memberships__user=user)
    return WorkPlan.objects.filter(own | shared).distinct()


def can_read_plan(user, plan):
    return readable_plans(user).filter(pk=plan.pk).exists()


def can_comment(user, plan):
    return can_read_plan(user, plan)
