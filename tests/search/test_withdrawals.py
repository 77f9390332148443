"""Privacy is decided when the change commits, not when the task worker gets round to it.

Every test here queues tasks in the database (``no_worker``) and never runs them, as when
the worker is stopped: an item visitors may no longer see must be gone at once from
results, totals, facet counts, autocomplete and "did you mean", for an anonymous visitor.
"""

import pytest
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageViewRestriction

from forums import posting
from forums.search import thread_content_type
from search import engines
from search.engines.elasticsearch import ElasticsearchEngine
from search.indexing import page_content_type
from search.models import PendingPush, SearchEntry
from search.query import SearchQuery
from tests.forums.conftest import add_community

pytestmark = pytest.mark.django_db

UNREACHABLE = "http://127.0.0.1:9"  # the discard port: nothing listens there


def search_json(client, **params):
    return client.get(reverse("search"), {"format": "json", **params}).json()


def urls(data):
    return [hit["url"] for hit in data["hits"]]


def suggestion_labels(client, prefix):
    response = client.get(reverse("search_suggest"), {"q": prefix})
    return [s["label"] for s in response.json()["suggestions"]]


def facet_count(data, facet, value):
    options = data["facets"][facet]["options"]
    return next((o["count"] for o in options if o["value"] == value), 0)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a change and its on-commit callbacks, as a real request's commit would (which
    here only queues tasks: nobody runs them)."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


def assert_tasks_waiting():
    """The setup really holds: the sync tasks were queued and are still waiting."""
    assert DBTaskResult.objects.filter(status="READY").exists()
    assert not DBTaskResult.objects.exclude(status="READY").exists()


def page_entry(page):
    return SearchEntry.objects.filter(content_type=page_content_type(), object_id=page.pk)


def assert_page_gone(client, page, words, state=None):
    for text in words:
        assert page.url not in urls(search_json(client, q=text)), text
    assert not page_entry(page).exists()
    label_prefix = page.title[:5]
    assert page.title not in suggestion_labels(client, label_prefix)


# Pages --------------------------------------------------------------------------------
def test_a_view_restriction_hides_a_page_at_once(client, library, no_worker, committed):
    toledo = library.toledo
    before = search_json(client, type="case_study")
    assert facet_count(before, "state", "OH") == 1  # Toledo is the only case study in Ohio
    assert toledo.title in suggestion_labels(client, "Tole")

    committed(PageViewRestriction.objects.create, page=toledo, restriction_type="login")

    assert_tasks_waiting()
    assert_page_gone(client, toledo, ["Toledo", "Toledo peer review"])
    after = search_json(client, type="case_study")
    assert after["total"] == before["total"] - 1
    assert facet_count(after, "state", "OH") == 0
    assert toledo.url not in urls(search_json(client, state="OH"))


def test_unpublishing_and_deleting_hide_pages_at_once(client, library, no_worker, committed):
    sacramento, baltimore = library.sacramento, library.baltimore
    total = search_json(client)["total"]
    committed(sacramento.unpublish)
    committed(baltimore.delete)
    assert_tasks_waiting()
    assert_page_gone(client, sacramento, ["Sacramento"])
    assert baltimore.url not in urls(search_json(client, q="Baltimore"))
    assert search_json(client)["total"] == total - 2


def test_moving_a_page_under_a_restricted_section_hides_it_at_once(
    client, library, no_worker, committed
):
    from home.models import StandardPage

    members = StandardPage(title="Members only", slug="members-only", intro="")
    library.home.add_child(instance=members)
    PageViewRestriction.objects.create(page=members, restriction_type="login")
    toledo = library.toledo
    url = toledo.url
    committed(toledo.move, members, pos="last-child")
    assert_tasks_waiting()
    assert not page_entry(toledo).exists()
    assert url not in urls(search_json(client, q="Toledo"))
    assert not [u for u in urls(search_json(client, q="Toledo")) if "members-only" in u]


def test_a_restricted_page_leaves_the_sitemap_at_once(client, library, no_worker, committed):
    toledo = library.toledo
    assert toledo.slug in client.get("/sitemap.xml").content.decode()
    committed(PageViewRestriction.objects.create, page=toledo, restriction_type="login")
    assert toledo.slug not in client.get("/sitemap.xml").content.decode()


def test_lifting_a_restriction_brings_the_page_back_with_the_worker(
    client, library, django_capture_on_commit_callbacks
):
    # Additions may lag: with the immediate task backend the sync runs on commit.
    toledo = library.toledo
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(page=toledo, restriction_type="login")
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert toledo.url in urls(search_json(client, q="Toledo"))


# Discussions --------------------------------------------------------------------------
def thread_entry(thread):
    return SearchEntry.objects.filter(content_type=thread_content_type(), object_id=thread.pk)


def test_a_thread_moved_to_a_private_community_is_gone_at_once(client, forum, no_worker, committed):
    url = forum.thread.get_absolute_url()
    assert url in urls(search_json(client, q="panels vote"))
    committed(posting.move_thread, forum.thread, forum.private)
    assert url not in urls(search_json(client, q="panels vote"))
    assert forum.thread.title not in suggestion_labels(client, "How do panels")
    assert not thread_entry(forum.thread).exists()


def test_making_a_community_private_hides_its_threads_at_once(client, forum, no_worker, committed):
    url = forum.thread.get_absolute_url()
    discussions = search_json(client, type="discussion")["total"]
    forum.public.private_group = forum.circle
    committed(forum.public.save_revision().publish)
    assert_tasks_waiting()
    assert url not in urls(search_json(client, q="panels vote"))
    assert search_json(client, type="discussion")["total"] == discussions - 1
    assert forum.thread.title not in suggestion_labels(client, "How do panels")


def test_unpublishing_or_restricting_a_community_hides_its_threads_at_once(
    client, forum, no_worker, committed
):
    elsewhere = add_community(forum.index, "test-quiet")
    thread = posting.start_thread(elsewhere, forum.people.asker, "Zanzibarish rules", "Hm?")
    assert thread_entry(thread).exists() and thread_entry(forum.thread).exists()
    committed(forum.public.unpublish)
    committed(PageViewRestriction.objects.create, page=elsewhere, restriction_type="login")
    assert_tasks_waiting()
    assert not thread_entry(forum.thread).exists()
    assert not thread_entry(thread).exists()
    assert search_json(client, q="Zanzibarish")["total"] == 0


def test_a_held_thread_and_a_hidden_reply_are_gone_at_once(client, forum, no_worker, committed):
    reply = committed(posting.add_reply, forum.thread, forum.people.other, "Try Yarblesnorp.")
    assert forum.thread.get_absolute_url() in urls(search_json(client, q="yarblesnorp"))
    committed(posting.set_hidden, reply, True)
    assert search_json(client, q="yarblesnorp")["total"] == 0
    forum.thread.held = True
    forum.thread.save(update_fields=["held"])
    committed(posting.index, forum.thread)
    assert forum.thread.get_absolute_url() not in urls(search_json(client, q="panels vote"))


def test_deleting_a_thread_removes_its_entry_at_once(client, forum, no_worker, committed):
    url = forum.thread.get_absolute_url()
    committed(forum.thread.delete)
    assert url not in urls(search_json(client, q="panels vote"))


# "Did you mean" -----------------------------------------------------------------------
def test_a_correction_never_offers_a_word_from_a_private_community(
    client, forum, no_worker, committed
):
    thread = committed(
        posting.start_thread,
        forum.public,
        forum.people.asker,
        "Quixoticpangolin staffing plans",
        "What do you think?",
    )
    data = search_json(client, q="quixoticpangolim")
    assert (data["corrected_from"], data["corrected"]) == ("quixoticpangolim", "quixoticpangolin")
    assert data["total"] == 1
    committed(posting.move_thread, thread, forum.private)
    data = search_json(client, q="quixoticpangolim")
    assert data["total"] == 0
    assert (data["suggestion"], data["corrected"]) == ("", "")
    html = client.get(reverse("search"), {"q": "quixoticpangolim"}).content.decode()
    assert "Did you mean" not in html and "Showing results for" not in html
    assert "quixoticpangolin" not in html.lower().replace("quixoticpangolim", "")


def test_a_correction_still_offers_visible_words(client, library):
    data = search_json(client, q="collaboraton")
    assert (data["corrected_from"], data["corrected"]) == ("collaboraton", "collaboration")
    assert data["total"] > 0


# Elasticsearch: tombstones ------------------------------------------------------------
EMPTY = {
    "hits": {"total": {"value": 0, "relation": "eq"}, "hits": []},
    "aggregations": {},
}


class RecordingEngine(ElasticsearchEngine):
    """The engine with the HTTP request replaced by canned answers; keeps request bodies."""

    def __init__(self, responses=()):
        super().__init__(UNREACHABLE, "unused")
        self.responses = list(responses)
        self.bodies = []

    def send(self, body):
        self.bodies.append(body)
        return self.responses.pop(0) if self.responses else EMPTY


@pytest.fixture
def elasticsearch_configured(settings):
    """ELASTICSEARCH_URL is set (to nothing that answers), so writes are recorded for it."""
    engines._elasticsearch.clear()
    settings.ELASTICSEARCH_URL = UNREACHABLE
    settings.ELASTICSEARCH_TIMEOUT = 0.2
    yield settings
    engines._elasticsearch.clear()


def excluded_ids(body):
    """The ids the request's query leaves out (hits and aggregations alike)."""
    query = body["query"]
    if "bool" not in query:
        return set()
    return {
        value
        for clause in query["bool"].get("must_not", [])
        for value in clause.get("ids", {}).get("values", [])
    }


def test_withdrawn_entries_are_excluded_from_every_elasticsearch_query(
    library, no_worker, committed, elasticsearch_configured
):
    toledo = library.toledo
    entry_id = page_entry(toledo).get().pk
    engine = RecordingEngine()
    engine.search(SearchQuery(text="Toledo"))
    assert excluded_ids(engine.bodies[-1]) == set()

    committed(PageViewRestriction.objects.create, page=toledo, restriction_type="login")

    assert PendingPush.objects.get(entry_id=entry_id).withdrawn
    engine.search(SearchQuery(text="Toledo"))
    body = engine.bodies[-1]
    assert excluded_ids(body) == {str(entry_id)}
    # Aggregations sit beside the query, so no count includes the withdrawn entry.
    assert "aggs" in body and "post_filter" not in body["aggs"]
    engine.search(SearchQuery(selected={"state": ("OH",)}))
    assert excluded_ids(engine.bodies[-1]) == {str(entry_id)}
    engine.suggest("Toledo")
    assert excluded_ids(engine.bodies[-1]) == {str(entry_id)}


def test_tombstones_stay_until_elasticsearch_confirms(
    library, no_worker, committed, elasticsearch_configured
):
    from django.core.management import CommandError, call_command

    from search import backlog

    committed(library.sacramento.unpublish)
    waiting = set(PendingPush.objects.filter(withdrawn=True).values_list("entry_id", flat=True))
    assert waiting
    assert backlog.push() is None  # Elasticsearch refuses: nothing is confirmed
    with pytest.raises(CommandError, match="still waiting"):
        call_command("search_index", "catch-up")
    assert waiting <= set(
        PendingPush.objects.filter(withdrawn=True).values_list("entry_id", flat=True)
    )


def test_an_edit_that_removes_words_withdraws_the_elasticsearch_copy(
    forum, no_worker, committed, elasticsearch_configured
):
    entry = thread_entry(forum.thread).get()
    PendingPush.objects.all().delete()  # as if every push so far had been confirmed
    committed(posting.add_reply, forum.thread, forum.people.other, "More words.")
    assert not PendingPush.objects.get(entry_id=entry.pk).withdrawn  # only added words
    committed(posting.set_hidden, forum.reply, True)
    assert PendingPush.objects.get(entry_id=entry.pk).withdrawn


def test_elasticsearch_did_you_mean_is_confirmed_against_visible_entries(
    forum, no_worker, committed
):
    thread = posting.start_thread(
        forum.public, forum.people.asker, "Quixoticpangolin staffing", "Why?"
    )
    offered = {
        **EMPTY,
        "suggest": {
            "spelling": [
                {
                    "text": "quixoticpangolim",
                    "options": [{"text": "quixoticpangolin", "score": 0.9, "freq": 1}],
                }
            ]
        },
    }
    query = SearchQuery(text="quixoticpangolim")
    assert RecordingEngine([offered]).search(query).suggestion == "quixoticpangolin"
    committed(posting.move_thread, thread, forum.private)
    # Elasticsearch's term suggester still knows the word; it must not be offered.
    assert RecordingEngine([offered]).search(query).suggestion == ""
