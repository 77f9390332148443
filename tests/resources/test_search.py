"""Resources in the search index (``resources.search``): every live, public library page
has an entry, documents' text is searchable and leaves with the document, and the
taxonomy facets, topic suggestions and document snippets are registered from here."""

import pytest
from django.core.files.base import ContentFile

from resources.models import LibraryPage, ResourcePage, Topic
from resources.search import RESOURCE, ResourceSource
from search.facets import FACETS, ContentKind
from search.indexing import page_content_type
from search.models import SearchEntry
from search.sources import registry

pytestmark = pytest.mark.django_db


def entry_for(page):
    return SearchEntry.objects.filter(content_type=page_content_type(), object_id=page.pk).first()


def test_every_live_public_library_page_has_an_entry(demo):
    library = SearchEntry.objects.exclude(kind="discussion")
    assert library.count() == LibraryPage.objects.live().public().count()


def test_a_resource_entry_carries_its_type_and_facets(demo):
    guide = demo["par_guide"]
    assert isinstance(registry.for_instance(guide), ResourceSource)
    entry = entry_for(guide)
    assert entry.kind == RESOURCE
    assert entry.resource_type == guide.resource_type
    assert entry.topic_slugs == sorted(topic.slug for topic in guide.topics.all())


@pytest.fixture
def restore_file():
    """Put a document's file back after the test: Wagtail deletes the file of a deleted
    document on commit, and the demo's files are shared by the whole session."""
    kept = []

    def keep(document):
        with document.file.open("rb") as handle:
            kept.append((document.file.storage, document.file.name, handle.read()))

    yield keep
    for storage, name, content in kept:
        if not storage.exists(name):
            storage.save(name, ContentFile(content))


def test_deleting_a_document_drops_its_text(demo, django_capture_on_commit_callbacks, restore_file):
    mou = ResourcePage.objects.get(slug="sacramento-priority-schools-mou")
    assert "SEIU" in entry_for(mou).document_text
    document = mou.document_links.first().document
    restore_file(document)
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
    assert list(ContentKind.CHOICES) == ["case_study", "resource", "discussion"]


def test_topics_are_facet_choices_and_suggestions(client, db):
    topic = Topic.objects.create(name="Zebrafish staffing", slug="zebrafish-staffing")
    assert FACETS["topic"].choices()[topic.slug] == "Zebrafish staffing"
    suggestions = client.get("/search/suggest/", {"q": "Zebrafi"}).json()["suggestions"]
    assert {"label": topic.name, "url": f"/search/?topic={topic.slug}", "kind": "topic"} in (
        suggestions
    )
