"""Starting a team: good input makes the team with its creator as a member; bad input
comes back with clear errors and everything typed kept."""

import pytest
from django.urls import reverse

from network.factories import OrganizationFactory, UnionFactory
from teams.choices import Side
from teams.models import Membership, Team

pytestmark = pytest.mark.django_db


@pytest.fixture
def orgs():
    district = OrganizationFactory(name="Riverton Public Schools")
    charter = OrganizationFactory(name="Bright Charter Network", kind="charter_network")
    union = UnionFactory(name="Riverton Teachers Union", partner=district)
    other_union = UnionFactory(name="Riverton Paraprofessionals")
    agency = OrganizationFactory(name="State Education Agency", kind="state_agency")
    return district, charter, union, other_union, agency


def test_the_form_offers_districts_and_unions_only(client, make_user, orgs):
    district, charter, union, other_union, agency = orgs
    client.force_login(make_user())
    html = client.get(reverse("teams:create")).content.decode()
    for organization in (district, charter, union, other_union):
        assert organization.name in html
    assert agency.name not in html


def test_creating_a_team_makes_the_creator_a_member_on_their_side(client, make_user, orgs):
    district, _, union, other_union, _ = orgs
    user = make_user()
    client.force_login(user)
    response = client.post(
        reverse("teams:create"),
        {
            "name": "  Riverton   joint team ",
            "district": district.pk,
            "unions": [union.pk, other_union.pk],
            "side": Side.UNION,
            "title": "Union president",
        },
    )
    team = Team.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("teams:members", args=[team.slug])
    assert team.name == "Riverton joint team"
    assert team.slug == "riverton-joint-team"
    assert team.district == district
    assert set(team.unions.all()) == {union, other_union}
    assert team.created_by == user
    membership = Membership.objects.get(team=team)
    assert (membership.user, membership.side, membership.title) == (
        user,
        Side.UNION,
        "Union president",
    )
    # The new team is the creator's, and one-sided until management joins.
    page = client.get(response.url).content.decode()
    assert "one-sided" in page


def test_a_second_team_of_the_same_name_gets_its_own_address(client, make_user, orgs):
    district, _, union, _, _ = orgs
    client.force_login(make_user())
    data = {"name": "New", "district": district.pk, "unions": [union.pk], "side": "management"}
    client.post(reverse("teams:create"), data)
    client.post(reverse("teams:create"), data)
    # "new" is the address of this form, so no team may take it.
    assert sorted(Team.objects.values_list("slug", flat=True)) == ["new-2", "new-3"]


def test_bad_input_is_refused_with_clear_errors_and_kept(client, make_user, orgs):
    district, _, union, _, agency = orgs
    client.force_login(make_user())
    response = client.post(
        reverse("teams:create"),
        {"name": "Riverton joint team", "district": agency.pk, "unions": [], "title": "Chair"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Choose a district or charter network from the list." in html
    assert "Choose at least one local union" in html
    assert "Say which side you are on the team." in html
    assert 'value="Riverton joint team"' in html
    assert 'value="Chair"' in html
    assert not Team.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("name", "   ", "Give the team a name."),
        ("district", "99999999999999999999999", "Choose a district or charter network"),
        ("unions", "abc", "Choose the union(s) from the list."),
        ("side", "referee", "Choose one of the sides listed."),
    ],
)
def test_each_bad_field_is_named(client, make_user, orgs, field, value, error):
    district, _, union, _, _ = orgs
    client.force_login(make_user())
    data = {"name": "Team", "district": district.pk, "unions": [union.pk], "side": "union"}
    data[field] = value
    response = client.post(reverse("teams:create"), data)
    assert response.status_code == 400
    assert error in response.content.decode()
    assert not Team.objects.exists()


def test_a_union_is_not_a_district(client, make_user, orgs):
    _, _, union, other_union, _ = orgs
    client.force_login(make_user())
    response = client.post(
        reverse("teams:create"),
        {"name": "Team", "district": union.pk, "unions": [other_union.pk], "side": "union"},
    )
    assert response.status_code == 400
    assert not Team.objects.exists()


def test_signed_in_members_find_their_teams_from_the_header(client, make_user):
    client.force_login(make_user())
    html = client.get(reverse("teams:list")).content.decode()
    assert f'href="{reverse("teams:list")}">Your teams<' in html
    assert reverse("teams:create") in html
    client.logout()
    assert "Your teams" not in client.get("/").content.decode()
