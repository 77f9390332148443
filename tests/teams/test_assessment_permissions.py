"""Who may use each assessment view, cell by cell, for every role of tests/teams/conftest.py,
plus someone holding the round's link without an account, for the link views.

302 to sign in for the anonymous; 404 where the team is not found for the visitor (the
same as a team that does not exist); 403 where they see the team but may not do this."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from teams.assessments import open_round
from teams.choices import Stage
from teams.factories import TeamFactory
from teams.models import AssessmentRound, Response

ANSWER = {"communication": "3", "collaboration": "3", "openness": "3", "stage": Stage.ADVANCED}

VIEW = {"anonymous": 302, "outsider": 404, "invitee": 404, "member": 200,
        "facilitator": 200, "staff": 200}  # fmt: skip
EDIT = {"anonymous": 302, "outsider": 404, "invitee": 404, "member": 302,
        "facilitator": 302, "staff": 403}  # fmt: skip
EDIT_PAGE = {**EDIT, "member": 200, "facilitator": 200}
ANSWER_PAGE = {**VIEW, "facilitator": 403, "staff": 403}
ANSWER_POST = {**ANSWER_PAGE, "member": 302}


def url(cast, name, assessment=None):
    args = [cast.team.slug] + ([assessment.pk] if assessment else [])
    return reverse(f"teams:{name}", args=args)


def signed_in_redirect(response):
    return response.status_code == 302 and "login" in response["Location"]


@pytest.mark.parametrize(("role", "status"), VIEW.items())
def test_round_list(as_role, cast, role, status):
    response = as_role(role).get(url(cast, "assessments"))
    assert response.status_code == status
    if role == "anonymous":
        assert signed_in_redirect(response)


@pytest.mark.parametrize(("role", "status"), EDIT.items())
def test_open_a_round(as_role, cast, role, status):
    response = as_role(role).post(url(cast, "assessments"), {"school": ""})
    assert response.status_code == status
    assert AssessmentRound.objects.exists() == (status == 302 and role != "anonymous")


@pytest.mark.parametrize(("role", "status"), VIEW.items())
def test_round_results(as_role, cast, assessment_round, role, status):
    assessment, _ = assessment_round
    assert as_role(role).get(url(cast, "assessment", assessment)).status_code == status


@pytest.mark.parametrize(("role", "status"), ANSWER_PAGE.items())
def test_member_answer_page(as_role, cast, assessment_round, role, status):
    assessment, _ = assessment_round
    assert as_role(role).get(url(cast, "assessment_answer", assessment)).status_code == status


@pytest.mark.parametrize(("role", "status"), ANSWER_POST.items())
def test_member_answer_post(as_role, cast, assessment_round, role, status):
    assessment, _ = assessment_round
    response = as_role(role).post(url(cast, "assessment_answer", assessment), ANSWER)
    assert response.status_code == status
    assert Response.objects.exists() == (role == "member")


@pytest.mark.parametrize(("role", "status"), EDIT.items())
def test_close(as_role, cast, assessment_round, role, status):
    assessment, _ = assessment_round
    assert as_role(role).post(url(cast, "assessment_close", assessment)).status_code == status
    assessment.refresh_from_db()
    assert assessment.is_open == (status != 302 or role == "anonymous")


@pytest.mark.parametrize(("role", "status"), EDIT.items())
def test_new_link(as_role, cast, assessment_round, role, status):
    assessment, _ = assessment_round
    before = assessment.link_token_hash
    assert as_role(role).post(url(cast, "assessment_link", assessment)).status_code == status
    assessment.refresh_from_db()
    assert (assessment.link_token_hash != before) == (status == 302 and role != "anonymous")


def test_close_and_new_link_take_only_post(as_role, cast, assessment_round):
    assessment, _ = assessment_round
    client = as_role("member")
    assert client.get(url(cast, "assessment_close", assessment)).status_code == 405
    assert client.get(url(cast, "assessment_link", assessment)).status_code == 405


@pytest.fixture
def survey_round(cast):
    return open_round(cast.team, cast.superintendent, school="Lincoln", network_survey=True)[0]


@pytest.mark.parametrize(("role", "status"), EDIT_PAGE.items())
def test_staff_upload_page(as_role, cast, survey_round, role, status):
    assert as_role(role).get(url(cast, "assessment_staff", survey_round)).status_code == status


@pytest.mark.parametrize(("role", "status"), EDIT.items())
def test_staff_upload_post(as_role, cast, survey_round, role, status):
    file = SimpleUploadedFile("staff.csv", b"name,position\nAna,Teacher\n")
    response = as_role(role).post(url(cast, "assessment_staff", survey_round), {"file": file})
    assert response.status_code == status
    assert survey_round.staff.exists() == (status == 302 and role != "anonymous")


def test_staff_upload_needs_a_network_round(as_role, cast, assessment_round):
    assessment, _ = assessment_round
    assert as_role("member").get(url(cast, "assessment_staff", assessment)).status_code == 403


def test_a_round_of_another_team_is_not_found_under_this_team(as_role, cast):
    other, _ = open_round(TeamFactory(), None)
    client = as_role("member")
    assert client.get(url(cast, "assessment", other)).status_code == 404
    assert client.get(url(cast, "assessment_answer", other)).status_code == 404
    assert client.post(url(cast, "assessment_close", other)).status_code == 404
    other.refresh_from_db()
    assert other.is_open


LINK_ROLES = ["link holder without account", "outsider", "invitee", "member", "facilitator",
              "staff"]  # fmt: skip


def link_client(as_role, role):
    return as_role("anonymous" if role == "link holder without account" else role)


@pytest.mark.parametrize("role", LINK_ROLES)
def test_link_answer_page_opens_for_anyone_with_the_link(as_role, cast, assessment_round, role):
    assessment, token = assessment_round
    link = reverse("teams:assessment_link_answer", args=[cast.team.slug, token])
    client = link_client(as_role, role)
    page = client.get(link)
    assert page.status_code == 200 and 'name="communication"' in page.content.decode()
    assert client.post(link, ANSWER).status_code == 302
    assert Response.objects.get().user is None  # even a signed-in holder answers anonymously


@pytest.mark.parametrize("role", LINK_ROLES)
def test_link_answer_without_the_right_token(as_role, cast, assessment_round, role):
    assessment, token = assessment_round
    client = link_client(as_role, role)
    wrong = reverse("teams:assessment_link_answer", args=[cast.team.slug, token[:-2] + "xx"])
    other_team = reverse("teams:assessment_link_answer", args=[TeamFactory().slug, token])
    for link in (wrong, other_team):
        assert client.get(link).status_code == 404
        assert client.post(link, ANSWER).status_code == 404
    assert not Response.objects.exists()
