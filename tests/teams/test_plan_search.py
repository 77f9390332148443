"""A plan shared with the network is in search as "Team plan", with its goals' topics and
its district's state; any other plan is in no result, count or suggestion, and unsharing,
deleting or the team changing takes effect at once (in the same transaction)."""

import pytest
from django.urls import reverse

from search.models import SearchEntry
from teams import sharing
from teams.models import WorkPlan
from teams.search import TEAM_PLAN, WorkPlanSource


def search_json(client, **params):
    return client.get(reverse("search"), {"format": "json", **params}).json()


def urls(data):
    return [hit["url"] for hit in data["hits"]]


def facet_count(data, facet, value):
    options = data["facets"][facet]["options"]
    return next((o["count"] for o in options if o["value"] == value), 0)


def suggestion_labels(client, prefix):
    response = client.get(reverse("search_suggest"), {"q": prefix})
    return [s["label"] for s in response.json()["suggestions"]]


def plan_url(cast):
    return reverse("teams:plan", args=[cast.team.slug])


@pytest.fixture
def shared(cast, planned):
    sharing.set_sharing(planned.plan, cast.member, True, [])
    return planned


def test_a_shared_plan_is_found_as_a_team_plan_with_topic_and_state(client, cast, shared):
    entry = SearchEntry.objects.get(kind=TEAM_PLAN)
    assert entry.url == plan_url(cast)
    assert entry.title == "Work plan: Testville joint team"
    assert entry.topic_slugs == ["peer-review"]
    data = search_json(client, q="panel", type=TEAM_PLAN, topic="peer-review", state="MA")
    assert urls(data) == [plan_url(cast)]
    assert data["hits"][0]["type_label"] == "Team plan"
    assert facet_count(data, "type", TEAM_PLAN) == 1
    assert facet_count(data, "topic", "peer-review") == 1
    assert facet_count(data, "state", "MA") == 1
    assert plan_url(cast) not in urls(search_json(client, q="panel", state="CA"))
    assert "Work plan: Testville joint team" in suggestion_labels(client, "Testville joint")


def assert_nowhere(client, cast):
    assert not SearchEntry.objects.filter(kind=TEAM_PLAN).exists()
    for params in ({"q": "panel"}, {"q": "Testville"}, {"type": TEAM_PLAN}, {}):
        data = search_json(client, **params)
        assert plan_url(cast) not in urls(data)
        assert facet_count(data, "type", TEAM_PLAN) == 0
    assert "Work plan: Testville joint team" not in suggestion_labels(client, "Testville joint")


def test_an_unshared_plan_is_in_no_result_count_or_suggestion(client, cast, planned):
    assert_nowhere(client, cast)


def test_a_plan_shared_only_with_peer_teams_is_not_in_search(client, cast, peer, planned):
    sharing.set_sharing(planned.plan, cast.member, False, [peer.team])
    assert_nowhere(client, cast)


def test_unsharing_withdraws_the_plan_at_once(client, cast, shared):
    client.force_login(cast.member)
    assert plan_url(cast) in urls(search_json(client, q="panel"))
    # No on-commit callbacks run here: the withdrawal happens in the request's transaction.
    client.post(reverse("teams:plan_sharing", args=[cast.team.slug]), {})
    client.logout()
    assert_nowhere(client, cast)


def test_deleting_the_plan_withdraws_it(client, cast, shared):
    WorkPlan.objects.get(pk=shared.plan.pk).delete()
    assert_nowhere(client, cast)


def test_deleting_the_team_withdraws_its_plan(client, cast, shared):
    cast.team.memberships.all().delete()
    cast.team.invitations.all().delete()
    cast.team.delete()
    assert not SearchEntry.objects.filter(kind=TEAM_PLAN).exists()


def test_the_entry_follows_the_team_and_the_goals(client, cast, shared):
    from teams import plans

    cast.team.name = "Renamed joint team"
    cast.team.save()
    assert SearchEntry.objects.get(kind=TEAM_PLAN).title == "Work plan: Renamed joint team"
    cast.district.state = "RI"
    cast.district.save()
    assert SearchEntry.objects.get(kind=TEAM_PLAN).state_codes == ["RI"]
    plans.delete_goal(shared.goal, cast.member)
    entry = SearchEntry.objects.get(kind=TEAM_PLAN)
    assert entry.topic_slugs == []
    assert "panel" not in entry.body.lower()


def test_a_rebuild_visits_only_shared_plans(cast, peer, shared):
    from teams import plans

    plans.plan_for(peer.team)
    assert list(WorkPlanSource().indexed_objects()) == [shared.plan]


def test_no_plan_is_in_the_sitemap(client, cast, peer, planned):
    """The plan pages need a sign-in, shared or not, so the sitemap (pages only) never
    lists one."""
    sharing.set_sharing(planned.plan, cast.member, False, [peer.team])
    assert plan_url(cast) not in client.get("/sitemap.xml").content.decode()
    sharing.set_sharing(planned.plan, cast.member, True, [])
    assert plan_url(cast) not in client.get("/sitemap.xml").content.decode()
