"""The clause index follows publishing, unpublishing, moves, deletion and privacy, and
holds only live, public content (never a draft)."""

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from compare import indexing
from compare.models import Clause
from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
from resources.models import ResourceIndexPage

from .conftest import SECRET, clause_block

pytestmark = pytest.mark.django_db


def indexed_ids():
    return set(Clause.objects.values_list("block_id", flat=True))


def test_publishing_indexes_each_clause_with_its_provenance(transfers):
    assert indexed_ids() == set(transfers.ids.values())
    north = Clause.objects.get(block_id=transfers.ids["north"])
    assert north.page_id == transfers.first.pk
    assert (north.field, north.position, north.provision) == ("agreed", 0, "transfers")
    assert north.heading == "Transfers by mutual consent"
    assert (north.parties, north.year, north.section) == (
        "Northfield district and the union",
        2010,
        "Article 12",
    )
    assert north.source == "seed 002, lines 10-12"
    assert north.kind_label == "An agreement between the parties"
    west = Clause.objects.get(block_id=transfers.ids["west"])
    assert (west.verbatim, west.kind_label) == (True, "The report's own account")


def test_republishing_keeps_block_ids_and_picks_up_edits(transfers):
    page = transfers.second
    page.clauses = [
        {**page.clauses.raw_data[0], "value": {**page.clauses.raw_data[0]["value"], "year": 2013}}
    ]
    page.save_revision().publish()
    clause = Clause.objects.get(page=page)
    assert (clause.block_id, clause.year) == (transfers.ids["south"], 2013)


def test_drafts_and_unpublished_changes_are_never_indexed(hidden):
    assert not indexed_ids() & set(hidden.ids)
    assert not Clause.objects.filter(text__contains=SECRET).exists()


def test_unpublishing_withdraws_and_republishing_restores(transfers):
    transfers.third.unpublish()
    assert transfers.ids["west"] not in indexed_ids()
    transfers.third.save_revision().publish()
    assert transfers.ids["west"] in indexed_ids()


def test_a_view_restriction_withdraws_and_lifting_it_restores(transfers):
    restriction = PageViewRestriction.objects.create(
        page=transfers.second, restriction_type="login"
    )
    assert transfers.ids["south"] not in indexed_ids()
    restriction.delete()
    assert transfers.ids["south"] in indexed_ids()


def test_a_restriction_on_a_section_withdraws_the_pages_under_it(transfers):
    PageViewRestriction.objects.create(
        page=ResourceIndexPage.objects.get(), restriction_type="password", password="x"
    )
    assert indexed_ids() == {transfers.ids["north"], transfers.ids["pay"]}


def test_moving_under_a_restricted_section_withdraws(transfers, hidden):
    private_index = ResourceIndexPageFactory(
        parent=ResourceIndexPage.objects.get().get_parent(), title="Private", slug="private"
    )
    PageViewRestriction.objects.create(page=private_index, restriction_type="login")
    transfers.third.move(private_index, pos="last-child")
    assert transfers.ids["west"] not in indexed_ids()


def test_deleting_a_page_deletes_its_clauses(transfers):
    transfers.first.delete()
    assert indexed_ids() == {transfers.ids["south"], transfers.ids["west"]}


def test_rebuild_command_rewrites_the_index_from_live_public_pages(hidden, transfers):
    before = set(Clause.objects.values_list("block_id", "page_id", "provision", "text"))
    Clause.objects.all().delete()
    Clause.objects.create(page=hidden.pages[0], block_id="stale-row", position=0, text="x")
    call_command("rebuild_compare_clauses", verbosity=0)
    after = set(Clause.objects.values_list("block_id", "page_id", "provision", "text"))
    assert after == before
    assert len(after) == 4


def test_migrate_fills_an_empty_index(transfers):
    Clause.objects.all().delete()
    call_command("migrate", verbosity=0)
    assert indexed_ids() == set(transfers.ids.values())


def test_a_block_id_pasted_twice_on_a_page_is_indexed_once(db):
    block = clause_block("Twice", "Pasted twice.", block_id="11111111-2222-3333-4444-555555555555")
    page = ResourcePageFactory(parent=ResourceIndexPage.objects.get(), clauses=[block, block])
    assert list(Clause.objects.filter(page=page).values_list("block_id", flat=True)) == [
        block["id"]
    ]
    assert indexing.sync_pages([page]) == 1
