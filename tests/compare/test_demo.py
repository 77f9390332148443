"""The demo content can be compared: its clauses carry provisions, stable ids, and at
least three transfer clauses from different districts."""

import pytest
from django.urls import reverse

from compare.models import Clause
from home.demo.loader import block_id
from resources.choices import Provision

pytestmark = pytest.mark.demo


def test_every_demo_clause_has_a_provision_and_a_stable_id(demo):
    clauses = Clause.objects.select_related("page")
    assert clauses.count() > 100
    assert not clauses.filter(provision="").exists()
    assert set(clauses.values_list("provision", flat=True)) <= set(Provision.values)
    baltimore = clauses.get(page=demo["baltimore"], heading="Transfers by mutual consent")
    assert baltimore.block_id == block_id("baltimore-career-pathways", "agreed", 6)


def test_transfers_compare_three_districts_or_more(client, demo):
    response = client.get(reverse("compare:index"), {"provision": "transfers"})
    districts = {column.district for column in response.context["columns"]}
    assert {
        "Baltimore City school district",
        "Denver school district",
        "Sacramento City Unified School District",
    } <= districts
    sacramento = [c for c in response.context["columns"] if c.district.startswith("Sacramento")]
    # The page also names SEIU's allied trades; the clauses' parties name the teachers.
    assert [c.union for c in sacramento] == ["Sacramento Teachers Association"]
