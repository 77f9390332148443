"""The Elasticsearch request bodies for the judged relevance set's queries
(bench/relevance_queries.toml), built without a server.

There is no Elasticsearch here to score the set on, so these check what every body must
carry whatever the ranking does: a body that Elasticsearch accepts as JSON, the typed
words in its text query, the fields weighted as docs/search.md says (title, then
summary, body and document text), ranked by score, one page of hits.
"""

import json
import re
from urllib.parse import urlencode

import pytest
from django.http import QueryDict

from bench.relevance_metrics import load_queries
from search.engines.elasticsearch import build_search
from search.query import SearchQuery
from search.text import query_text

QUERIES = load_queries()
TEXT_CLAUSES = ("multi_match", "match", "match_phrase", "match_bool_prefix", "combined_fields")
WEIGHTED = ("title", "summary", "body", "document_text")  # highest weight first
# Words a stop list may drop before the query is built; every other word must reach it.
STOP_WORDS = set(
    "a an and are as at be by can do does for from how in is it of on or our should so "
    "than that the their them to up we what when who why with you".split()
)


# The search builds its words with the editors' synonym list, read from the database
# (then cached).
pytestmark = pytest.mark.django_db


def search_query(text):
    # As the search page builds it; no facet is selected, so no choices are needed.
    return SearchQuery.from_params(QueryDict(urlencode({"q": text})), choices={})


def request_body(text):
    return build_search(search_query(text)).to_dict()


def walk(node):
    """Every dict inside ``node``, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


def text_clauses(body):
    for node in walk(body["query"]):
        for kind in TEXT_CLAUSES:
            if kind in node:
                yield kind, node[kind]


def field_boosts(body):
    """The highest boost each base field gets in the text query ("title.english^3" counts
    for title)."""
    boosts = {}

    def note(field, boost):
        base = field.split(".")[0]
        boosts[base] = max(boosts.get(base, 0), float(boost))

    for kind, clause in text_clauses(body):
        if kind in ("multi_match", "combined_fields"):
            for field in clause.get("fields", []):
                name, _, boost = field.partition("^")
                note(name, boost or 1)
        else:
            for field, params in clause.items():
                boost = params.get("boost", 1) if isinstance(params, dict) else 1
                note(field, boost)
    return boosts


def ids(queries):
    return [query.text for query in queries]


@pytest.mark.parametrize("judged", QUERIES, ids=ids(QUERIES))
def test_every_query_of_the_set_builds_one_json_page_ranked_by_score(judged):
    body = request_body(judged.text)
    assert json.loads(json.dumps(body)) == body
    assert body == request_body(judged.text)  # the same text, the same request
    assert "match_all" not in body["query"]
    assert body["from"] == 0
    assert body["size"] == search_query(judged.text).per_page
    assert body["sort"][0] == "_score"


@pytest.mark.parametrize("judged", QUERIES, ids=ids(QUERIES))
def test_the_typed_words_reach_the_text_query(judged):
    clauses = list(text_clauses(request_body(judged.text)))
    assert clauses, "no text query"
    sent = " ".join(" ".join(strings(clause)) for _, clause in clauses).lower()
    words = re.findall(r"[\w'-]+", query_text(judged.text).lower())
    missing = [word for word in words if word not in STOP_WORDS and word not in sent]
    assert missing == []


@pytest.mark.parametrize("judged", QUERIES, ids=ids(QUERIES))
def test_title_outweighs_summary_body_and_document_text(judged):
    boosts = field_boosts(request_body(judged.text))
    assert set(WEIGHTED) <= set(boosts), boosts
    ordered = [boosts[field] for field in WEIGHTED]
    assert ordered == sorted(ordered, reverse=True) and len(set(ordered)) == len(ordered), boosts
    if "names" in boosts:  # program and organization names rank with the title
        assert boosts["names"] > boosts["summary"], boosts


def test_the_helpers_read_boosts_from_every_kind_of_text_clause():
    body = {
        "query": {
            "bool": {
                "should": [
                    {"multi_match": {"query": "peer review", "fields": ["title^4", "body"]}},
                    {"match_phrase": {"summary": {"query": "peer review", "boost": 2}}},
                    {"match": {"title.english": {"query": "peer", "boost": 6}}},
                ]
            }
        }
    }
    assert field_boosts(body) == {"title": 6.0, "body": 1.0, "summary": 2.0}
    assert "review" in " ".join(strings(dict(text_clauses(body))["match_phrase"]))
