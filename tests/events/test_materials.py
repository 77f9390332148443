"""Materials on the event page, past events as an archive, and the case studies and
resources the sessions presented (only live, public ones are linked)."""

import pytest
from wagtail.models import PageViewRestriction

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from events.factories import EventPageFactory, in_days
from events.models import EventMaterial
from resources.factories import DocumentFactory, ResourcePageFactory
from resources.models import ResourceIndexPage

pytestmark = pytest.mark.django_db


def materials(document):
    return [
        EventMaterial(title="Workshop handout", kind="document", document=document),
        EventMaterial(title="Opening slides", kind="slides", url="https://example.org/slides"),
        EventMaterial(
            title="Plenary recording",
            kind="recording",
            url="https://video.example.org/plenary",
            description="The morning plenary.",
        ),
    ]


def test_materials_are_listed_with_links(client, events_index):
    document = DocumentFactory(title="Handout file", text="Handout text.")
    document._set_document_file_metadata()  # what Wagtail's upload form does (the size)
    document.save()
    event = EventPageFactory(parent=events_index, materials=materials(document))
    html = client.get(event.url).content.decode()
    assert '<h2 id="materials-heading">Materials</h2>' in html
    assert f'<a href="{document.url}">Workshop handout</a>' in html
    assert "(Document, TXT, 13\xa0bytes)" in html  # type and size
    assert '<a href="https://example.org/slides" rel="noopener">Opening slides</a>' in html
    assert "https://video.example.org/plenary" in html
    assert "The morning plenary." in html


def test_a_past_event_stays_as_an_archive_with_its_materials(client, events_index):
    document = DocumentFactory()
    event = EventPageFactory(
        parent=events_index, start_date=in_days(-365), materials=materials(document)
    )
    response = client.get(event.url)
    assert response.status_code == 200
    assert b"Materials from the event" in response.content
    archive = client.get(events_index.url, {"when": "past"})
    assert [item.pk for item in archive.context["listing"].page_obj] == [event.pk]


def test_no_materials_no_heading(client, events_index):
    event = EventPageFactory(parent=events_index)
    assert b"materials-heading" not in client.get(event.url).content


def session(*pages):
    return [
        (
            "session",
            {"title": "Breakout", "format": "breakout", "presented": list(pages)},
        )
    ]


def test_only_live_public_presented_pages_are_linked(client, events_index):
    case_index = CaseStudyIndexPage.objects.get()
    live = CaseStudyPageFactory(parent=case_index, title="Toledo peer review")
    draft = CaseStudyPageFactory(parent=case_index, title="Unfinished draft study", publish=False)
    restricted = ResourcePageFactory(
        parent=ResourceIndexPage.objects.get(), title="Members-only guide"
    )
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    event = EventPageFactory(parent=events_index, agenda=session(live, draft, restricted))
    html = client.get(event.url).content.decode()
    assert "Presented at this event" in html
    assert f'<a href="{live.url}">Toledo peer review</a>' in html
    assert html.count(f'href="{live.url}"') == 2  # in the session and in the summary
    assert "Unfinished draft study" not in html
    assert "Members-only guide" not in html
