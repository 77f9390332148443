"""Resources in the search index (``resources.search``): every live, public library page
has an entry, documents' text is searchable and leaves with the document, and the
taxonomy facets, topic suggestions and document snippets are registered from here."""

import pytest
from wagtail.models import PageViewRestriction

from resources.factories import ResourcePageFactory
from resources.models import LibraryPage, ResourceIndexPage, Topic
from resources.search import RESOURCE, ResourceSource
from search.facets import FACETS, ContentKind
from search.indexing import page_content_type
from search.models import SearchEntry
from search.sources import registry

pytestmark = pytest.mark.django_db


def entry_for(page):
    return SearchEntry.objects.filter(content_type=page_content_type(), object_id=page.pk).first()


def test_every_live_public_library_page_has_an_entry(library, django_capture_on_commit_callbacks):
    index = ResourceIndexPage.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        ResourcePageFactory(parent=index, publish=False)  # a draft: no entry
        restricted = ResourcePageFactory(parent=index)
        PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    entries = SearchEntry.objects.exclude(kind="discussion")
    assert entries.count() == LibraryPage.objects.live().public().count()


def test_a_resource_entry_carries_its_type_and_facets(library):
    guide = library.par_guide
    assert isinstance(registry.for_instance(guide), ResourceSource)
    entry = entry_for(guide)
    assert entry.kind == RESOURCE
    assert entry.resource_type == guide.resource_type
    assert entry.topic_slugs == sorted(topic.slug for topic in guide.topics.all())


def test_a_query_naming_a_kind_of_resource_puts_that_kind_first(library):
    """ "MOU" is the name of every memorandum of understanding: its entries are in the
    exact-name tier, before pages that only mention MOUs."""
    from django.http import QueryDict

    from search.engines.database import DatabaseEngine
    from search.query import SearchQuery

    mou = library.mou
    assert mou.resource_type == "mou"
    assert "\nmou\n" in f"\n{entry_for(mou).names}\n"
    for text in ("MOU", "memorandum of understanding"):
        hits = DatabaseEngine().search(SearchQuery.from_params(QueryDict(f"q={text}"))).hits
        assert hits and hits[0].url == mou.url, (text, [hit.url for hit in hits])


def test_deleting_a_document_drops_its_text(library, django_capture_on_commit_callbacks):
    mou = library.mou
    assert "SEIU" in entry_for(mou).document_text
    document = mou.document_links.first().document
    with django_capture_on_commit_callbacks(execute=True):
        document.delete()
    entry = entry_for(mou)
    assert entry.documents == []
    assert "SEIU" not in entry.document_text


def test_the_taxonomy_facets_are_registered_in_their_order(db):
    assert [facet.name for facet in FACETS] == [
        "topic",
        "type",
        "resource_type",
        "state",
        "locale",
        "size",
        "stage",
        "status",
    ]
    assert FACETS["size"].choices()["small"] == "Small (under 2,500 students)"
    assert list(ContentKind.CHOICES) == [
        "case_study",
        "resource",
        "discussion",
        "event",
        "team_plan",
    ]


def test_topics_are_facet_choices_and_suggestions(client, db):
    topic = Topic.objects.create(name="Zebrafish staffing", slug="zebrafish-staffing")
    assert FACETS["topic"].choices()[topic.slug] == "Zebrafish staffing"
    suggestions = client.get("/search/suggest/", {"q": "Zebrafi"}).json()["suggestions"]
    assert {"label": topic.name, "url": f"/search/?topic={topic.slug}", "kind": "topic"} in (
        suggestions
    )
