"""Events in the site's search (``events.search``): found by their agenda, speakers and
their materials' documents (real PDF, Word and text files, extracted as for resources);
drafts, unpublished events and private communities' sessions are not; the join link is
never indexed."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from events.factories import EventPageFactory, OnlineEventPageFactory
from events.models import EventMaterial, EventSpeaker
from events.search import EVENT, EventSource
from forums.factories import CommunityPageFactory
from forums.models import CommunityIndexPage, CommunityPage
from resources.factories import DocumentFactory
from search.indexing import page_content_type
from search.models import SearchEntry
from search.sources import registry
from tests.resources.test_document_text import text_pdf, word_file

pytestmark = pytest.mark.django_db
Document = get_document_model()


def entry_for(page):
    return SearchEntry.objects.filter(content_type=page_content_type(), object_id=page.pk).first()


def found(client, word):
    results = client.get("/search/", {"q": word, "format": "json"}).json()["hits"]
    return [hit["title"] for hit in results if hit["type"] == EVENT]


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Run what a change queues after its commit (extraction, index sync)."""

    def run(make):
        with django_capture_on_commit_callbacks(execute=True):
            return make()

    return run


@pytest.fixture
def community_index(db):
    return CommunityIndexPage.objects.get()


def agenda(title="Opening plenary", speakers="", description=""):
    return [
        (
            "session",
            {
                "title": title,
                "format": "plenary",
                "speakers": speakers,
                "description": description,
                "presented": [],
            },
        )
    ]


def with_document(events_index, title, document, **kwargs):
    return EventPageFactory(
        parent=events_index,
        title=title,
        materials=[EventMaterial(title="Handout", kind="document", document=document)],
        **kwargs,
    )


def test_events_have_their_source_and_kind(events_index, publish):
    event = publish(lambda: EventPageFactory(parent=events_index, title="Springfield convening"))
    assert isinstance(registry.for_instance(event), EventSource)
    entry = entry_for(event)
    assert entry.kind == EVENT
    assert entry.owner_page_id == event.pk
    assert entry.start_year == event.start_date.year


@pytest.mark.parametrize(
    ("filename", "data", "word"),
    [
        (
            "notes.pdf",
            lambda: text_pdf("Quillwort bargaining notes from the workshop."),
            "quillwort",
        ),
        ("charter.docx", word_file, "annually"),
        ("minutes.txt", lambda: b"Marzipan committee minutes.", "marzipan"),
    ],
    ids=["pdf", "docx", "txt"],
)
def test_found_by_a_word_of_its_material_document(
    client, events_index, publish, filename, data, word
):
    document = publish(
        lambda: Document.objects.create(title="Handout", file=ContentFile(data(), name=filename))
    )
    event = publish(lambda: with_document(events_index, "Conference with a handout", document))
    entry = entry_for(event)
    assert word in entry.document_text.lower()
    assert entry.documents == [{"id": document.pk, "title": "Handout"}]
    assert found(client, word) == ["Conference with a handout"]


def test_new_document_text_reindexes_the_event(client, events_index, publish):
    document = publish(lambda: DocumentFactory(text="First wording."))
    event = publish(lambda: with_document(events_index, "Re-read handout", document))
    assert found(client, "tamarind") == []
    document = Document.objects.get(pk=document.pk)
    document.file = ContentFile(text_pdf("Tamarind staffing agreement."), name="new.pdf")
    publish(document.save)
    assert "Tamarind" in entry_for(event).document_text
    assert found(client, "tamarind") == ["Re-read handout"]


def test_found_by_agenda_and_speakers(client, events_index, publish):
    publish(
        lambda: EventPageFactory(
            parent=events_index,
            title="Agenda conference",
            agenda=agenda("Xylophone breakout", speakers="Ada Quimby"),
            speakers=[EventSpeaker(name="Bartholomew Yarrow")],
        )
    )
    assert found(client, "xylophone") == ["Agenda conference"]
    assert found(client, "quimby") == ["Agenda conference"]
    assert found(client, "yarrow") == ["Agenda conference"]


def test_drafts_and_unpublished_events_are_not_found(client, events_index, publish):
    publish(lambda: EventPageFactory(parent=events_index, title="Zeugma draft", publish=False))
    event = publish(lambda: EventPageFactory(parent=events_index, title="Zeugma live"))
    assert found(client, "zeugma") == ["Zeugma live"]
    publish(event.unpublish)
    assert found(client, "zeugma") == []
    assert entry_for(event) is None


def test_private_community_sessions_are_not_indexed(client, events_index, community_index, publish):
    circle = Group.objects.create(name="Closed circle")
    private = CommunityPageFactory(parent=community_index, private_group=circle)
    public = CommunityPageFactory(parent=community_index)
    publish(
        lambda: EventPageFactory(
            parent=events_index, title="Obsidian closed session", community=private
        )
    )
    session = publish(
        lambda: EventPageFactory(
            parent=events_index, title="Obsidian open session", community=public
        )
    )
    assert found(client, "obsidian") == ["Obsidian open session"]
    assert entry_for(session).owner_page_id == public.pk

    # The community made private: its session leaves search in that transaction.
    public.private_group = circle
    public.save_revision().publish()  # no after-commit task runs: the withdrawal is at once
    assert entry_for(session) is None
    # Public again: the session comes back once the task runs.
    public = CommunityPage.objects.get(pk=public.pk)
    public.private_group = None
    publish(lambda: public.save_revision().publish())
    assert found(client, "obsidian") == ["Obsidian open session"]


def test_the_join_link_is_never_indexed(client, events_index, publish):
    event = publish(
        lambda: OnlineEventPageFactory(
            parent=events_index,
            title="Webinar with a secret room",
            join_url="https://meet.example.org/j/vermilionroom77",
            join_details="Passcode vermilionpass",
        )
    )
    entry = entry_for(event)
    assert entry is not None
    texts = [entry.title, entry.summary, entry.body, entry.document_text, entry.url]
    assert not any("vermilion" in text.lower() for text in texts)
    assert "vermilion" not in str(entry.documents)
    assert found(client, "vermilionroom77") == []
    assert found(client, "vermilionpass") == []
    response = client.get("/search/", {"q": "webinar secret room"})
    assert b"vermilion" not in response.content
    suggestions = client.get("/search/suggest/", {"q": "vermilion"}).json()["suggestions"]
    assert suggestions == []
