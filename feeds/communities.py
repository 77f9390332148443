"""The Atom feed of a public community's new threads.

A feed is read without cookies and its URL is shared, so it shows what an anonymous
visitor sees, whoever asks: a private community (or one unpublished or under a view
restriction) has no feed (404, as its page), held threads and threads whose question a
moderator hid never appear, and no reply is included.
"""

from django.db.models import OuterRef, Subquery
from django.http import Http404
from django.urls import reverse
from django.utils.html import strip_tags

from forums.models import CommunityPage, Post, Thread
from network.core.people import display_name

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


def public_community(slug):
    community = public_communities().filter(slug=slug).first()
    if community is None:
        raise Http404("No such community.")
    return community


def public_communities():
    return CommunityPage.objects.live().public().filter(private_group__isnull=True)


def public_threads(community=None):
    """Threads anyone may read (of ``community``, or of any public community), newest
    first, with their question's text."""
    question = Post.objects.filter(thread=OuterRef("pk")).order_by("created_at", "pk")
    threads = Thread.objects.filter(held=False, community__in=public_communities())
    if community is not None:
        threads = threads.filter(community=community)
    return (
        threads.annotate(
            question_hidden=Subquery(question.values("hidden")[:1]),
            question_held=Subquery(question.values("held")[:1]),
            question_html=Subquery(question.values("body_html")[:1]),
        )
        .filter(question_hidden=False, question_held=False)
        .select_related("author")
        .prefetch_related("topics")
        .order_by("-created_at", "-pk")
    )


def thread_entry(request, community, thread):
    return Entry(
        title=thread.title,
        link=request.build_absolute_uri(reverse("forums:thread", args=[community.slug, thread.pk])),
        guid=tag_uri(request, thread.created_at, f"thread:{thread.pk}"),
        summary=escaped_summary(strip_tags(thread.question_html or "")),
        published=thread.created_at,
        updated=thread.created_at,
        author=display_name(thread.author),
        categories=tuple(topic.name for topic in thread.topics.all()),
    )


class CommunityAtomFeed(AtomMixin, EntryFeed):
    def channel(self, request, slug):
        community = public_community(slug)
        threads = public_threads(community)[:FEED_SIZE]
        return Channel(
            title=f"{SITE_NAME}: new threads in {community.title}",
            link=request.build_absolute_uri(community.get_url(request)),
            feed_url=request.build_absolute_uri(),
            description=community.description,
            entries=[thread_entry(request, community, thread) for thread in threads],
        )
