"""Opening rounds, answering as a member and by link, the threshold, closing."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from teams.choices import MIN_ANSWERS, Barrier, Stage, Trigger
from teams.models import AssessmentRound, Response

GOOD = {
    "communication": "3",
    "collaboration": "2",
    "openness": "4",
    "stage": Stage.PRELIMINARY,
    "triggers": [Trigger.LEADERSHIP_CHANGE],
    "barriers": [Barrier.CONFLICT, Barrier.BUDGET_LOSSES],
}


def link(cast, token):
    return reverse("teams:assessment_link_answer", args=[cast.team.slug, token])


def test_a_member_opens_a_round_for_a_school_and_sees_its_link_once(client, cast):
    client.force_login(cast.superintendent)
    response = client.post(
        reverse("teams:assessments", args=[cast.team.slug]),
        {"school": "Lincoln Elementary", "network_survey": "on"},
        follow=True,
    )
    assessment = AssessmentRound.objects.get()
    assert (assessment.school, assessment.network_survey, assessment.team) == (
        "Lincoln Elementary",
        True,
        cast.team,
    )
    html = response.content.decode()
    assert "/assessments/by-link/" in html
    token = html.split("/assessments/by-link/")[1].split("/")[0]
    assert token not in assessment.link_token_hash
    assert client.get(link(cast, token)).status_code == 200


def test_the_network_survey_needs_a_school_and_the_form_keeps_the_input(client, cast):
    client.force_login(cast.superintendent)
    response = client.post(
        reverse("teams:assessments", args=[cast.team.slug]), {"network_survey": "on"}
    )
    assert response.status_code == 200
    assert "name the school" in response.content.decode()
    assert 'name="network_survey" id="id_network_survey" checked' in response.content.decode()
    assert not AssessmentRound.objects.exists()


def test_a_member_answers_once_and_can_change_it(client, cast, assessment_round):
    assessment, _ = assessment_round
    url = reverse("teams:assessment_answer", args=[cast.team.slug, assessment.pk])
    client.force_login(cast.president)
    assert client.post(url, GOOD).status_code == 302
    assert client.post(url, {**GOOD, "communication": "1"}).status_code == 302
    answer = Response.objects.get()
    assert (answer.user, answer.communication, answer.openness) == (cast.president, 1, 4)
    assert answer.barriers == sorted([Barrier.CONFLICT, Barrier.BUDGET_LOSSES])


def test_link_answers_need_no_account_and_keep_no_user(client, cast, assessment_round):
    assessment, token = assessment_round
    for _ in range(2):
        response = client.post(link(cast, token), GOOD)
        assert response.status_code == 302
    assert Response.objects.filter(round=assessment, user=None).count() == 2
    assert "Thank you" in client.get(response["Location"]).content.decode()


def test_a_wrong_or_replaced_link_does_not_work(client, cast, assessment_round):
    assessment, token = assessment_round
    assert client.get(link(cast, "not-the-token")).status_code == 404
    client.force_login(cast.superintendent)
    client.post(reverse("teams:assessment_link", args=[cast.team.slug, assessment.pk]))
    client.logout()
    assert client.get(link(cast, token)).status_code == 404


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("communication", "0", "“0” is not an answer"),
        ("collaboration", "5", "“5” is not an answer"),
        ("openness", "x", "“x” is not an answer"),
        ("stage", "expert", "“expert” is not one of the stages"),
        ("triggers", "bribery", "“bribery” is not one of the triggers"),
        ("communication", "", "Choose an answer from 1 to 4"),
    ],
)
def test_out_of_range_answers_are_refused_and_the_rest_kept(
    client, cast, assessment_round, field, value, message
):
    _, token = assessment_round
    response = client.post(link(cast, token), {**GOOD, field: value})
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert not Response.objects.exists()
    # what was typed elsewhere is still ticked
    assert f'value="{Barrier.CONFLICT}"' in html
    assert html.count("checked") >= 3


def test_closing_stops_answers(client, cast, assessment_round):
    assessment, token = assessment_round
    client.force_login(cast.president)
    client.post(reverse("teams:assessment_close", args=[cast.team.slug, assessment.pk]))
    assessment.refresh_from_db()
    assert not assessment.is_open
    client.logout()
    assert "closed" in client.get(link(cast, token)).content.decode()
    assert client.post(link(cast, token), GOOD).status_code == 409
    client.force_login(cast.president)
    member_url = reverse("teams:assessment_answer", args=[cast.team.slug, assessment.pk])
    assert "This round is closed" in client.get(member_url).content.decode()
    assert client.post(member_url, GOOD).status_code == 409
    assert not Response.objects.exists()


def test_results_wait_for_five_answers(client, cast, assessment_round):
    assessment, token = assessment_round
    url = reverse("teams:assessment", args=[cast.team.slug, assessment.pk])
    for _ in range(MIN_ANSWERS - 1):
        client.post(link(cast, token), GOOD)
    client.force_login(cast.superintendent)
    html = client.get(url).content.decode()
    assert f"{MIN_ANSWERS - 1} of the {MIN_ANSWERS} answers needed" in html
    assert "<svg" not in html
    client.logout()
    client.post(link(cast, token), GOOD)
    client.force_login(cast.superintendent)
    html = client.get(url).content.decode()
    assert "<svg" in html and "answers needed" not in html


@pytest.mark.parametrize(
    "bad", [{"communication": 5}, {"openness": 0}, {"collaboration": 7}, {"stage": "expert"}]
)
def test_the_database_refuses_out_of_range_answers(cast, assessment_round, bad):
    assessment, _ = assessment_round
    values = {"communication": 2, "collaboration": 2, "openness": 2, "stage": Stage.ADVANCED}
    with pytest.raises(IntegrityError), transaction.atomic():
        Response.objects.create(round=assessment, **{**values, **bad})
    assert not Response.objects.exists()


def test_the_database_keeps_one_answer_per_member(cast, assessment_round):
    assessment, _ = assessment_round
    values = {"communication": 2, "collaboration": 2, "openness": 2, "stage": Stage.ADVANCED}
    Response.objects.create(round=assessment, user=cast.president, **values)
    Response.objects.create(round=assessment, **values)
    Response.objects.create(round=assessment, **values)  # link answers: no user, no limit
    with pytest.raises(IntegrityError), transaction.atomic():
        Response.objects.create(round=assessment, user=cast.president, **values)
