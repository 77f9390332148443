"""Who may open and do what on the plan pages, cell by cell, for every role of
``tests/teams/conftest.py`` plus a member of a peer team. 404: the team (or plan) is not
found for them; 403: they see it but may not do this; 302: signed out (to sign in) or a
POST that worked (back to the page)."""

import pytest
from django.urls import reverse

from teams import plans, sharing
from teams.models import Comment, Goal, Step

ROLES = ["anonymous", "outsider", "invitee", "member", "facilitator", "staff", "peer"]


def row(anonymous, outsider, invitee, member, facilitator, staff, peer):
    return dict(
        zip(ROLES, [anonymous, outsider, invitee, member, facilitator, staff, peer], strict=True)
    )


# The team's own pages: its people see them, only members and the facilitator change them.
VIEW = row(302, 404, 404, 200, 200, 200, 404)
EDIT_GET = row(302, 404, 404, 200, 200, 403, 404)
EDIT_POST = row(302, 404, 404, 302, 302, 403, 404)
MANAGE_POST = row(302, 404, 404, 302, 403, 403, 404)
MEMBER_ONLY_POST = MANAGE_POST
# The plan itself, not shared: the same people as the team.
READ = VIEW
COMMENT = row(302, 404, 404, 302, 302, 302, 404)
# Shared with the network: every signed-in member reads it and comments.
READ_NETWORK = row(302, 200, 200, 200, 200, 200, 200)
COMMENT_NETWORK = row(302, 302, 302, 302, 302, 302, 302)
# Shared with the peer team only: its members too.
READ_PEER = row(302, 404, 404, 200, 200, 200, 200)
COMMENT_PEER = row(302, 404, 404, 302, 302, 302, 302)


def cases(planned):
    slug = "testville-joint-team"
    goal, step = planned.goal.pk, planned.first.pk
    return {
        "plan": ("get", reverse("teams:plan", args=[slug]), {}),
        "principles": ("get", reverse("teams:plan_principles", args=[slug]), {}),
        "principles_post": (
            "post",
            reverse("teams:plan_principles", args=[slug]),
            {"text": "We listen first."},
        ),
        "details": ("get", reverse("teams:plan_details", args=[slug]), {}),
        "details_post": (
            "post",
            reverse("teams:plan_details", args=[slug]),
            {"title": "Our plan", "summary": ""},
        ),
        "goal_add": ("get", reverse("teams:plan_goal_add", args=[slug]), {}),
        "goal_add_post": (
            "post",
            reverse("teams:plan_goal_add", args=[slug]),
            {"title": "A new goal"},
        ),
        "goal_edit": ("get", reverse("teams:plan_goal_edit", args=[slug, goal]), {}),
        "goal_edit_post": (
            "post",
            reverse("teams:plan_goal_edit", args=[slug, goal]),
            {"title": "Start peer review soon"},
        ),
        "step_add": ("get", reverse("teams:plan_step_add", args=[slug, goal]), {}),
        "step_add_post": (
            "post",
            reverse("teams:plan_step_add", args=[slug, goal]),
            {"title": "Another step", "status": "not_started"},
        ),
        "step_edit": ("get", reverse("teams:plan_step_edit", args=[slug, step]), {}),
        "step_edit_post": (
            "post",
            reverse("teams:plan_step_edit", args=[slug, step]),
            {"title": "Agree the panel", "status": "done"},
        ),
        "history": ("get", reverse("teams:plan_history", args=[slug]), {}),
        "update_post": (
            "post",
            reverse("teams:plan_update_add", args=[slug]),
            {"body": "We met."},
        ),
        "sharing": ("get", reverse("teams:plan_sharing", args=[slug]), {}),
        "sharing_post": (
            "post",
            reverse("teams:plan_sharing", args=[slug]),
            {"with_network": "on"},
        ),
        "feedback_post": (
            "post",
            reverse("teams:plan_feedback", args=[slug]),
            {"facilitator": "on"},
        ),
        "reminders_post": ("post", reverse("teams:plan_reminders", args=[slug]), {}),
        "print": ("get", reverse("teams:plan_print", args=[slug]), {}),
        "docx": ("get", reverse("teams:plan_docx", args=[slug]), {}),
        "comment_post": (
            "post",
            reverse("teams:plan_comment_add", args=[slug]),
            {"body": "Looks good."},
        ),
        "goal_delete_post": (
            "post",
            reverse("teams:plan_goal_delete", args=[slug, goal]),
            {},
        ),
        "step_delete_post": (
            "post",
            reverse("teams:plan_step_delete", args=[slug, step]),
            {},
        ),
    }


NOT_SHARED = {
    "plan": READ,
    "principles": EDIT_GET,
    "principles_post": EDIT_POST,
    "details": EDIT_GET,
    "details_post": EDIT_POST,
    "goal_add": EDIT_GET,
    "goal_add_post": EDIT_POST,
    "goal_edit": EDIT_GET,
    "goal_edit_post": EDIT_POST,
    "step_add": EDIT_GET,
    "step_add_post": EDIT_POST,
    "step_edit": EDIT_GET,
    "step_edit_post": EDIT_POST,
    "history": VIEW,
    "update_post": EDIT_POST,
    "sharing": VIEW,
    "sharing_post": MANAGE_POST,
    "feedback_post": MANAGE_POST,
    "reminders_post": MEMBER_ONLY_POST,
    "print": READ,
    "docx": READ,
    "comment_post": COMMENT,
    "goal_delete_post": EDIT_POST,
    "step_delete_post": EDIT_POST,
}
# Sharing opens the plan, its print view, its Word file and its comments, nothing else.
SHARED_NETWORK = {
    **NOT_SHARED,
    "plan": READ_NETWORK,
    "print": READ_NETWORK,
    "docx": READ_NETWORK,
    "comment_post": COMMENT_NETWORK,
}
SHARED_PEER = {
    **NOT_SHARED,
    "plan": READ_PEER,
    "print": READ_PEER,
    "docx": READ_PEER,
    "comment_post": COMMENT_PEER,
}

CELLS = [
    (sharing_state, view, role)
    for sharing_state, table in (
        ("none", NOT_SHARED),
        ("network", SHARED_NETWORK),
        ("peer", SHARED_PEER),
    )
    for view in table
    for role in ROLES
]
TABLES = {"none": NOT_SHARED, "network": SHARED_NETWORK, "peer": SHARED_PEER}


@pytest.mark.parametrize(("sharing_state", "view", "role"), CELLS)
def test_plan_permission_cell(client, cast, peer, planned, sharing_state, view, role):
    if sharing_state == "network":
        sharing.set_sharing(planned.plan, cast.member, True, [])
    elif sharing_state == "peer":
        sharing.set_sharing(planned.plan, cast.member, False, [peer.team])
    user = peer.member if role == "peer" else getattr(cast, role)
    if user is not None:
        client.force_login(user)
    method, url, data = cases(planned)[view]
    before = (
        Goal.objects.count(),
        Step.objects.count(),
        Comment.objects.count(),
        planned.plan.revisions.count(),
    )
    response = getattr(client, method)(url, data)
    expected = TABLES[sharing_state][view][role]
    assert response.status_code == expected, (view, role, response.status_code)
    if method == "post" and expected != 302:
        # A refused POST changes nothing.
        after = (
            Goal.objects.count(),
            Step.objects.count(),
            Comment.objects.count(),
            planned.plan.revisions.count(),
        )
        assert after == before
    if role == "anonymous":
        assert "/accounts/login/" in response["Location"] or "login" in response["Location"]


def test_peer_member_loses_the_plan_when_the_team_unshares(client, cast, peer, planned):
    sharing.set_sharing(planned.plan, cast.member, False, [peer.team])
    client.force_login(peer.member)
    url = reverse("teams:plan", args=[cast.team.slug])
    assert client.get(url).status_code == 200
    sharing.set_sharing(planned.plan, cast.member, False, [])
    assert client.get(url).status_code == 404
    assert plans.plan_for(cast.team).shared_at is None
