"""How discussions reach the site's search, and the communities' own search.

``ThreadSource``: a thread of a public community (live, no view restriction, no private
group) that is not held has an entry: its question as summary, its visible replies as
body. Discussions come after library pages for the same match (``standing`` 2), and an
accepted answer breaks ties with unanswered threads (``rank_boost``).

``CommunityPageSource``: a community has no entry of its own, but its threads follow its
privacy and its URL, so they are its dependents, and making it private withdraws them at
once (``owner_page_id``).

``matching_thread_ids``: the in-community search of public communities reads the threads'
entries (the database's full-text index) instead of scanning posts. Private communities
have no entries; ``forums.listing`` searches their posts.
"""

from django.contrib.contenttypes.models import ContentType

from search import facets
from search.fulltext import matching_object_ids
from search.indexing import html_text, is_public
from search.sources import EntryData, IndexSource, registry

from .models import CommunityPage, Thread

DISCUSSION = "discussion"


def thread_content_type():
    return ContentType.objects.get_for_model(Thread)


def is_public_community(community):
    return community.private_group_id is None and is_public(community)


class CommunityPageSource(IndexSource):
    model = CommunityPage

    def indexed_objects(self):
        return CommunityPage.objects.none()  # the threads are rebuilt by ThreadSource

    def entry_for(self, community):
        return None

    def is_public(self, community):
        return community.private_group_id is None

    def dependents(self, community):
        for thread in community.threads.all():
            thread.community = community  # the instance being published, not a stale copy
            yield thread


class ThreadSource(IndexSource):
    model = Thread

    def indexed_objects(self):
        return Thread.objects.select_related("community")

    def is_public(self, thread):
        return not thread.held and is_public_community(thread.community)

    def owner_page_id(self, thread):
        return thread.community_id

    def entry_for(self, thread):
        posts = [
            (pk, html, hidden or held)
            for pk, html, hidden, held in thread.posts.order_by("created_at", "pk").values_list(
                "pk", "body_html", "hidden", "held"
            )
        ]
        question = posts[0][1] if posts and not posts[0][2] else ""
        replies = [html_text(html) for _, html, hidden in posts[1:] if not hidden]
        accepted = any(pk == thread.accepted_post_id and not hidden for pk, _, hidden in posts)
        return EntryData(
            kind=DISCUSSION,
            url=thread.get_absolute_url(),
            title=thread.title,
            summary=html_text(question)[:600],
            body=" ".join(replies),
            published_at=thread.created_at,
            topics=list(thread.topics.all()),
            rank_boost=1 if accepted else 0,
            standing=2,
        )


def matching_thread_ids(text):
    """A subquery of the ids of indexed threads whose text has every word of ``text``,
    for ``Thread.objects.filter(pk__in=...)``; None when ``text`` holds no word."""
    return matching_object_ids(Thread, text)


def register():
    facets.register_kind(DISCUSSION, "Discussion", order=30)
    registry.register(CommunityPageSource)
    registry.register(ThreadSource)
