"""The library listings (/case-studies/, /resources/): the search's facets over one kind,
through the one search interface (resources/listing.py)."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from resources.models import ResourceIndexPage
from search import engines
from search.engines.elasticsearch import build_search
from search.models import SearchEntry, SearchTerm

pytestmark = pytest.mark.django_db


def cases_url():
    return CaseStudyIndexPage.objects.get().url


def resources_url():
    return ResourceIndexPage.objects.get().url


def titles(response):
    return [hit.title for hit in response.context["results"].hits]


def facet_counts(facets):
    return {
        facet.name: {option.value: (option.count, option.selected) for option in facet.options}
        for facet in facets
    }


def test_each_listing_shows_its_own_kind_with_the_search_facets(client, library):
    response = client.get(cases_url())
    assert response.status_code == 200
    assert sorted(titles(response)) == sorted(
        [library.toledo.title, library.baltimore.title, library.sacramento.title]
    )
    html = response.content.decode()
    assert "3 case studies." in html
    assert "<legend>State</legend>" in html and "<legend>Topic</legend>" in html
    assert "<legend>Content type</legend>" not in html  # the kind is the listing's own
    assert "Filter (0)" in html
    resources = client.get(resources_url())
    assert len(titles(resources)) == 4
    assert library.toledo.title not in titles(resources)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"state": "OH"},
        {"state": ["OH", "CA"]},
        {"topic": "teacher-evaluation"},
        {"stage": "advanced", "year_from": "2005"},
        {"q": "teachers"},
        {"q": "teachers", "state": "MD"},
    ],
)
@pytest.mark.parametrize("kind, url", [("case_study", cases_url), ("resource", resources_url)])
def test_counts_are_the_searchs_for_the_same_kind(client, library, params, kind, url):
    listing = client.get(url(), params)
    search = client.get("/search/", {**params, "type": kind})
    listed, searched = listing.context["results"], search.context["results"]
    assert listed.total == searched.total
    assert titles(listing) == titles(search)[: len(titles(listing))]
    shown = [facet for facet in searched.facets if facet.name != "type"]
    assert facet_counts(listing.context["facets"]) == facet_counts(shown)
    assert listed.year_bounds == searched.year_bounds


def test_a_filter_narrows_the_list_and_the_page_links_keep_it(client, library):
    response = client.get(cases_url(), {"state": "OH"})
    assert titles(response) == [library.toledo.title]
    html = response.content.decode()
    assert 'name="state" value="OH" checked' in html
    assert "Filter (1)" in html
    assert 'href="?">' in html or 'href="?"' in html  # "remove Ohio" lists everything again
    assert "1 case study." in html


def test_the_content_type_cannot_be_changed_from_the_url(client, library):
    response = client.get(cases_url(), {"type": "resource"})
    assert len(titles(response)) == 3
    assert all(hit.kind == "case_study" for hit in response.context["results"].hits)
    assert "type=" not in response.context["query"].urlencode()


def test_sorting_newest_and_title(client, library):
    by_title = titles(client.get(cases_url(), {"sort": "title"}))
    assert by_title == sorted(by_title)
    response = client.get(cases_url())
    assert response.context["query"].sort == "newest"
    html = response.content.decode()
    assert 'value="title"' in html and 'value="relevance"' not in html
    with_text = client.get(cases_url(), {"q": "teachers"}).content.decode()
    assert 'value="relevance" selected' in with_text


def test_pagination_keeps_the_filters(client, library, monkeypatch):
    monkeypatch.setattr(CaseStudyIndexPage, "per_page", 2)
    first = client.get(cases_url(), {"stage": ["advanced", "preliminary"], "sort": "title"})
    html = first.content.decode()
    assert "3 case studies, page 1 of 2." in html
    assert "?stage=advanced&amp;stage=preliminary&amp;sort=title&amp;page=2" in html
    second = client.get(
        cases_url(), {"stage": ["advanced", "preliminary"], "sort": "title", "page": 2}
    )
    assert len(titles(second)) == 1
    assert set(titles(first)) | set(titles(second)) == {
        library.toledo.title,
        library.baltimore.title,
        library.sacramento.title,
    }


@pytest.mark.parametrize(
    "params, notice",
    [
        ({"state": "ZZ"}, "Ignored the unknown state “ZZ”."),
        ({"topic": "<b>x</b>"}, "Ignored the unknown topic “&lt;b&gt;x&lt;/b&gt;”."),
        ({"year_from": "abc"}, "Ignored the year “abc” (from)"),
        ({"sort": "best"}, "Unknown sort order"),
        ({"page": "two"}, "The page number was not a number; showing the first page."),
        ({"page": "50"}, "There are only 1 pages of results; showing the last one."),
    ],
)
def test_bad_input_is_dropped_with_the_searchs_notices(client, library, params, notice):
    response = client.get(cases_url(), params)
    assert response.status_code == 200
    assert notice in response.content.decode()
    assert len(titles(response)) == 3  # nothing else was lost


def test_a_page_beyond_any_list_is_not_found(client, library):
    assert client.get(cases_url(), {"page": "100000"}).status_code == 404


def test_text_is_escaped(client, library):
    html = client.get(cases_url(), {"q": '<script>alert("x")</script>'}).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html


def test_private_and_draft_pages_are_never_listed_or_counted(
    client, library, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        draft = CaseStudyPageFactory(
            parent=CaseStudyIndexPage.objects.get(), title="Draft in Ohio", publish=False
        )
        PageViewRestriction.objects.create(page=library.toledo, restriction_type="login")
        library.sacramento.unpublish()
    for params in ({}, {"state": "OH"}, {"q": "Toledo"}, {"q": "Draft"}):
        response = client.get(cases_url(), params)
        shown = titles(response)
        assert library.toledo.title not in shown
        assert library.sacramento.title not in shown
        assert draft.title not in shown
    everything = client.get(cases_url())
    assert everything.context["results"].total == 1
    states = facet_counts(everything.context["facets"]).get("state", {})
    assert "OH" not in states and "CA" not in states
    assert list(states) == ["MD"]


def test_queries_per_listing_do_not_grow_with_the_library(client, library):
    content_type = ContentType.objects.get_for_model(SearchTerm)
    params = {"state": "MD", "sort": "title"}
    client.get(cases_url(), params)  # warm the site and page caches
    with CaptureQueriesContext(connection) as before:
        client.get(cases_url(), params)
    SearchEntry.objects.bulk_create(
        SearchEntry(
            content_type=content_type,
            object_id=900_000 + number,
            kind="case_study",
            url=f"/listing/{number}/",
            title=f"Listed entry {number}",
            summary="Teachers in Maryland.",
            state_codes=["MD"],
            stage="advanced",
        )
        for number in range(60)
    )
    with CaptureQueriesContext(connection) as after:
        response = client.get(cases_url(), params)
    assert response.context["results"].total == 61
    assert len(after) == len(before)


def test_the_elasticsearch_engine_gets_the_listings_query(client, library, settings):
    """With Elasticsearch configured the listing asks it (here it refuses the connection,
    so the database answers as its fallback); its request keeps to the listing's kind."""
    engines._elasticsearch.clear()
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # the discard port: nothing listens
    settings.ELASTICSEARCH_TIMEOUT = 2
    try:
        response = client.get(cases_url(), {"state": "OH", "sort": "title"})
    finally:
        engines._elasticsearch.clear()
    results = response.context["results"]
    assert results.engine == "database (fallback)"
    assert [hit.title for hit in results.hits] == [library.toledo.title]
    request = build_search(results.query).to_dict()
    assert {"terms": {"kind": ["case_study"]}} in request["post_filter"]["bool"]["filter"]
    assert request["size"] == CaseStudyIndexPage.per_page
