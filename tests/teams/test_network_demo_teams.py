"""The demo teams' data files validate, load onto factory-built demo organizations and
people, load twice without change, and the dev accounts end up on their team."""

import io

import pytest
from django.core.management import call_command

from home.demo import datafiles, loader
from home.demo.loader import DemoLoader, ensure_dev_team
from network.core.factories import UserFactory
from network.factories import FacilitatorFactory, OrganizationFactory
from resources.factories import TopicFactory
from teams import summaries
from teams.choices import MIN_ANSWERS, PlanStatus, Side
from teams.models import Comment, Membership, Response, Team


@pytest.fixture
def content():
    return datafiles.read()


@pytest.fixture
def world(db, content):
    """Just what the teams' files refer to, built by factories."""
    for team in content.teams:
        for key in [team["district"], *team["unions"]]:
            OrganizationFactory(slug=key, name=key, is_demo=True)
        for goal in team.get("plan", {}).get("goals", []):
            for slug in goal["topics"]:
                TopicFactory(slug=slug, name=slug.replace("-", " ").capitalize())
        User = UserFactory._meta.model
        for username in loader.team_people(team) | {team.get("facilitator", "")} - {""}:
            if not User.objects.filter(username=username).exists():
                UserFactory(username=username)
        if team.get("facilitator"):
            FacilitatorFactory(user=User.objects.get(username=team["facilitator"]))
    return content


def load_teams(**options):
    demo = DemoLoader(**options)
    demo._content = datafiles.read()  # the teams only, onto the factory-built world
    demo.ensure_teams()
    return demo.report


def test_data_files_validate(db, content):
    assert len(content.teams) >= MIN_ANSWERS
    assert loader.team_problems(content, {t["slug"] for t in content.topics}) == []


def test_problems_name_the_file_and_field(db, content):
    team = content.teams[0]
    team["district"] = "a-real-district"
    team["members"][0]["side"] = "referee"
    team["rounds"][0]["openness"] = [5]
    team["plan"]["status"] = "finished"
    problems = loader.team_problems(content, {t["slug"] for t in content.topics})
    where = team["_file"]
    assert where.startswith("teams/")
    assert f"{where}: district: a-real-district is not a demo organization" in problems
    assert f"{where}: members[0].side: unknown side referee" in problems
    assert any(p.startswith(f"{where}: rounds[0].openness:") for p in problems)
    assert any(p.startswith(f"{where}: rounds[0]: communication") for p in problems)
    assert f"{where}: plan.status: unknown status finished" in problems


def test_a_bad_file_is_named(tmp_path):
    (tmp_path / "teams").mkdir()
    (tmp_path / "teams" / "demo-x.toml").write_text('slug = "demo-y"\nname = 3\n')
    with pytest.raises(datafiles.DemoDataError) as error:
        datafiles.read(tmp_path)
    message = str(error.value)
    assert "teams/demo-x.toml: name: expected text" in message
    assert "teams/demo-x.toml: district: missing" in message
    assert "teams/demo-x.toml: slug: must be 'demo-x'" in message


def test_teams_load_and_pass_the_threshold(world):
    load_teams()
    teams = Team.objects.filter(is_demo=True)
    assert teams.count() == len(world.teams)
    statuses = set(teams.exclude(plan=None).values_list("plan__status", flat=True))
    assert statuses == set(PlanStatus.values)
    for team in teams:
        assert {Side.MANAGEMENT, Side.UNION} <= team.sides()
    assert Comment.objects.filter(reply_to__isnull=False).exists()
    summary = summaries.network_summary(demo=True)
    assert summary.shown and summary.answered == len(world.teams)
    assert any(not row.suppressed for row in summary.topics)
    assert summary.quarters and not any(row.suppressed for row in summary.quarters)
    assert not summaries.network_summary(demo=False).shown


def test_loading_twice_changes_nothing(world):
    load_teams()
    answers = Response.objects.count()
    report = load_teams()
    assert not report.changed
    assert Response.objects.count() == answers
    report = load_teams(force=True)
    assert report.updated == {"demo teams": len(world.teams)}
    assert Response.objects.count() == answers


def test_dev_users_are_on_the_demo_team(world, settings):
    settings.DEBUG = True
    load_teams()
    call_command("create_dev_users", stdout=io.StringIO())
    team = Team.objects.get(slug="demo-maple-valley-joint-team")
    sides = dict(Membership.objects.filter(team=team).values_list("user__username", "side"))
    assert sides["editor"] == Side.MANAGEMENT
    assert sides["moderator"] == Side.UNION
    assert "admin" in sides
    assert ensure_dev_team() == team  # idempotent
    assert Membership.objects.filter(team=team, user__username="editor").count() == 1
