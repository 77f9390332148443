"""The Elasticsearch engine against a real server.

Run them with ``ELASTICSEARCH_URL=http://127.0.0.1:9200 make test``.

Each test builds its own index (a unique alias name) from the demo entries and deletes
it afterwards, so a development index on the same server is never touched. The engine is
checked over the demo library as shipped, so these tests are marked ``demo``.
"""

import os
import re
import uuid
from dataclasses import replace

import pytest
from django.http import QueryDict

from search.engines.database import DatabaseEngine
from search.engines.elasticsearch import ElasticsearchEngine
from search.models import SearchEntry
from search.query import SearchQuery

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("ELASTICSEARCH_URL"),
        reason="Elasticsearch tests need ELASTICSEARCH_URL (no server here)",
    ),
    pytest.mark.django_db,
    pytest.mark.demo,
]


def query_for(params="", **changes):
    query = SearchQuery.from_params(QueryDict(params))
    return replace(query, **changes) if changes else query


def concrete_indexes(engine):
    return sorted(engine.client.indices.get(index=f"{engine.index_name}-*").body)


@pytest.fixture
def es_engine(db):
    engine = ElasticsearchEngine(
        os.environ["ELASTICSEARCH_URL"], f"sameside-test-{uuid.uuid4().hex[:12]}"
    )
    count = engine.rebuild(SearchEntry.objects.all())
    assert count == SearchEntry.objects.count() > 0
    yield engine
    # Deleting by wildcard is refused by default (action.destructive_requires_name).
    for name in concrete_indexes(engine):
        engine.client.indices.delete(index=name, ignore_unavailable=True)


def refresh(engine):
    engine.client.indices.refresh(index=engine.index_name)


def test_rebuild_fills_a_new_index_behind_the_alias(es_engine):
    aliased = list(es_engine.client.indices.get_alias(name=es_engine.index_name).body)
    assert len(aliased) == 1
    assert re.fullmatch(rf"{es_engine.index_name}-\d{{20}}", aliased[0])
    assert (
        es_engine.client.count(index=es_engine.index_name)["count"] == SearchEntry.objects.count()
    )
    assert es_engine.health()["ok"] is True

    progress = []
    assert es_engine.rebuild(SearchEntry.objects.all(), progress=lambda *a: progress.append(a))
    total = SearchEntry.objects.count()
    assert progress[-1] == (total, total)
    now_aliased = list(es_engine.client.indices.get_alias(name=es_engine.index_name).body)
    assert len(now_aliased) == 1
    assert now_aliased != aliased
    assert concrete_indexes(es_engine) == now_aliased  # the old index was deleted


def test_text_search_for_toledo(es_engine):
    results = es_engine.search(query_for("q=Toledo"))

    assert results.engine == "elasticsearch"
    assert results.total > 0
    titles = [hit.title for hit in results.hits]
    assert any("Toledo" in title for title in titles)
    assert "Toledo" in titles[0]  # a title match ranks first
    assert any("<mark>" in str(hit.snippet) for hit in results.hits)
    assert all("<script" not in str(hit.snippet) for hit in results.hits)
    database = DatabaseEngine().search(query_for("q=Toledo"))
    assert results.total == database.total


@pytest.mark.parametrize(
    "params",
    [
        "",
        "q=Toledo",
        "type=resource",
        "topic=interest-based-bargaining",
        "topic=interest-based-bargaining&topic=joint-committees&state=MA&state=CA&type=resource",
        "locale=urban&year_from=2009",
        "year_from=2008&year_to=2012",
        "year_to=2005",
        "q=Toledo&year_from=2000",
    ],
)
def test_counts_equal_the_database_engine(es_engine, params):
    query = query_for(params)
    results = es_engine.search(query)
    expected = DatabaseEngine().search(query)

    assert results.total == expected.total
    assert results.facets == expected.facets
    assert results.year_bounds == expected.year_bounds
    everything = replace(query, per_page=100)  # the same items (orders may break ties apart)
    assert {hit.url for hit in es_engine.search(everything).hits} == {
        hit.url for hit in DatabaseEngine().search(everything).hits
    }


def test_sort_by_title(es_engine):
    results = es_engine.search(query_for("sort=title", per_page=100))
    titles = [hit.title.lower() for hit in results.hits]
    assert len(titles) == SearchEntry.objects.count()
    assert titles == sorted(titles)


def test_page_past_the_end_shows_the_last_page(es_engine):
    results = es_engine.search(query_for("q=Toledo&page=500"))
    assert results.page == results.num_pages
    assert results.hits
    assert results.notices == [
        f"There are only {results.num_pages} pages of results; showing the last one."
    ]


def test_spelling_suggestion_when_nothing_matches(es_engine):
    results = es_engine.search(query_for("q=Toldeo"))
    assert results.total == 0
    assert results.suggestion == "toledo"


def test_suggest_titles_and_topics(es_engine):
    suggestions = es_engine.suggest("Toled")
    assert any("Toledo" in s["label"] and s["kind"] == "case_study" for s in suggestions)
    assert all(set(s) == {"label", "url", "kind"} for s in suggestions)


def test_deleting_and_reindexing_an_entry(es_engine):
    entry = SearchEntry.objects.filter(title__icontains="Toledo").order_by("pk").first()
    query = query_for("q=Toledo", per_page=100)
    before = es_engine.search(query)
    assert entry.url in [hit.url for hit in before.hits]

    es_engine.delete_entries([entry.pk])
    refresh(es_engine)
    after = es_engine.search(query)
    assert entry.url not in [hit.url for hit in after.hits]
    assert after.total == before.total - 1
    es_engine.delete_entries([entry.pk])  # already gone: not an error

    es_engine.index_entries([entry])
    refresh(es_engine)
    assert es_engine.search(query).total == before.total


def test_a_withdrawal_is_hidden_until_elasticsearch_confirms_it(
    es_engine, demo, settings, no_worker, django_capture_on_commit_callbacks
):
    from wagtail.models import PageViewRestriction

    from search import backlog, engines
    from search.indexing import page_content_type
    from search.models import PendingPush

    engines._elasticsearch.clear()
    settings.ELASTICSEARCH_URL = es_engine.url
    settings.ELASTICSEARCH_INDEX = es_engine.index_name
    toledo = demo["toledo"]
    entry_id = SearchEntry.objects.get(content_type=page_content_type(), object_id=toledo.pk).pk

    with django_capture_on_commit_callbacks(execute=True):  # the push is queued, not run
        PageViewRestriction.objects.create(page=toledo, restriction_type="login")
    assert es_engine.client.exists(index=es_engine.index_name, id=str(entry_id))  # still there
    results = es_engine.search(query_for("q=Toledo"))
    assert toledo.url not in [hit.url for hit in results.hits]  # but excluded by tombstone
    case_studies = es_engine.search(query_for("type=case_study"))  # Toledo: the only one in OH
    states = next(f for f in case_studies.facets if f.name == "state").options
    assert all(o.value != "OH" or o.count == 0 for o in states)

    assert backlog.push() >= 1  # the worker's push, confirmed with refresh=wait_for
    assert not PendingPush.objects.filter(entry_id=entry_id).exists()
    assert not es_engine.client.exists(index=es_engine.index_name, id=str(entry_id))
    assert toledo.url not in [hit.url for hit in es_engine.search(query_for("q=Toledo")).hits]
    engines._elasticsearch.clear()
