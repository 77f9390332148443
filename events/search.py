"""How events reach the site's search, as "Event" (``EventsConfig.ready()`` calls
``register``).

A live, public event has an entry: its summary; as body its description, agenda
(session titles, descriptions, speakers as printed), speakers' and organizers' names and
its materials' titles; as document text the extracted text of its materials' documents
(``resources.DocumentText``), so a word of a conference's handout finds the conference.
Never the join link or its details: they are for registrants only.

A community session follows its community: it has no entry while the community is
private or not live (``is_public``), and its entry's ``owner_page_id`` is the
community's, so making the community private or unpublishing it withdraws the session
at once, in that transaction. Publishing a community re-syncs its sessions (the forums
app cannot know about events, so the receiver is here). Publishing, unpublishing,
moving and deleting an event are handled by search's own page signals; a material's
document getting new text re-syncs the events using it, as for resources.
"""

from wagtail.signals import page_published

from forums.models import CommunityPage
from forums.search import is_public_community
from resources.events import document_text_changed
from resources.models import ExtractionStatus
from search import facets
from search.indexing import html_text, stream_text
from search.sources import EntryData, IndexSource, registry
from search.tasks import enqueue_sync

from .models import EventMaterial, EventPage

EVENT = "event"


def speaker_name(speaker):
    if speaker.member_id:
        return speaker.member.get_full_name() or speaker.member.username
    return speaker.name


class EventSource(IndexSource):
    model = EventPage

    def indexed_objects(self):
        return EventPage.objects.live().public().select_related("community", "state")

    def is_public(self, event):
        return event.community_id is None or is_public_community(event.community)

    def owner_page_id(self, event):
        return event.community_id or event.pk

    def entry_for(self, event):
        speakers = event.speakers.select_related("member")
        materials = list(event.materials.select_related("document", "document__extracted"))
        documents, texts = [], []
        for material in materials:
            document = material.document
            if document is None:
                continue
            documents.append({"id": document.pk, "title": material.title})
            extracted = getattr(document, "extracted", None)
            if extracted is not None and extracted.status == ExtractionStatus.EXTRACTED:
                texts.append(extracted.text)
        parts = [
            html_text(event.description),
            stream_text(event.agenda),
            " ".join(speaker_name(speaker) for speaker in speakers),
            event.organizers,
            event.venue_name,
            " ".join(material.title for material in materials),
        ]
        return EntryData(
            kind=EVENT,
            url=event.url or "",
            title=event.title,
            summary=event.summary,
            body=" ".join(part for part in parts if part),
            published_at=event.first_published_at,
            topics=list(event.topics.all()),
            names=[topic.name for topic in event.topics.all()],
            states=[event.state] if event.state_id else [],
            facets={"start_year": event.start_date.year, "end_year": event.last_date.year},
            documents=documents,
            document_text="\n".join(texts),
        )


def on_community_published(sender, instance, **kwargs):
    """A community published (public again, renamed...): its sessions follow it."""
    for event_id in EventPage.objects.filter(community=instance).values_list("pk", flat=True):
        enqueue_sync(event_id)


def on_document_text(sender, document_id, **kwargs):
    events = EventMaterial.objects.filter(document_id=document_id).values_list(
        "event_id", flat=True
    )
    for event_id in set(events):
        enqueue_sync(event_id)


def register():
    facets.register_kind(EVENT, "Event", order=50)
    registry.register(EventSource)
    page_published.connect(
        on_community_published, sender=CommunityPage, dispatch_uid="events.search.community"
    )
    document_text_changed.connect(on_document_text, dispatch_uid="events.search.document_text")
