"""Parsing and validating the GET parameters of a search."""

import pytest
from django.http import QueryDict

from search.query import MAX_QUERY_LENGTH, SearchQuery

CHOICES = {
    "topic": {"peer-assistance-and-review": "Peer assistance and review"},
    "state": {"OH": "Ohio", "MD": "Maryland"},
    "type": {"case_study": "Case study", "resource": "Resource"},
}


def parse(params):
    return SearchQuery.from_params(QueryDict(params), choices=CHOICES)


def test_text_and_facets_are_read():
    query = parse("q=peer+review&topic=peer-assistance-and-review&state=OH&state=MD")
    assert query.text == "peer review"
    assert query.selected == {"topic": ("peer-assistance-and-review",), "state": ("OH", "MD")}
    assert query.sort == "relevance"
    assert query.page == 1


def test_unknown_facet_values_are_ignored_with_a_notice():
    query = parse("state=OH&state=ZZ&topic=astrology")
    assert query.selected == {"state": ("OH",)}
    assert any("ZZ" in notice for notice in query.notices)
    assert any("astrology" in notice for notice in query.notices)


def test_long_queries_are_cut_with_a_notice():
    query = parse("q=" + "word " * 100)
    assert len(query.text) <= MAX_QUERY_LENGTH
    assert query.text.endswith("word")
    assert any("200 characters" in notice for notice in query.notices)


@pytest.mark.parametrize("raw", ["abc", "12", "99999", "2010.5", "-2010"])
def test_malformed_years_are_ignored_with_a_notice(raw):
    query = parse(f"year_from={raw}")
    assert query.year_from is None
    assert query.notices


def test_reversed_years_are_swapped():
    query = parse("year_from=2013&year_to=2010")
    assert (query.year_from, query.year_to) == (2010, 2013)
    assert query.notices


@pytest.mark.parametrize("raw, page", [("3", 3), ("0", 1), ("-4", 1), ("x", 1)])
def test_page_numbers(raw, page):
    assert parse(f"page={raw}").page == page


def test_sort_defaults_to_newest_without_text_and_rejects_unknown_values():
    assert parse("").sort == "newest"
    assert parse("q=mou&sort=bogus").sort == "relevance"
    assert parse("q=mou&sort=title").sort == "title"


def test_query_syntax_characters_are_kept_as_plain_text():
    query = parse('q=peer" AND (review* OR -panel) NEAR/2 ^3 :')
    assert query.text == 'peer" AND (review* OR -panel) NEAR/2 ^3 :'


def test_urls_round_trip_and_filters_can_be_dropped():
    query = parse("q=mou&state=OH&state=MD&year_from=2010")
    again = SearchQuery.from_params(QueryDict(query.urlencode()), choices=CHOICES)
    assert again == query
    dropped = query.without("state", "OH")
    assert dropped.selected == {"state": ("MD",)}
    assert query.without("year").year_from is None
