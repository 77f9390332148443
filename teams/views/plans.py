"""The team's "Principles and plan" section, the shared plan, and the feedback on it.

The team's own people (members, facilitator, staff) find the team through
``permissions.visible_teams``; anyone else reads a plan only through
``permissions.readable_plans`` (shared with the network, or with a team they belong
to), so everything else is a 404. Every POST checks ``can_edit`` (the plan),
``can_manage`` (sharing, asking for feedback) or ``can_comment`` on the server.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .. import permissions, plans, reminders, sharing
from ..docx_export import plan_document
from ..models import Goal, Step, Team
from ..plan_forms import (
    CommentForm,
    FeedbackRequestForm,
    GoalForm,
    PlanDetailsForm,
    PrinciplesForm,
    SharingForm,
    StepForm,
    TemplateChoiceForm,
    UpdateForm,
)

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def posted(request):
    """The submitted data on a POST (even when empty: unticking every box), else None."""
    return request.POST if request.method == "POST" else None


# Looking things up -----------------------------------------------------------------------
def team_for(request, slug):
    return get_object_or_404(permissions.visible_teams(request.user), slug=slug)


def editable_team(request, slug):
    team = team_for(request, slug)
    if not permissions.can_edit(request.user, team):
        raise PermissionDenied("Only the team's members and facilitator change the plan.")
    return team


def managed_team(request, slug):
    team = team_for(request, slug)
    if not permissions.can_manage(request.user, team):
        raise PermissionDenied("Only the team's members share the plan or ask for feedback.")
    return team


def readable_plan(request, slug):
    """The plan at ``slug`` if the visitor may read it (their team's, or shared)."""
    return get_object_or_404(
        permissions.readable_plans(request.user).select_related(
            "team__district", "team__principles__updated_by"
        ),
        team__slug=slug,
    )


def plan_of(team):
    plan = plans.plan_for(team)
    plan.team = team
    return plan


def goals_of(plan):
    return list(plan.goals.prefetch_related("topics", "steps__owner"))


def comment_tree(plan):
    """Top-level comments, each with ``children`` (replies, any depth, flattened in
    order under their thread)."""
    comments = list(plan.comments.select_related("author"))
    by_parent = {}
    for comment in comments:
        by_parent.setdefault(comment.reply_to_id, []).append(comment)

    def descend(comment, depth):
        comment.depth = depth
        yield comment
        for child in by_parent.get(comment.pk, []):
            yield from descend(child, depth + 1)

    return [list(descend(root, 0)) for root in by_parent.get(None, [])]


# The plan page ---------------------------------------------------------------------------
def plan_context(request, plan, **forms):
    team = plan.team
    user = request.user
    own = permissions.visible_teams(user).filter(pk=team.pk).exists()
    role = permissions.role(user, team)
    reply_to = request.GET.get("reply_to", "")
    context = {
        "team": team,
        "plan": plan,
        "principles": team.principles if hasattr(team, "principles") else None,
        "goals": goals_of(plan),
        "counts": plans.step_counts(plan),
        "updates": plan.updates.select_related("author")[:20],
        "threads": comment_tree(plan),
        "own": own,
        "role": role,
        # As permissions.can_edit and can_manage, from the role worked out once; the
        # team's own people read its plan, so only others need can_comment's query.
        "can_edit": own and role in permissions.EDITORS,
        "can_manage": own and role in permissions.MANAGERS,
        "can_comment": own or permissions.can_comment(user, plan),
        "shared_teams": list(plan.shared_with_teams.all()),
        "section": "plan",
        "update_form": forms.get("update_form") or UpdateForm(),
        "comment_form": forms.get("comment_form")
        or CommentForm(plan=plan, initial={"reply_to": reply_to if reply_to.isdigit() else None}),
        "wants_reminders": own and reminders.wants_reminders(user, team),
    }
    if context["comment_form"].initial.get("reply_to"):
        context["replying_to"] = plan.comments.filter(
            pk=context["comment_form"].initial["reply_to"]
        ).first()
    return context


def render_plan(request, plan, status=200, **forms):
    context = plan_context(request, plan, **forms)
    template = "teams/plan/plan.html" if context["own"] else "teams/plan/shared.html"
    return render(request, template, context, status=status)


@login_required
def plan(request, slug):
    team = (
        permissions.visible_teams(request.user)
        .select_related("district", "principles__updated_by")
        .filter(slug=slug)
        .first()
    )
    if team is not None:
        return render_plan(request, plan_of(team))
    return render_plan(request, readable_plan(request, slug))


# Principles ------------------------------------------------------------------------------
@login_required
def principles_edit(request, slug):
    team = editable_team(request, slug)
    principles = plans.principles_for(team)
    chooser = TemplateChoiceForm(request.GET if "template" in request.GET else None)
    if request.method == "POST":
        form = PrinciplesForm(request.POST)
        if form.is_valid():
            plans.save_principles(
                team, request.user, form.cleaned_data["text"], form.cleaned_data["template"]
            )
            messages.success(request, "The principles are saved.")
            return redirect("teams:plan", team.slug)
    elif chooser.is_bound and chooser.is_valid():
        page = chooser.cleaned_data["template"]
        form = PrinciplesForm(initial={"text": plans.template_text(page), "template": page.pk})
    else:
        form = PrinciplesForm(initial={"text": principles.text})
    template_id = form["template"].value()
    return render(
        request,
        "teams/plan/principles_form.html",
        {
            "team": team,
            "form": form,
            "chooser": chooser if chooser.is_bound else TemplateChoiceForm(),
            "chosen": plans.template_pages().filter(pk=template_id).first()
            if str(template_id or "").isdigit()
            else None,
            "principles": principles,
            "section": "plan",
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
def details_edit(request, slug):
    team = editable_team(request, slug)
    plan = plan_of(team)
    form = PlanDetailsForm(posted(request), initial={"title": plan.title, "summary": plan.summary})
    if request.method == "POST" and form.is_valid():
        plans.save_plan_details(
            plan, request.user, form.cleaned_data["title"], form.cleaned_data["summary"]
        )
        return redirect("teams:plan", team.slug)
    return render(
        request,
        "teams/plan/details_form.html",
        {"team": team, "form": form, "section": "plan"},
        status=400 if request.method == "POST" else 200,
    )


# Goals and steps -------------------------------------------------------------------------
def goal_for(team, pk):
    return get_object_or_404(Goal.objects.select_related("plan"), pk=pk, plan__team=team)


def step_for(team, pk):
    return get_object_or_404(
        Step.objects.select_related("goal__plan"), pk=pk, goal__plan__team=team
    )


@login_required
def goal_add(request, slug):
    team = editable_team(request, slug)
    form = GoalForm(posted(request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        plans.add_goal(
            plan_of(team), request.user, data["title"], data["description"], data["topics"]
        )
        return redirect("teams:plan", team.slug)
    return render(
        request,
        "teams/plan/goal_form.html",
        {"team": team, "form": form, "goal": None, "section": "plan"},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def goal_edit(request, slug, pk):
    team = editable_team(request, slug)
    goal = goal_for(team, pk)
    initial = {"title": goal.title, "description": goal.description, "topics": goal.topics.all()}
    form = GoalForm(posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        plans.update_goal(goal, request.user, data["title"], data["description"], data["topics"])
        return redirect("teams:plan", team.slug)
    return render(
        request,
        "teams/plan/goal_form.html",
        {"team": team, "form": form, "goal": goal, "section": "plan"},
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def goal_delete(request, slug, pk):
    team = editable_team(request, slug)
    plans.delete_goal(goal_for(team, pk), request.user)
    messages.success(request, "The goal and its steps are removed.")
    return redirect("teams:plan", team.slug)


def step_data(form):
    data = form.cleaned_data
    return data["title"], data["owner"], data["due_date"], data["status"]


@login_required
def step_add(request, slug, goal_pk):
    team = editable_team(request, slug)
    goal = goal_for(team, goal_pk)
    form = StepForm(posted(request), team=team)
    if request.method == "POST" and form.is_valid():
        plans.add_step(goal, request.user, *step_data(form))
        reminders.queue_reminders()
        return redirect("teams:plan", team.slug)
    return render(
        request,
        "teams/plan/step_form.html",
        {"team": team, "goal": goal, "form": form, "step": None, "section": "plan"},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def step_edit(request, slug, pk):
    team = editable_team(request, slug)
    step = step_for(team, pk)
    initial = {
        "title": step.title,
        "owner": step.owner_id,
        "due_date": step.due_date,
        "status": step.status,
    }
    form = StepForm(posted(request), team=team, initial=initial)
    if request.method == "POST" and form.is_valid():
        plans.update_step(step, request.user, *step_data(form))
        reminders.queue_reminders()
        return redirect("teams:plan", team.slug)
    return render(
        request,
        "teams/plan/step_form.html",
        {"team": team, "goal": step.goal, "form": form, "step": step, "section": "plan"},
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def step_delete(request, slug, pk):
    team = editable_team(request, slug)
    plans.delete_step(step_for(team, pk), request.user)
    messages.success(request, "The step is removed.")
    return redirect("teams:plan", team.slug)


# History ---------------------------------------------------------------------------------
@login_required
def history(request, slug):
    team = team_for(request, slug)
    plan = plan_of(team)
    return render(
        request,
        "teams/plan/history.html",
        {
            "team": team,
            "plan": plan,
            "revisions": plan.revisions.select_related("author")[:200],
            "section": "plan",
        },
    )


# Progress and feedback -------------------------------------------------------------------
@login_required
@require_POST
def update_add(request, slug):
    team = editable_team(request, slug)
    plan = plan_of(team)
    form = UpdateForm(request.POST)
    if not form.is_valid():
        return render_plan(request, plan, status=400, update_form=form)
    plans.post_update(plan, request.user, form.cleaned_data["body"])
    messages.success(request, "Your update is posted.")
    return redirect("teams:plan", team.slug)


@login_required
@require_POST
def comment_add(request, slug):
    plan = readable_plan(request, slug)
    if not permissions.can_comment(request.user, plan):
        raise PermissionDenied
    form = CommentForm(request.POST, plan=plan)
    if not form.is_valid():
        return render_plan(request, plan, status=400, comment_form=form)
    comment = sharing.add_comment(
        plan, request.user, form.cleaned_data["body"], form.cleaned_data["reply_to"]
    )
    messages.success(request, "Your comment is posted.")
    return redirect(plan.get_absolute_url() + f"#comment-{comment.pk}")


@login_required
def sharing_edit(request, slug):
    team = team_for(request, slug)
    can_manage = permissions.can_manage(request.user, team)
    if request.method == "POST" and not can_manage:
        raise PermissionDenied("Only the team's members share the plan.")
    plan = plan_of(team)
    initial = {"with_network": plan.shared_with_network, "teams": plan.shared_with_teams.all()}
    form = SharingForm(posted(request), team=team, initial=initial)
    if request.method == "POST" and form.is_valid():
        sharing.set_sharing(
            plan, request.user, form.cleaned_data["with_network"], form.cleaned_data["teams"]
        )
        messages.success(request, "Sharing is saved.")
        return redirect("teams:plan_sharing", team.slug)
    return render_sharing(request, team, plan, form, FeedbackRequestForm(team=team))


def render_sharing(request, team, plan, form, feedback_form, status=None):
    return render(
        request,
        "teams/plan/sharing.html",
        {
            "team": team,
            "plan": plan,
            "form": form,
            "feedback_form": feedback_form,
            "can_manage": permissions.can_manage(request.user, team),
            "suggestions": sharing.suggested_peers(team),
            "requests": plan.feedback_requests.select_related("requested_by").prefetch_related(
                "peer_teams"
            )[:20],
            "section": "plan",
        },
        status=status or (400 if request.method == "POST" else 200),
    )


@login_required
@require_POST
def feedback_request(request, slug):
    team = managed_team(request, slug)
    plan = plan_of(team)
    form = FeedbackRequestForm(request.POST, team=team)
    if not form.is_valid():
        initial = {"with_network": plan.shared_with_network, "teams": plan.shared_with_teams.all()}
        return render_sharing(
            request, team, plan, SharingForm(team=team, initial=initial), form, status=400
        )
    data = form.cleaned_data
    sharing.request_feedback(
        plan, request.user, data["facilitator"], list(data["teams"]), data["message"]
    )
    messages.success(request, "Your request for feedback is sent.")
    return redirect("teams:plan_sharing", team.slug)


# Print and Word --------------------------------------------------------------------------
@login_required
def print_view(request, slug):
    plan = readable_plan(request, slug)
    return render(
        request,
        "teams/plan/print.html",
        {
            "team": plan.team,
            "plan": plan,
            "principles": getattr(plan.team, "principles", None),
            "goals": goals_of(plan),
            "counts": plans.step_counts(plan),
            "updates": plan.updates.select_related("author")[:20],
        },
    )


@login_required
def docx(request, slug):
    plan = readable_plan(request, slug)
    content = plan_document(
        plan, getattr(plan.team, "principles", None), goals_of(plan), plan.get_status_display()
    )
    response = HttpResponse(content, content_type=DOCX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{plan.team.slug}-plan.docx"'
    return response


# Reminders -------------------------------------------------------------------------------
@login_required
@require_POST
def reminders_toggle(request, slug):
    team = team_for(request, slug)
    if not team.memberships.filter(user=request.user).exists():
        raise PermissionDenied("Only the team's members get step reminders.")
    if request.POST.get("reminders") == "on":
        reminders.opt_in(request.user, team)
        messages.success(request, "You will get an email when your steps come due.")
    else:
        reminders.opt_out(request.user, team)
        messages.success(request, "You will no longer get step reminders for this team.")
    return redirect("teams:plan", team.slug)


@csrf_exempt  # mail clients POST one-click unsubscribes (RFC 8058); the signed token authorizes
def reminders_unsubscribe(request, token):
    """GET shows what the link turns off, with a button; POST turns it off. The signed
    token names the member and the team, so no login is needed."""
    data = reminders.read_unsubscribe_token(token)
    member = team = None
    if data is not None:
        member = get_user_model().objects.filter(pk=data[0], is_active=True).first()
        team = Team.objects.filter(pk=data[1]).first()
    if member is None or team is None:
        return render(
            request,
            "teams/plan/unsubscribe.html",
            {"invalid": True},
            status=400,
        )
    if request.method == "POST":
        reminders.opt_out(member, team)
        return render(request, "teams/plan/unsubscribe.html", {"done": True, "team": team})
    return render(request, "teams/plan/unsubscribe.html", {"token": token, "team": team})
