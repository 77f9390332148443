"""Feeds of the library: every case study and resource, and one topic's.

Only live pages without a view restriction are read (``.live().public()``), and their
live fields: a draft of a live page, an unpublished page or a restricted one never
appears.
"""

from django.shortcuts import get_object_or_404
from django.urls import reverse

from resources.models import LibraryPage, Topic

from .entries import (
    FEED_SIZE,
    SITE_NAME,
    AtomMixin,
    Channel,
    Entry,
    EntryFeed,
    escaped_summary,
    tag_uri,
)


def visible_pages():
    """Live, public library pages, the latest published (or republished) first."""
    return (
        LibraryPage.objects.live()
        .public()
        .prefetch_related("topics")
        .order_by("-last_published_at", "-pk")
    )


def page_entry(request, page):
    return Entry(
        title=page.title,
        link=request.build_absolute_uri(page.get_url(request)),
        guid=tag_uri(request, page.first_published_at, f"page:{page.pk}"),
        summary=escaped_summary(page.summary),
        published=page.first_published_at,
        updated=page.last_published_at,
        categories=tuple(topic.name for topic in page.topics.all()),
    )


def library_entries(request, pages):
    return [page_entry(request, page) for page in pages[:FEED_SIZE]]


class LibraryFeed(EntryFeed):
    def channel(self, request):
        return Channel(
            title=f"{SITE_NAME}: new and updated case studies and resources",
            link=request.build_absolute_uri("/"),
            feed_url=request.build_absolute_uri(),
            description="Case studies and resources, the latest published or updated first.",
            entries=library_entries(request, visible_pages()),
        )


class TopicFeed(EntryFeed):
    def channel(self, request, slug):
        topic = get_object_or_404(Topic, slug=slug)
        return Channel(
            title=f"{SITE_NAME}: {topic.name}",
            link=request.build_absolute_uri(reverse("topic_detail", args=[topic.slug])),
            feed_url=request.build_absolute_uri(),
            description=f"New and updated case studies and resources on {topic.name}.",
            entries=library_entries(request, visible_pages().filter(topic_items__tag=topic)),
        )


class LibraryAtomFeed(AtomMixin, LibraryFeed):
    pass


class TopicAtomFeed(AtomMixin, TopicFeed):
    pass
