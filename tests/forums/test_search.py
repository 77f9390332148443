"""Discussions in the site's search: threads of public communities only, under the
content type "Discussion", sharing the topic facet, answered threads first."""

import pytest
from django.core.management import call_command
from django.http import QueryDict

from forums import posting
from forums.models import Thread
from forums.search import DISCUSSION, CommunityPageSource, ThreadSource, matching_thread_ids
from search.engines.database import DatabaseEngine
from search.models import SearchEntry
from search.query import SearchQuery
from search.sources import registry

pytestmark = pytest.mark.django_db


def search(params):
    return DatabaseEngine().search(SearchQuery.from_params(QueryDict(params)))


def urls(params):
    return [hit.url for hit in search(params).hits]


def entry_for(thread):
    return SearchEntry.objects.filter(kind=DISCUSSION, url=thread.get_absolute_url()).first()


def test_a_public_thread_is_found_as_a_discussion_with_its_topic(forum):
    entry = entry_for(forum.thread)
    assert entry is not None
    assert entry.title == "How do panels vote?"
    assert "question text" in entry.summary  # rendered Markdown, as plain text
    assert "another member" in entry.body
    assert entry.topic_slugs == ["peer-assistance-and-review"]
    results = search("q=panels+vote&type=discussion&topic=peer-assistance-and-review")
    assert forum.thread.get_absolute_url() in [hit.url for hit in results.hits]
    kinds = {o.value: o.count for f in results.facets if f.name == "type" for o in f.options}
    assert kinds.get("discussion", 0) >= 1


def test_private_threads_never_reach_search(forum):
    assert entry_for(forum.private_thread) is None
    assert forum.private_thread.get_absolute_url() not in urls("q=private+question")
    assert not any(
        s["url"] == forum.private_thread.get_absolute_url()
        for s in DatabaseEngine().suggest("A private")
    )


def test_hidden_posts_leave_search_and_come_back(forum):
    posting.set_hidden(forum.reply, True)
    assert "another member" not in entry_for(forum.thread).body
    posting.set_hidden(forum.reply, False)
    assert "another member" in entry_for(forum.thread).body


def test_an_answered_thread_ranks_above_an_unanswered_one(forum):
    people = forum.people
    first = posting.start_thread(forum.public, people.asker, "Quorumplex rules", "Quorumplex?")
    second = posting.start_thread(forum.public, people.asker, "Quorumplex rules", "Quorumplex?")
    # The same words in both (an accepted answer breaks ties; it does not multiply).
    posting.add_reply(first, people.other, "Here is how.")
    answer = posting.add_reply(second, people.other, "Here is how.")
    assert urls("q=quorumplex")[0] == first.get_absolute_url()  # same text: older id first
    posting.toggle_accepted(second, answer)
    assert entry_for(second).rank_boost == 1
    assert urls("q=quorumplex")[0] == second.get_absolute_url()


def test_making_a_community_private_removes_its_threads(forum, django_capture_on_commit_callbacks):
    forum.public.private_group = forum.circle
    with django_capture_on_commit_callbacks(execute=True):
        forum.public.save_revision().publish()
    assert entry_for(forum.thread) is None


def test_deleting_a_thread_removes_its_entry(forum, django_capture_on_commit_callbacks):
    url = forum.thread.get_absolute_url()
    with django_capture_on_commit_callbacks(execute=True):
        forum.thread.delete()
    assert not SearchEntry.objects.filter(url=url).exists()


def test_rebuild_keeps_public_threads_only(forum):
    SearchEntry.objects.filter(kind=DISCUSSION).delete()
    call_command("search_index", "rebuild")
    assert entry_for(forum.thread) is not None
    assert entry_for(forum.private_thread) is None


@pytest.mark.demo
def test_demo_discussions_are_searchable():
    # Every thread of the demo's public communities, as the loader made them, is in the
    # index (the demo ships nine).
    public = Thread.objects.filter(community__private_group=None, held=False)
    assert public.count() >= 9
    assert SearchEntry.objects.filter(kind=DISCUSSION).count() == public.count()
    for thread in public:
        assert entry_for(thread) is not None, thread.title


def test_threads_and_communities_have_their_sources(forum):
    assert isinstance(registry.for_instance(forum.thread), ThreadSource)
    community = registry.for_instance(forum.public)
    assert isinstance(community, CommunityPageSource)
    assert community.entry_for(forum.public) is None  # a community has no entry of its own
    assert forum.thread in list(community.dependents(forum.public))
    assert entry_for(forum.thread).owner_page_id == forum.public.pk


def test_the_in_community_search_reads_the_thread_entries(forum):
    found = Thread.objects.filter(pk__in=matching_thread_ids("panels vote"))
    assert forum.thread in found
    assert matching_thread_ids("?!") is None  # no word to look for
    private = Thread.objects.filter(pk__in=matching_thread_ids("private question circle"))
    assert forum.private_thread not in private
