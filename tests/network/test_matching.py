""" "Districts like mine": the scoring table on hand-made districts."""

import pytest

from network import matching
from network.models import Organization
from resources.factories import TopicFactory

pytestmark = pytest.mark.django_db

BASE = {"kind": "district", "state": "NH", "locale": "rural", "size_band": "small"}


def district(name, **facts):
    return Organization.objects.create(name=f"Match test {name}", **{**BASE, **facts})


def topics(*slugs):
    return [TopicFactory(slug=slug) for slug in slugs]


@pytest.fixture
def target():
    org = district("target", stage="preliminary")
    org.topics.set(topics("peer-assistance-and-review", "teacher-evaluation"))
    return org


def scores(target, limit=200):
    """{name: score} for the test districts among the ranked peers."""
    return {
        org.name.removeprefix("Match test "): org.score
        for org in matching.ranked(target, limit=limit)
        if org.name.startswith("Match test ")
    }


def test_each_shared_fact_counts_as_the_table_says(target):
    # The same state (NH) gives state 2 + region 2; the same locale 3; the same band 3.
    district("twin", stage="preliminary").topics.set(topics("peer-assistance-and-review"))
    district("near size", size_band="medium", locale="urban")  # 1 + 2 + 2
    district("other region", state="CA", locale="urban", size_band="large")  # nothing
    district("same region", state="VT", locale="urban", size_band="large")  # region 2
    got = scores(target)
    assert got["twin"] == 2 + 2 + 3 + 3 + 1 + 1  # + 1 topic + same stage
    assert got["near size"] == 1 + 2 + 2
    assert got["same region"] == 2
    assert "other region" not in got  # a score of 0 is no match


def test_further_along_counts_and_marks_a_mentor(target):
    district("ahead", stage="advanced")
    district("behind", stage="not_yet_ready")
    got = scores(target)
    assert got["ahead"] == got["behind"] + 2
    matches = {m.organization.name: m for m in matching.like(target, limit=200)}
    assert matches["Match test ahead"].mentor
    assert not matches["Match test behind"].mentor
    assert any("Further along" in reason for reason in matches["Match test ahead"].reasons)


def test_shared_topics_count_at_most_three(target):
    many = ["peer-assistance-and-review", "teacher-evaluation"]
    target.topics.add(*topics("career-pathways", "compensation"))
    district("four topics").topics.set(topics(*many, "career-pathways", "compensation"))
    district("two topics").topics.set(topics(*many))
    got = scores(target)
    assert got["four topics"] - got["two topics"] == 1  # 3 counted, not 4


def test_the_target_its_partner_and_other_kinds_are_left_out(target):
    Organization.objects.create(
        name="Match test union", kind="union", **{k: v for k, v in BASE.items() if k != "kind"}
    )
    partner = district("partner")
    target.partner = partner
    target.save()
    got = scores(target)
    assert "target" not in got and "partner" not in got and "union" not in got


def test_unknown_facts_score_nothing():
    bare = Organization.objects.create(name="Match test bare", kind="district")
    district("anything")
    assert matching.ranked(bare).count() == 0


def test_reasons_agree_with_the_sql_score(target):
    district("a", stage="advanced", size_band="medium").topics.set(topics("teacher-evaluation"))
    district("b", state="ME", locale="urban")
    district("c", stage="preliminary", locale="suburban")
    for match in matching.like(target, limit=200):
        if match.organization.name.startswith("Match test "):
            assert match.score == match.organization.score, match.organization.name
            assert match.reasons


def test_best_first_and_constant_queries(target, django_assert_max_num_queries):
    for n in range(12):
        district(f"filler {n}", locale="urban", size_band="large")
    district("best", stage="advanced").topics.set(topics("peer-assistance-and-review"))
    with django_assert_max_num_queries(3):
        matches = matching.like(target, limit=10)
    assert matches[0].organization.name == "Match test best"
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)
