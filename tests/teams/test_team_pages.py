"""The first team pages: who may open them."""

import pytest
from django.urls import reverse

from teams.choices import Side
from teams.factories import MembershipFactory, TeamFactory

# What each role gets from a team's own page: 200, or 404 (the team is not found for
# them, the same as a team that does not exist), or a redirect to sign in.
DETAIL = {
    "anonymous": 302,
    "outsider": 404,
    "invitee": 404,
    "member": 200,
    "facilitator": 200,
    "staff": 200,
}


@pytest.mark.parametrize(("role", "status"), DETAIL.items())
def test_team_page_by_role(as_role, cast, role, status):
    response = as_role(role).get(reverse("teams:detail", args=[cast.team.slug]))
    assert response.status_code == status
    if status == 200:
        assert cast.team.name in response.content.decode()


@pytest.mark.parametrize("role", ["outsider", "invitee", "member", "facilitator", "staff"])
def test_team_list_shows_only_visible_teams(as_role, cast, role):
    other = TeamFactory(name="Elsewhere joint team")
    html = as_role(role).get(reverse("teams:list")).content.decode()
    assert (cast.team.name in html) == (role in ("member", "facilitator", "staff"))
    assert (other.name in html) == (role == "staff")


def test_a_team_without_both_sides_is_told_it_is_one_sided(client, cast):
    lonely = TeamFactory(name="One-sided team")
    MembershipFactory(team=lonely, user=cast.superintendent, side=Side.MANAGEMENT)
    client.force_login(cast.superintendent)
    assert "one-sided" in client.get(reverse("teams:detail", args=[lonely.slug])).content.decode()
    assert (
        "one-sided"
        not in client.get(reverse("teams:detail", args=[cast.team.slug])).content.decode()
    )
