"""Very broad searches: totals exact up to a limit, then a lower bound; facet counts from a
sample, scaled and labelled as estimates; the page of hits ranked among a bounded set of
candidates. The limits are made small here so that a small library is "very broad"."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.engines.database import DatabaseEngine
from search.engines.elasticsearch import build_search, results_from_response
from search.models import SearchEntry, SearchTerm
from search.query import SearchQuery
from search.results import estimate

from .conftest import make_query

pytestmark = pytest.mark.django_db
WORD = "quorvex"  # appears nowhere else


def make_entries(count, start=0, **fields):
    content_type = ContentType.objects.get_for_model(SearchTerm)
    return SearchEntry.objects.bulk_create(
        [
            SearchEntry(
                content_type=content_type,
                object_id=900_000 + start + i,
                kind="resource" if i % 2 else "case_study",
                url=f"/broad/{start + i}/",
                title=fields.get("title", f"Entry {start + i}"),
                body=fields.get("body", f"A {WORD} clause, number {start + i}."),
                locale=fields.get("locale", "urban" if i % 4 == 0 else "rural"),
            )
            for i in range(count)
        ]
    )


@pytest.fixture
def small_limits(settings):
    settings.SEARCH_EXACT_TOTAL_LIMIT = 10
    settings.SEARCH_RANK_CANDIDATES = 4
    return settings


def kind_counts(results):
    facet = next(f for f in results.facets if f.name == "type")
    return {option.value: option.count for option in facet.options}


def test_a_total_beyond_the_limit_is_a_lower_bound(small_limits):
    make_entries(40)
    results = DatabaseEngine().search(make_query(f"q={WORD}"))
    assert results.total == 10
    assert results.total_is_lower_bound
    assert results.total_label == "10+"
    assert results.facet_counts_estimated
    data = results.as_json()
    assert data["total"] == 10
    assert data["total_is_lower_bound"] is True
    assert data["facet_counts_estimated"] is True


def test_totals_up_to_the_limit_are_exact(small_limits):
    make_entries(10)
    results = DatabaseEngine().search(make_query(f"q={WORD}"))
    assert results.total == 10
    assert not results.total_is_lower_bound
    assert not results.facet_counts_estimated
    assert kind_counts(results) == {"case_study": 5, "resource": 5}


def test_estimated_counts_are_near_the_true_counts(small_limits):
    make_entries(40)  # half case studies, half resources, interleaved
    counts = kind_counts(DatabaseEngine().search(make_query(f"q={WORD}")))
    assert set(counts) == {"case_study", "resource"}
    for count in counts.values():
        assert 12 <= count <= 28  # 20 each, from a sample of 11 of the 40


def test_the_total_stays_exact_when_only_the_sample_is_cut(small_limits):
    """40 entries match the text, 3 of them the selection: the counted set (the text,
    at most one selection failing) is cut at the limit, the total is not."""
    make_entries(37, locale="rural")
    make_entries(3, start=100, locale="suburban")
    results = DatabaseEngine().search(make_query(f"q={WORD}&locale=suburban"))
    assert results.total == 3
    assert not results.total_is_lower_bound
    assert results.facet_counts_estimated
    assert len(results.hits) == 3


def test_the_page_says_more_than_and_about(small_limits, client):
    make_entries(40)
    html = client.get(f"/search/?q={WORD}").content.decode()
    assert "10+ results" in html
    assert "(about " in html
    exact = client.get(f"/search/?q={WORD}&locale=suburban").content.decode()
    assert "10+ results" not in exact


def test_estimates_round_to_two_significant_figures():
    assert estimate(0, 8.6) == 0
    assert estimate(1, 0.01) == 1  # seen in the sample: never shown as none
    assert estimate(7, 8.6) == 60
    assert estimate(1234, 8.6) == 11_000
    assert estimate(10, 1.0) == 10


def test_a_broad_search_ranks_title_matches_among_its_candidates(small_limits):
    make_entries(30)
    [titled] = make_entries(1, start=500, title=f"The {WORD} guide")
    engine = DatabaseEngine()
    query = make_query(f"q={WORD}", per_page=3)
    results = engine.search(query)
    assert results.hits[0].url == titled.url
    assert len(results.hits) == 3
    with CaptureQueriesContext(connection) as bounded:
        engine.search(query)
    small_limits.SEARCH_RANK_CANDIDATES = 1_000
    with CaptureQueriesContext(connection) as unbounded:
        assert engine.search(query).hits[0].url == titled.url
    assert len(bounded) == len(unbounded)


def test_pages_past_the_candidates_rank_every_match(small_limits):
    make_entries(30)
    engine = DatabaseEngine()
    later = engine.search(make_query(f"q={WORD}&page=3", per_page=3))
    small_limits.SEARCH_RANK_CANDIDATES = 1_000
    assert [hit.url for hit in later.hits] == [
        hit.url for hit in engine.search(make_query(f"q={WORD}&page=3", per_page=3)).hits
    ]


def test_elasticsearch_counts_totals_the_same_way():
    body = build_search(SearchQuery(text="teacher")).to_dict()
    assert body["track_total_hits"] == 10_000
    response = {"hits": {"total": {"value": 10_000, "relation": "gte"}, "hits": []}}
    results = results_from_response(SearchQuery(text="teacher"), response)
    assert results.total_is_lower_bound
    assert results.total_label == "10,000+"
    exact = {"hits": {"total": {"value": 12, "relation": "eq"}, "hits": []}}
    assert not results_from_response(SearchQuery(text="teacher"), exact).total_is_lower_bound
