"""The team's Assessment section: rounds, answers (by members and by link), results.

Every view finds the team through ``permissions.visible_teams`` (404 otherwise), except
the link views, which need only the round's token. No view shows one answer."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from .. import assessments, charts, permissions, staff_csv
from ..assessment_forms import OpenRoundForm, ResponseForm, StaffUploadForm
from ..choices import MIN_ANSWERS
from ..models import Response
from .teams import team_for

LINK_KEY = "assessment_link_{}"  # the link's token, kept in the opener's session to show it


def round_for(request, slug, pk):
    team = team_for(request, slug)
    return team, get_object_or_404(team.rounds, pk=pk)


def require_edit(request, team):
    if not permissions.can_edit(request.user, team):
        raise PermissionDenied("Only the team and its facilitator can do this.")


def link_url(request, team, token):
    return request.build_absolute_uri(
        reverse("teams:assessment_link_answer", args=[team.slug, token])
    )


@login_required
def round_list(request, slug):
    team = team_for(request, slug)
    can_edit = permissions.can_edit(request.user, team)
    form = OpenRoundForm()
    if request.method == "POST":
        require_edit(request, team)
        form = OpenRoundForm(request.POST)
        if form.is_valid():
            assessment, token = assessments.open_round(
                team,
                request.user,
                school=form.cleaned_data["school"],
                network_survey=form.cleaned_data["network_survey"],
            )
            request.session[LINK_KEY.format(assessment.pk)] = token
            messages.success(request, "Round opened. Share its link with staff.")
            return redirect("teams:assessment", team.slug, assessment.pk)
    rounds = list(team.rounds.all())
    counts = dict(
        Response.objects.filter(round__in=rounds)
        .order_by()
        .values_list("round")
        .annotate(n=Count("pk"))
    )
    for assessment in rounds:
        assessment.answer_count = counts.get(assessment.pk, 0)
    return render(
        request,
        "teams/assessments/round_list.html",
        {
            "team": team,
            "section": "assessments",
            "rounds": rounds,
            "form": form,
            "can_edit": can_edit,
            "min_answers": MIN_ANSWERS,
        },
    )


@login_required
def round_detail(request, slug, pk):
    team, assessment = round_for(request, slug, pk)
    role = permissions.role(request.user, team)
    can_edit = role in permissions.EDITORS
    summary = assessments.summarize(assessment)
    context = {
        "team": team,
        "section": "assessments",
        "round": assessment,
        "can_edit": can_edit,
        "is_member": role == permissions.MEMBER,
        "answer_count": assessment.responses.count(),
        "min_answers": MIN_ANSWERS,
        "summary": summary,
        "staff_count": assessment.staff.count(),
    }
    token = request.session.get(LINK_KEY.format(assessment.pk)) if can_edit else None
    if token:
        context["link"] = link_url(request, team, token)
    if summary is not None:
        earlier = assessments.earlier_rounds(assessment)
        series = [(r.label, {q.code: (q.mean, q.sd) for q in s.questions}) for r, s in earlier] + [
            (assessment.label, {q.code: (q.mean, q.sd) for q in summary.questions})
        ]
        context["earlier"] = earlier
        context["chart"] = charts.means_chart(assessments.QUESTIONS, series)
        context["comparison"] = [
            (code, label, [values.get(code) for _, values in series])
            for code, label in assessments.QUESTIONS
        ]
        context["series_labels"] = [label for label, _ in series]
        context["recommendations"] = assessments.recommend(team, summary)
    if assessment.network_survey:
        show_names = can_edit and request.GET.get("names") == "1"
        results = assessments.network(assessment)
        context["show_names"] = show_names
        context["network"] = [
            (
                result,
                charts.network_chart(
                    f"Who talks with whom: {result.label.lower()}",
                    result.people,
                    result.ties,
                    show_names=show_names,
                    label_id=f"network-{result.purpose}",
                ),
            )
            for result in results or []
        ]
        context["network_answers"] = assessment.responses.filter(staff_member__isnull=False).count()
    return render(request, "teams/assessments/round_detail.html", context)


def _answer(request, team, assessment, user, action):
    staff = assessment.staff.order_by("name", "pk") if assessment.network_survey else None
    if staff is not None and not staff.exists():
        staff = None
    initial = None
    if user is not None:
        mine = assessment.responses.filter(user=user).first()
        if mine is not None:  # the member's own answer, shown only to them, to change it
            initial = {
                "communication": mine.communication,
                "collaboration": mine.collaboration,
                "openness": mine.openness,
                "stage": mine.stage,
                "triggers": mine.triggers,
                "barriers": mine.barriers,
                "staff_member": mine.staff_member_id,
            }
            for tie in mine.ties.all():
                initial.setdefault(f"talks_{tie.purpose}", []).append(tie.staff_member_id)
    if not assessment.is_open:
        return render(
            request,
            "teams/assessments/closed.html",
            {"team": team, "round": assessment},
            status=409 if request.method == "POST" else 200,
        )
    form = ResponseForm(initial=initial, staff=staff)
    if request.method == "POST":
        form = ResponseForm(request.POST, staff=staff)
        if form.is_valid():
            assessments.save_answer(assessment, form.cleaned_data, user=user)
            return None
    return render(
        request,
        "teams/assessments/answer.html",
        {
            "team": team,
            "section": "assessments",
            "round": assessment,
            "form": form,
            "action": action,
            "changing": initial is not None,
            "by_link": user is None,
        },
        status=400 if form.is_bound else 200,
    )


@login_required
def member_answer(request, slug, pk):
    team, assessment = round_for(request, slug, pk)
    if permissions.role(request.user, team) != permissions.MEMBER:
        raise PermissionDenied("Only the team's members answer here; staff answer by link.")
    response = _answer(request, team, assessment, request.user, request.path)
    if response is not None:
        return response
    messages.success(request, "Your answer is saved. You can change it while the round is open.")
    return redirect("teams:assessment", team.slug, assessment.pk)


def link_answer(request, slug, token):
    """Anyone holding the link answers, anonymously: no account, no name kept."""
    assessment = assessments.round_for_token(slug, token)
    if assessment is None:
        return render(request, "teams/assessments/bad_link.html", status=404)
    team = assessment.team
    if request.GET.get("done") == "1":
        return render(request, "teams/assessments/thanks.html", {"team": team})
    response = _answer(request, team, assessment, None, request.path)
    if response is not None:
        return response
    return redirect(request.path + "?done=1")


@login_required
@require_POST
def close(request, slug, pk):
    team, assessment = round_for(request, slug, pk)
    require_edit(request, team)
    assessments.close_round(assessment)
    messages.success(request, "The round is closed; no more answers are taken.")
    return redirect("teams:assessment", team.slug, assessment.pk)


@login_required
@require_POST
def new_link(request, slug, pk):
    team, assessment = round_for(request, slug, pk)
    require_edit(request, team)
    request.session[LINK_KEY.format(assessment.pk)] = assessments.new_link(assessment)
    messages.success(request, "A new link is ready; the old one no longer works.")
    return redirect("teams:assessment", team.slug, assessment.pk)


@login_required
def staff_upload(request, slug, pk):
    team, assessment = round_for(request, slug, pk)
    require_edit(request, team)
    if not assessment.network_survey:
        raise PermissionDenied("This round has no network survey.")
    form, errors = StaffUploadForm(), []
    if request.method == "POST":
        form = StaffUploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            data = upload.read(staff_csv.MAX_BYTES + 1)
            parsed = staff_csv.parse(data)
            if parsed.ok:
                assessments.replace_staff(assessment, parsed.rows)
                messages.success(request, f"Staff list saved: {len(parsed.rows)} people.")
                return redirect("teams:assessment", team.slug, assessment.pk)
            errors = parsed.errors
    return render(
        request,
        "teams/assessments/staff_upload.html",
        {
            "team": team,
            "section": "assessments",
            "round": assessment,
            "form": form,
            "errors": errors,
            "staff": assessment.staff.all(),
        },
        status=400 if request.method == "POST" else 200,
    )
