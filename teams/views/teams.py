"""Team pages. Every view looks the team up through ``permissions.visible_teams``, so a
team the visitor may not see is a 404, the same as one that does not exist; every POST
also asks ``permissions.can_manage`` (403 for the facilitator and staff, who may see)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from network.core.ids import parse_id

from .. import founding, invitations, permissions
from ..team_forms import FacilitatorChoiceForm, InvitationForm, RequestChoiceForm, TeamForm

# Why an invitation link no longer works, and the status it answers with.
INVALID = {
    "unknown": 404,
    "expired": 410,
    "revoked": 410,
    "accepted": 410,
}


def team_for(request, slug):
    # Every team page's header names the district.
    return get_object_or_404(
        permissions.visible_teams(request.user).select_related("district"), slug=slug
    )


def managed_team(request, slug):
    team = team_for(request, slug)
    if not permissions.can_manage(request.user, team):
        raise PermissionDenied("Only the team's members may do this.")
    return team


@login_required
def team_list(request):
    teams = permissions.visible_teams(request.user).select_related("district")
    return render(request, "teams/team_list.html", {"teams": teams})


@login_required
def team_detail(request, slug):
    team = team_for(request, slug)
    memberships = list(team.memberships.select_related("user"))
    role = permissions.role(request.user, team)
    return render(
        request,
        "teams/team_detail.html",
        {
            "team": team,
            "memberships": memberships,
            "one_sided": team.is_one_sided(memberships),
            "role": role,
            "can_manage": role in permissions.MANAGERS,
            "section": "overview",
        },
    )


@login_required
def team_create(request):
    status = 200
    if request.method == "POST":
        form = TeamForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            team = founding.create_team(
                request.user,
                data["name"],
                data["district"],
                data["unions"],
                data["side"],
                data["title"],
            )
            messages.success(request, f"{team.name} is started. Invite the rest of the team.")
            return redirect("teams:members", team.slug)
        status = 400
    else:
        form = TeamForm()
    return render(request, "teams/teams/create.html", {"form": form}, status=status)


# Members and invitations ---------------------------------------------------------------
def members_page(request, team, invite_form=None, status=200):
    can_manage = permissions.can_manage(request.user, team)
    if can_manage and invite_form is None:
        invite_form = InvitationForm(team=team)
    memberships = list(team.memberships.select_related("user"))
    return render(
        request,
        "teams/teams/members.html",
        {
            "team": team,
            "section": "members",
            "memberships": memberships,
            "one_sided": team.is_one_sided(memberships),
            "can_manage": can_manage,
            # Only members see the invitations (addresses of people not yet on the team).
            "invitations": (
                team.invitations.select_related("invited_by", "accepted_by") if can_manage else None
            ),
            "form": invite_form,
        },
        status=status,
    )


@login_required
def team_members(request, slug):
    return members_page(request, team_for(request, slug))


@login_required
@require_POST
def invite(request, slug):
    team = managed_team(request, slug)
    form = InvitationForm(request.POST, team=team)
    if not form.is_valid():
        return members_page(request, team, invite_form=form, status=400)
    data = form.cleaned_data
    invitation = invitations.invite(team, data["email"], data["side"], request.user, data["title"])
    messages.success(
        request,
        f"The invitation to {invitation.email} is saved and its email queued; the link in "
        "it works for 14 days.",
    )
    return redirect("teams:members", team.slug)


@login_required
@require_POST
def revoke(request, slug, pk):
    team = managed_team(request, slug)
    invitation = get_object_or_404(team.invitations, pk=pk)
    if invitations.revoke(invitation):
        messages.success(request, f"The invitation to {invitation.email} is revoked.")
    else:
        invitation.refresh_from_db()
        messages.info(
            request, f"The invitation to {invitation.email} was already {invitation.state}."
        )
    return redirect("teams:members", team.slug)


# Accepting -----------------------------------------------------------------------------
def invalid_invitation(request, reason, invitation=None):
    return render(
        request,
        "teams/teams/invitation_invalid.html",
        {"reason": reason, "invitation": invitation},
        status=INVALID[reason],
    )


def invitation(request, token):
    """Who invites the visitor to what; signed in, the Accept button (POST)."""
    found = invitations.find(token)
    if found is None:
        return invalid_invitation(request, "unknown")
    user = request.user
    if found.state == "accepted" and user.is_authenticated and found.accepted_by_id == user.pk:
        messages.info(request, f"You have already accepted this invitation to {found.team}.")
        return redirect(found.team)
    if found.state != "pending":
        return invalid_invitation(request, found.state, found)
    already_member = user.is_authenticated and found.team.memberships.filter(user=user).exists()
    if request.method == "POST":
        if not user.is_authenticated:
            return redirect_to_login(request.path)
        if already_member:
            return redirect(found.team)
        if invitations.accept(found, user) is None:
            found.refresh_from_db()
            return invalid_invitation(request, found.state, found)
        messages.success(request, f"Welcome to {found.team}.")
        return redirect(found.team)
    return render(
        request,
        "teams/teams/invitation.html",
        {
            "invitation": found,
            "team": found.team,
            "already_member": already_member,
            "email_differs": user.is_authenticated and user.email.lower() != found.email,
        },
    )


# Facilitator ---------------------------------------------------------------------------
def facilitator_page(request, team, roster_form=None, request_form=None, status=200):
    can_manage = permissions.can_manage(request.user, team)
    if can_manage:
        roster_form = roster_form or FacilitatorChoiceForm(
            initial={"facilitator": team.facilitator_id}
        )
        request_form = request_form or RequestChoiceForm(
            user=request.user, initial={"facilitator_request": team.facilitator_request_id}
        )
    linked = team.facilitator_request
    return render(
        request,
        "teams/teams/facilitator.html",
        {
            "team": team,
            "section": "facilitator",
            "can_manage": can_manage,
            "roster_form": roster_form,
            "request_form": request_form,
            "linked_request": linked,
            "assigned": founding.assigned_facilitator(linked),
            "has_requests": can_manage and founding.own_requests(request.user).exists(),
        },
        status=status,
    )


@login_required
def team_facilitator(request, slug):
    if request.method != "POST":
        return facilitator_page(request, team_for(request, slug))
    team = managed_team(request, slug)
    action = request.POST.get("action")
    if action == "attach":
        form = FacilitatorChoiceForm(request.POST)
        if not form.is_valid():
            return facilitator_page(request, team, roster_form=form, status=400)
        founding.attach(team, form.cleaned_data["facilitator"])
        messages.success(request, f"{team.facilitator} is now the team's facilitator.")
    elif action == "link_request":
        form = RequestChoiceForm(request.POST, user=request.user)
        if not form.is_valid():
            return facilitator_page(request, team, request_form=form, status=400)
        team.facilitator_request = form.cleaned_data["facilitator_request"]
        team.save(update_fields=["facilitator_request"])
        messages.success(request, "Your request is attached to the team.")
    elif action == "attach_from_request":
        assigned = founding.assigned_facilitator(team.facilitator_request)
        # The button names the facilitator it showed; a stale page must not attach another.
        if assigned is None or parse_id(request.POST.get("facilitator")) != assigned.pk:
            messages.error(
                request,
                "The staff have not matched a facilitator to this request yet (or the match "
                "changed): nothing was attached.",
            )
            return redirect("teams:facilitator", team.slug)
        founding.attach(team, assigned)
        messages.success(request, f"{assigned} is now the team's facilitator.")
    elif action == "detach":
        founding.attach(team, None)
        messages.success(request, "The team has no facilitator now.")
    else:
        return facilitator_page(request, team, status=400)
    return redirect("teams:facilitator", team.slug)
