"""Writing the principles (from a library template) and the plan: goals, steps, the
plan's status rule, revisions and the history page, progress updates."""

import pytest
from django.urls import reverse

from resources.factories import ResourcePageFactory
from resources.models import ResourceIndexPage
from teams import plans
from teams.choices import PlanStatus, StepStatus
from teams.models import Goal, PlanRevision, Principles, Step, WorkPlan

S = StepStatus


@pytest.fixture
def templates(db):
    parent = ResourceIndexPage.objects.get()
    mou = ResourcePageFactory(
        parent=parent,
        title="Sample joint MOU",
        resource_type="mou",
        summary="Both sides agree to meet monthly.",
        body=[
            ("heading", "Commitments"),
            ("text", "<p>The parties commit to <b>shared decisions</b>.</p>"),
        ],
    )
    draft = ResourcePageFactory(
        parent=parent, title="Draft MOU", resource_type="mou", publish=False
    )
    toolkit = ResourcePageFactory(parent=parent, title="A toolkit", resource_type="toolkit")
    return mou, draft, toolkit


def test_principles_start_from_a_library_template(client, cast, templates):
    mou, draft, toolkit = templates
    client.force_login(cast.member)
    url = reverse("teams:plan_principles", args=[cast.team.slug])
    page = client.get(url).content.decode()
    assert "Sample joint MOU" in page
    assert "Draft MOU" not in page and "A toolkit" not in page  # live MOUs and templates only
    chosen = client.get(url, {"template": mou.pk})
    form = chosen.context["form"]
    assert form.initial["text"].startswith("Both sides agree to meet monthly.")
    assert "## Commitments" in form.initial["text"]
    assert "The parties commit to shared decisions." in form.initial["text"]
    assert not Principles.objects.filter(team=cast.team).exclude(text="").exists()  # not saved
    response = client.post(url, {"text": form.initial["text"], "template": mou.pk})
    assert response.status_code == 302
    principles = Principles.objects.get(team=cast.team)
    assert principles.template == mou
    assert principles.updated_by == cast.member
    assert "shared decisions" in principles.text_html
    revision = plans.plan_for(cast.team).revisions.first()
    assert "Sample joint MOU" in revision.summary
    assert revision.snapshot["principles"] == principles.text
    # A draft or a toolkit cannot be recorded as the template.
    assert client.get(url, {"template": draft.pk}).context["chooser"].errors
    client.post(url, {"text": "x", "template": toolkit.pk})
    assert Principles.objects.get(team=cast.team).template == mou


def test_principles_are_rendered_safely(client, cast):
    client.force_login(cast.member)
    url = reverse("teams:plan_principles", args=[cast.team.slug])
    client.post(url, {"text": "**Trust** <script>alert(1)</script> [x](javascript:alert(1))"})
    html = client.get(reverse("teams:plan", args=[cast.team.slug])).content.decode()
    assert "<strong>Trust</strong>" in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    assert 'href="javascript' not in html


def test_a_too_long_draft_is_refused_and_kept(client, cast):
    client.force_login(cast.member)
    url = reverse("teams:plan_principles", args=[cast.team.slug])
    text = "We agree. " * 2100
    response = client.post(url, {"text": text})
    assert response.status_code == 400
    assert "Ensure this value has at most" in response.content.decode()
    assert response.context["form"]["text"].value() == text
    assert not Principles.objects.exclude(text="").exists()


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([], PlanStatus.NO_PLAN),
        ([S.DROPPED, S.DROPPED], PlanStatus.NO_PLAN),
        ([S.NOT_STARTED, S.UNDER_WAY], PlanStatus.NOTHING_IMPLEMENTED),
        ([S.DONE, S.NOT_STARTED], PlanStatus.SOME_IMPLEMENTED),  # half is not most
        ([S.DONE, S.NOT_STARTED, S.UNDER_WAY], PlanStatus.SOME_IMPLEMENTED),
        ([S.DONE, S.DONE, S.NOT_STARTED], PlanStatus.MOST_IMPLEMENTED),
        ([S.DONE, S.DROPPED, S.DROPPED], PlanStatus.MOST_IMPLEMENTED),  # dropped don't count
        ([S.DONE, S.DONE], PlanStatus.MOST_IMPLEMENTED),
    ],
)
def test_the_status_rule(statuses, expected):
    assert plans.status_for(statuses) == expected


def status_of(team):
    return WorkPlan.objects.get(team=team).status


def test_goals_and_steps_through_the_pages_keep_the_status_in_sync(client, cast):
    client.force_login(cast.facilitator)  # the facilitator writes with the team
    slug = cast.team.slug
    client.post(reverse("teams:plan_goal_add", args=[slug]), {"title": "Joint hiring"})
    goal = Goal.objects.get(title="Joint hiring")
    assert status_of(cast.team) == PlanStatus.NO_PLAN  # a goal without steps is no plan
    step_url = reverse("teams:plan_step_add", args=[slug, goal.pk])
    for title in ("Write the rubric", "Pilot it"):
        client.post(step_url, {"title": title, "owner": cast.president.pk, "status": "under_way"})
    assert status_of(cast.team) == PlanStatus.NOTHING_IMPLEMENTED
    first, second = Step.objects.filter(goal=goal).order_by("pk")
    assert first.owner == cast.president
    edit = reverse("teams:plan_step_edit", args=[slug, first.pk])
    client.post(edit, {"title": "Write the rubric", "status": "done"})
    assert status_of(cast.team) == PlanStatus.SOME_IMPLEMENTED
    client.post(reverse("teams:plan_step_delete", args=[slug, second.pk]))
    assert status_of(cast.team) == PlanStatus.MOST_IMPLEMENTED
    client.post(reverse("teams:plan_goal_delete", args=[slug, goal.pk]))
    assert status_of(cast.team) == PlanStatus.NO_PLAN
    page = client.get(reverse("teams:plan", args=[slug])).content.decode()
    assert PlanStatus.NO_PLAN.label in page


def test_a_step_owner_must_be_a_member_of_the_team(client, cast, peer):
    client.force_login(cast.member)
    goal = plans.add_goal(plans.plan_for(cast.team), cast.member, "Goal")
    url = reverse("teams:plan_step_add", args=[cast.team.slug, goal.pk])
    for stranger in (peer.member, cast.outsider, cast.facilitator):
        response = client.post(url, {"title": "Kept title", "owner": stranger.pk, "status": "done"})
        assert response.status_code == 400
        assert "Select a valid choice" in response.content.decode()
        assert response.context["form"]["title"].value() == "Kept title"
    assert not Step.objects.exists()
    # Either side may own a step.
    for owner in (cast.superintendent, cast.president):
        client.post(url, {"title": "Ok", "owner": owner.pk, "status": "not_started"})
    assert Step.objects.count() == 2


def test_bad_input_on_a_step_is_explained_and_kept(client, cast):
    client.force_login(cast.member)
    goal = plans.add_goal(plans.plan_for(cast.team), cast.member, "Goal")
    url = reverse("teams:plan_step_add", args=[cast.team.slug, goal.pk])
    response = client.post(url, {"title": "", "due_date": "soon", "status": "done"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "This field is required." in html and "Enter a valid date." in html
    assert response.context["form"]["due_date"].value() == "soon"


def test_another_teams_goal_is_not_found(client, cast, peer):
    other_goal = plans.add_goal(plans.plan_for(peer.team), peer.member, "Theirs")
    client.force_login(cast.member)
    url = reverse("teams:plan_goal_edit", args=[cast.team.slug, other_goal.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"title": "Mine now"}).status_code == 404
    assert Goal.objects.get(pk=other_goal.pk).title == "Theirs"


def test_revisions_say_who_changed_what(client, cast, planned):
    plans.update_step(
        planned.first, cast.president, "Agree the panel", cast.president, None, S.DONE
    )
    revision = PlanRevision.objects.filter(plan=planned.plan).first()
    assert revision.author == cast.president
    assert "Agree the panel" in revision.summary
    assert "due date" in revision.summary and "Done" in revision.summary
    step = revision.snapshot["goals"][0]["steps"][0]
    assert step == {
        "id": planned.first.pk,
        "title": "Agree the panel",
        "owner": "president",
        "due_date": None,
        "status": "done",
    }
    assert revision.snapshot["status"] == PlanStatus.SOME_IMPLEMENTED
    # Saving without a change keeps no revision.
    count = PlanRevision.objects.count()
    plans.update_step(
        planned.first, cast.president, "Agree the panel", cast.president, None, S.DONE
    )
    assert PlanRevision.objects.count() == count
    client.force_login(cast.staff)
    html = client.get(reverse("teams:plan_history", args=[cast.team.slug])).content.decode()
    assert "Pat President" in html
    assert "Added the goal “Start peer review”" in html
    assert "Changed the step “Agree the panel”" in html


def test_progress_updates_are_posted_safely_and_kept_on_error(client, cast):
    client.force_login(cast.president)
    url = reverse("teams:plan_update_add", args=[cast.team.slug])
    response = client.post(url, {"body": "We *met*. <img src=x onerror=alert(1)>"})
    assert response.status_code == 302
    html = client.get(reverse("teams:plan", args=[cast.team.slug])).content.decode()
    assert "<em>met</em>" in html
    assert "<img" not in html
    response = client.post(url, {"body": "x" * 20_001})
    assert response.status_code == 400
    assert response.context["update_form"]["body"].value() == "x" * 20_001
