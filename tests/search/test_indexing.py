"""The index follows its sources: the registry, ``sync``, ``remove``, dependents,
deletions and rebuilds, shown with a fake source over a model search knows nothing of
(Django's ``Group``). The content apps' own sources are tested in their apps' tests."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from search import facets, indexing
from search.models import SearchEntry
from search.sources import EntryData, IndexSource, SourceRegistry, entry_content_type, registry

pytestmark = pytest.mark.django_db

KIND = "test_group"


class GroupSource(IndexSource):
    """Groups are findable unless their name starts with "hidden"; a group named
    "parent ..." has the groups named "child ..." as dependents."""

    model = Group

    def is_public(self, group):
        return not group.name.startswith("hidden")

    def entry_for(self, group):
        return EntryData(kind=KIND, url=f"/groups/{group.pk}/", title=group.name)

    def dependents(self, group):
        if group.name.startswith("parent"):
            return Group.objects.filter(name__startswith="child")
        return ()


@pytest.fixture
def groups_searchable():
    facets.register_kind(KIND, "Group")
    source = registry.register(GroupSource)
    yield source
    registry.unregister(Group)
    facets.unregister_kind(KIND)


def entry_for(obj):
    return SearchEntry.objects.filter(
        content_type=entry_content_type(obj), object_id=obj.pk
    ).first()


def test_the_registry_finds_a_source_along_the_classes():
    class Base:
        pass

    class Child(Base):
        pass

    class BaseSource(IndexSource):
        model = Base

    local = SourceRegistry()
    source = local.register(BaseSource)
    assert local.for_instance(Child()) is source
    assert local.for_instance(object()) is None
    assert list(local) == [source]


def test_an_entry_refuses_fields_search_does_not_have():
    with pytest.raises(ValueError, match="favourite_colour"):
        EntryData(kind=KIND, url="/", title="x", facets={"favourite_colour": "blue"})


def test_a_facet_must_name_a_column_of_the_entries():
    with pytest.raises(ValueError, match="not a facet field"):
        facets.register("colour", "Colour", "colour", choices=())


def test_sync_writes_and_withdraws_an_entry(groups_searchable):
    group = Group.objects.create(name="Readers")
    entry = indexing.sync(group)
    assert entry == entry_for(group)
    assert (entry.kind, entry.title, entry.url) == (KIND, "Readers", f"/groups/{group.pk}/")
    assert entry.owner_page_id is None  # not a page: follows no page's privacy
    group.name = "hidden readers"
    assert indexing.sync(group) is None
    assert entry_for(group) is None


def test_an_item_without_a_source_has_no_entry(groups_searchable):
    group = Group.objects.create(name="Readers")
    indexing.sync(group)
    registry.unregister(Group)
    assert indexing.sync(group) is None
    assert entry_for(group) is None


def test_dependents_follow_their_item(groups_searchable):
    child = Group.objects.create(name="child one")
    parent = Group.objects.create(name="parent")
    indexing.sync(parent)
    assert entry_for(child) is not None  # synced with its parent


def test_deleting_an_item_of_a_registered_model_removes_its_entry(groups_searchable):
    group = Group.objects.create(name="Readers")
    indexing.sync(group)
    pk = group.pk
    group.delete()
    assert not SearchEntry.objects.filter(
        content_type=entry_content_type(Group), object_id=pk
    ).exists()


def test_rebuild_covers_every_source_and_drops_stale_entries(groups_searchable):
    kept = Group.objects.create(name="Readers")
    hidden = Group.objects.create(name="hidden group")
    stale = Group.objects.create(name="Gone")
    indexing.sync(stale)
    Group.objects.filter(pk=stale.pk).update(name="hidden now")  # no signal: entry is stale
    count = indexing.rebuild()
    assert entry_for(kept) is not None
    assert entry_for(hidden) is None and entry_for(stale) is None
    assert count == SearchEntry.objects.filter(content_type__in=registry.content_types()).count()


def test_rebuild_command_shows_progress(capsys):
    CaseStudyPageFactory(parent=CaseStudyIndexPage.objects.get())  # a page to index
    SearchEntry.objects.all().delete()
    call_command("search_index", "rebuild")
    out = capsys.readouterr().out
    assert "Entries" in out and "/" in out
    assert "Indexed" in out
    assert SearchEntry.objects.exists()
