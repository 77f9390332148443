"""The Elasticsearch engine without a server: request bodies, response mapping, fallback.

The request bodies are also run through a small evaluator of the filter queries they
use (bool, terms, range, exists), over the demo entries as Elasticsearch documents, and
the simulated counts must equal the database engine's: the filter logic is checked here
even though no server is available. Those checks are about the demo library (marked
``demo``: its many items cover every facet and year range); the others build their data.
"""

import json
import logging
import operator
from collections import Counter

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from search import engines
from search.engines.base import text_match
from search.engines.database import DatabaseEngine, year_q
from search.engines.elasticsearch import (
    FACET_SIZE,
    ElasticsearchEngine,
    build_search,
    entry_to_document,
    public_url,
    results_from_response,
)
from search.facets import FACETS, FACETS_BY_NAME
from search.models import SearchEntry
from search.query import SearchQuery

UNREACHABLE = "http://127.0.0.1:9"  # the discard port: nothing listens there

TOPIC_CHOICES = {
    "peer-review": "Peer assistance and review",
    "bargaining": "Interest-based bargaining",
    "staffing": "Staffing",
}
STATE_CHOICES = {"OH": "Ohio", "MD": "Maryland", "CA": "California"}


# Request bodies are built with the editors' synonym list, read from the database (then
# cached), so every test may touch it.
pytestmark = pytest.mark.django_db


def choices():
    """Facet choices without the database (topics are the only ones stored there)."""
    values = {facet.name: dict(facet.static_choices) for facet in FACETS}
    values["topic"] = TOPIC_CHOICES
    return values


def body(query):
    return build_search(query).to_dict()


def facet_agg(request_body, name):
    return request_body["aggs"][f"facet_{name}"]


def agg_filters(request_body, name):
    """The filter clauses of one facet's filter aggregation ([] for match_all)."""
    agg_filter = facet_agg(request_body, name)["filter"]
    if "match_all" in agg_filter:
        return []
    return agg_filter["bool"]["filter"]


def terms_on(filters, field):
    return [clause["terms"][field] for clause in filters if field in clause.get("terms", {})]


# Request bodies ---------------------------------------------------------------------------
def test_text_only_body():
    request_body = body(SearchQuery(text="Toledo peer review"))

    # The relevance model's clauses are checked in test_elasticsearch_bodies.py.
    function_score = request_body["query"]["bool"]["must"][0]["function_score"]
    words = function_score["query"]["bool"]["must"][0]["bool"]["should"]
    # The typed words first, then each phrasing the synonym list gives ("peer review").
    assert words[0] == {
        "multi_match": {
            "query": "toledo peer review",
            "fields": ["title^10", "names^10", "summary^5", "body^2", "document_text^1"],
            "operator": "and",
            "type": "cross_fields",
        }
    }
    variants = [" ".join(variant) for variant in text_match("Toledo peer review").variants]
    assert [clause["multi_match"]["query"] for clause in words] == variants
    assert len(variants) > 1
    assert "post_filter" not in request_body
    for facet in FACETS:
        agg = facet_agg(request_body, facet.name)
        assert agg["filter"] == {"match_all": {}}
        assert agg["aggs"]["values"]["terms"] == {"field": facet.field, "size": FACET_SIZE}
    assert request_body["aggs"]["year_bounds"]["filter"] == {"match_all": {}}
    assert set(request_body["aggs"]["year_bounds"]["aggs"]) == {
        "min_start",
        "max_start",
        "min_end",
        "max_end",
    }
    assert request_body["highlight"]["pre_tags"] == ["<mark>"]
    assert request_body["highlight"]["post_tags"] == ["</mark>"]
    for field in ("summary", "body", "document_text"):
        assert request_body["highlight"]["fields"][field] == {
            "fragment_size": 200,
            "number_of_fragments": 1,
        }
    assert request_body["suggest"]["spelling"]["text"] == "Toledo peer review"
    assert request_body["suggest"]["spelling"]["term"]["field"] == "spelling"
    assert request_body["sort"] == [
        "_score",
        {"rank_boost": {"order": "desc"}},
        {"published_at": {"order": "desc", "missing": "_last"}},
    ]
    assert request_body["from"] == 0
    assert request_body["size"] == 10
    assert request_body["track_total_hits"] == 10_000  # exact up to 10,000, then "gte"
    assert "document_text" not in request_body["_source"]  # large; only highlighted


def test_text_and_three_facets_body():
    query = SearchQuery(
        text="evaluation",
        selected={"topic": ("peer-review", "staffing"), "state": ("OH",), "type": ("case_study",)},
    )
    request_body = body(query)

    post_filter = request_body["post_filter"]["bool"]["filter"]
    assert {"terms": {"topics": ["peer-review", "staffing"]}} in post_filter
    assert {"terms": {"states": ["OH"]}} in post_filter
    assert {"terms": {"kind": ["case_study"]}} in post_filter
    assert len(post_filter) == 3

    selections = {"topic": "topics", "state": "states", "type": "kind"}
    for facet in FACETS:
        filters = agg_filters(request_body, facet.name)
        for name, field in selections.items():
            if name == facet.name:
                assert terms_on(filters, field) == [], f"{facet.name} must not filter on itself"
            else:
                assert terms_on(filters, field) == [list(query.selected[name])]
        assert facet_agg(request_body, facet.name)["aggs"]["values"]["terms"]["size"] == FACET_SIZE
    # Years are not limited, so their bounds see every selection.
    assert request_body["aggs"]["year_bounds"]["filter"]["bool"]["filter"] == post_filter


def test_facets_only_body_matches_all_sorted_newest():
    query = SearchQuery.from_params(QueryDictLike(locale=["urban"]), choices=choices())
    assert query.sort == "newest"
    request_body = body(query)

    assert request_body["query"] == {"match_all": {}}
    assert request_body["post_filter"] == {"bool": {"filter": [{"terms": {"locale": ["urban"]}}]}}
    assert agg_filters(request_body, "locale") == []
    assert agg_filters(request_body, "topic") == [{"terms": {"locale": ["urban"]}}]
    assert request_body["sort"] == [
        {"published_at": {"order": "desc", "missing": "_last"}},
        {"title.raw": {"order": "asc"}},
    ]
    assert "highlight" not in request_body
    assert "suggest" not in request_body


def test_year_range_body():
    query = SearchQuery(selected={"state": ("MD",)}, year_from=2008, year_to=2012)
    request_body = body(query)

    post_filter = request_body["post_filter"]["bool"]["filter"]
    assert post_filter[0] == {"terms": {"states": ["MD"]}}
    year = post_filter[1]["bool"]["filter"]
    assert year[0] == {
        "bool": {
            "should": [{"exists": {"field": "start_year"}}, {"exists": {"field": "end_year"}}],
            "minimum_should_match": 1,
        }
    }
    assert {"range": {"start_year": {"lte": 2012}}} in year[1]["bool"]["should"]
    assert {"range": {"end_year": {"gte": 2008}}} in year[2]["bool"]["should"]
    # Every facet count honours the year range ...
    for facet in FACETS:
        assert post_filter[1] in agg_filters(request_body, facet.name)
    # ... but the year bounds do not, so the visitor can widen the range.
    assert request_body["aggs"]["year_bounds"]["filter"] == {
        "bool": {"filter": [{"terms": {"states": ["MD"]}}]}
    }


@pytest.mark.parametrize(
    ("text", "sort", "expected"),
    [
        (
            "toledo",
            "relevance",
            [
                "_score",
                {"rank_boost": {"order": "desc"}},
                {"published_at": {"order": "desc", "missing": "_last"}},
            ],
        ),
        (
            "toledo",
            "newest",
            [
                {"published_at": {"order": "desc", "missing": "_last"}},
                {"title.raw": {"order": "asc"}},
            ],
        ),
        ("toledo", "title", [{"title.raw": {"order": "asc"}}]),
        ("", "title", [{"title.raw": {"order": "asc"}}]),
        (
            "",
            "relevance",
            [
                {"published_at": {"order": "desc", "missing": "_last"}},
                {"title.raw": {"order": "asc"}},
            ],
        ),
    ],
)
def test_sorts(text, sort, expected):
    assert body(SearchQuery(text=text, sort=sort))["sort"] == expected


def test_pagination_and_determinism():
    query = SearchQuery(
        text="contract",
        selected={"state": ("CA", "OH"), "status": ("active",)},
        year_to=2011,
        page=3,
        per_page=10,
    )
    first, second = body(query), body(query)
    assert first["from"] == 20
    assert first["size"] == 10
    assert json.dumps(first, sort_keys=False) == json.dumps(second, sort_keys=False)


class QueryDictLike(dict):
    """Just enough of a QueryDict for ``SearchQuery.from_params``."""

    def get(self, key, default=None):
        values = super().get(key)
        return values[-1] if values else default

    def getlist(self, key):
        return super().get(key, [])


# Response mapping -------------------------------------------------------------------------
RESPONSE = {
    "took": 7,
    "timed_out": False,
    "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
    "hits": {
        "total": {"value": 12, "relation": "eq"},
        "max_score": 31.2,
        "hits": [
            {
                "_index": "sameside-library-20250101120000000000",
                "_id": "41",
                "_score": 31.2,
                "_source": {
                    "title": "Toledo: peer assistance and review",
                    "url": "/case-studies/toledo-peer-assistance-and-review/",
                    "kind": "case_study",
                    "summary": "Toledo's <script>alert('x')</script> PAR program & more.",
                    "body": "Long body.",
                    "published_at": "2024-03-05T09:30:00+00:00",
                    "documents": [],
                },
                "highlight": {
                    "title": ["<mark>Toledo</mark>: peer assistance and review"],
                    "summary": [
                        "<mark>Toledo</mark>'s <script>alert('x')</script> PAR   program & more."
                    ],
                },
            },
            {
                "_index": "sameside-library-20250101120000000000",
                "_id": "9",
                "_score": 12.5,
                "_source": {
                    "title": "Designing a peer assistance and review (PAR) program",
                    "url": "/resources/par-program-design-guide/",
                    "kind": "resource",
                    "summary": "Decisions a district and union make together.",
                    "body": "",
                    "published_at": "2024-02-01T00:00:00+00:00",
                    "documents": [
                        {"id": 9, "title": "Designing a PAR program: decisions and examples"},
                        {"id": 99, "title": "Appendix"},
                    ],
                },
                "highlight": {
                    "document_text": ["As in <mark>Toledo</mark>, consulting teachers <b>rate</b>"]
                },
            },
            {
                "_index": "sameside-library-20250101120000000000",
                "_id": "3",
                "_score": 4.0,
                "_source": {
                    "title": "Sacramento Priority Schools MOU",
                    "url": "/resources/sacramento-mou/",
                    "kind": "resource",
                    "summary": "The toledo model, adapted <em>locally</em>.",
                    "body": "",
                    "published_at": None,
                    "documents": [],
                },
            },
        ],
    },
    "aggregations": {
        "facet_topic": {
            "doc_count": 12,
            "values": {
                "doc_count_error_upper_bound": 0,
                "sum_other_doc_count": 0,
                "buckets": [
                    {"key": "peer-review", "doc_count": 9},
                    {"key": "bargaining", "doc_count": 4},
                    {"key": "retired-topic", "doc_count": 2},
                ],
            },
        },
        "facet_type": {
            "doc_count": 12,
            "values": {
                "buckets": [
                    {"key": "resource", "doc_count": 7},
                    {"key": "case_study", "doc_count": 5},
                ]
            },
        },
        "facet_resource_type": {"doc_count": 12, "values": {"buckets": []}},
        "facet_state": {
            "doc_count": 3,
            "values": {"buckets": [{"key": "OH", "doc_count": 3}]},
        },
        "facet_locale": {
            "doc_count": 12,
            "values": {"buckets": [{"key": "urban", "doc_count": 6}]},
        },
        "facet_size": {"doc_count": 12, "values": {"buckets": []}},
        "facet_stage": {"doc_count": 12, "values": {"buckets": []}},
        "facet_status": {"doc_count": 12, "values": {"buckets": []}},
        "year_bounds": {
            "doc_count": 12,
            "min_start": {"value": 1998.0},
            "max_start": {"value": 2012.0},
            "min_end": {"value": 2003.0},
            "max_end": {"value": 2014.0},
        },
    },
}


def mapped(query, response=RESPONSE):
    return results_from_response(query, response, choices=choices())


def test_hits_are_mapped_with_safe_snippets():
    query = SearchQuery(text="toledo", selected={"state": ("OH", "MD")}, notices=("A notice.",))
    results = mapped(query)

    assert results.total == 12
    assert results.engine == "elasticsearch"
    assert results.notices == ["A notice."]
    assert [hit.title for hit in results.hits] == [
        "Toledo: peer assistance and review",
        "Designing a peer assistance and review (PAR) program",
        "Sacramento Priority Schools MOU",
    ]
    first = results.hits[0]
    assert first.kind == "case_study"
    assert first.kind_label == "Case study"
    assert first.url == "/case-studies/toledo-peer-assistance-and-review/"
    assert first.published_at == "2024-03-05"
    assert str(first.snippet) == (
        "<mark>Toledo</mark>&#x27;s &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; "
        "PAR program &amp; more."
    )
    assert "<script>" not in str(first.snippet)
    assert first.matched_in == ""  # the title and summary matched

    second = results.hits[1]
    assert second.matched_in == "Designing a PAR program: decisions and examples"
    assert str(second.snippet) == (
        "As in <mark>Toledo</mark>, consulting teachers &lt;b&gt;rate&lt;/b&gt;"
    )

    third = results.hits[2]  # no highlight: the summary, escaped and marked here
    assert str(third.snippet) == (
        "The <mark>toledo</mark> model, adapted &lt;em&gt;locally&lt;/em&gt;."
    )
    assert third.published_at == ""
    assert third.matched_in == ""


def test_facets_are_mapped_in_order_with_selected_values_kept():
    query = SearchQuery(text="toledo", selected={"state": ("OH", "MD")})
    results = mapped(query)

    assert [facet.name for facet in results.facets] == [facet.name for facet in FACETS]
    topics = results.facets[0]
    # Choice order, labels from the choices, unknown buckets dropped.
    assert [(o.value, o.label, o.count, o.selected) for o in topics.options] == [
        ("peer-review", "Peer assistance and review", 9, False),
        ("bargaining", "Interest-based bargaining", 4, False),
    ]
    states = {o.value: (o.count, o.selected) for o in results.facets[3].options}
    assert states == {"OH": (3, True), "MD": (0, True)}
    kinds = [(o.value, o.count) for o in results.facets[1].options]
    assert kinds == [("case_study", 5), ("resource", 7)]
    assert results.facets[2].options == []  # zero counts are hidden
    assert results.year_bounds == (1998, 2014)
    assert results.suggestion == ""
    assert results.page == 1


def test_page_past_the_end_is_clamped_with_the_database_notice():
    results = mapped(SearchQuery(text="toledo", page=5))
    assert results.page == 2
    assert results.notices == ["There are only 2 pages of results; showing the last one."]


def test_empty_response_with_a_spelling_suggestion():
    response = {
        "hits": {"total": {"value": 0, "relation": "eq"}, "hits": []},
        "aggregations": {
            "year_bounds": {
                "doc_count": 0,
                "min_start": {"value": None},
                "max_start": {"value": None},
                "min_end": {"value": None},
                "max_end": {"value": None},
            }
        },
        "suggest": {
            "spelling": [
                {
                    "text": "toldeo",
                    "offset": 0,
                    "length": 6,
                    "options": [{"text": "toledo", "score": 0.8, "freq": 3}],
                },
                {"text": "program", "offset": 7, "length": 7, "options": []},
            ]
        },
    }
    results = mapped(SearchQuery(text="toldeo program"), response)
    assert results.total == 0
    assert results.hits == []
    assert results.suggestion == "toledo program"
    assert results.year_bounds == (None, None)
    assert all(facet.options == [] for facet in results.facets)


def test_mapping_uses_topic_choices_from_the_database(db):
    from resources.factories import TopicFactory

    topic = TopicFactory(name="Peer assistance and review", slug="peer-assistance-and-review")
    response = {
        "hits": {"total": {"value": 1, "relation": "eq"}, "hits": []},
        "aggregations": {
            "facet_topic": {"values": {"buckets": [{"key": topic.slug, "doc_count": 1}]}}
        },
    }
    results = results_from_response(SearchQuery(), response)
    assert [(o.value, o.label) for o in results.facets[0].options] == [(topic.slug, topic.name)]


class CannedEngine(ElasticsearchEngine):
    """The engine with the request replaced by canned responses (no network at all)."""

    def __init__(self, responses):
        super().__init__(UNREACHABLE, "unused")
        self.responses = list(responses)
        self.pages = []

    def execute(self, query, exclude_ids=(), match=None):
        self.pages.append(query.page)
        return self.responses.pop(0)


def test_search_reruns_once_for_the_last_page(db):
    last_page = {**RESPONSE, "hits": {**RESPONSE["hits"], "hits": RESPONSE["hits"]["hits"][2:]}}
    engine = CannedEngine([RESPONSE, last_page])
    results = engine.search(SearchQuery(text="toledo", page=9))
    assert engine.pages == [9, 2]
    assert results.page == 2
    assert [hit.title for hit in results.hits] == ["Sacramento Priority Schools MOU"]
    assert results.notices == ["There are only 2 pages of results; showing the last one."]


def test_search_within_the_pages_makes_one_request(db):
    engine = CannedEngine([RESPONSE])
    results = engine.search(SearchQuery(text="toledo", page=2))
    assert engine.pages == [2]
    assert results.page == 2
    assert results.notices == []


# Documents --------------------------------------------------------------------------------
def toledo_entry(library, prefetch=True):
    entries = SearchEntry.objects.all()
    if prefetch:
        entries = entries.prefetch_related("topics", "states")
    return entries.get(
        content_type=ContentType.objects.get_for_model(Page), object_id=library.toledo.pk
    )


def test_entry_to_document(library, django_assert_num_queries):
    entry = toledo_entry(library)
    with django_assert_num_queries(0):  # topics and states come from the prefetch
        document = entry_to_document(entry)

    assert document["title"] == entry.title == document["title_suggest"]
    assert "Toledo" in document["title"]
    assert document["kind"] == "case_study"
    assert document["url"] == entry.url
    assert document["summary"] == entry.summary
    assert document["body"] == entry.body
    assert document["topics"] == sorted(library.toledo.topics.values_list("slug", flat=True))
    assert document["topics"]
    assert document["states"] == sorted(library.toledo.states.values_list("code", flat=True))
    assert document["states"] == ["OH"]
    assert document["start_year"] == entry.start_year
    assert document["end_year"] == entry.end_year
    assert document["published_at"] == entry.published_at.isoformat()
    assert document["rank_boost"] == 0
    assert document["resource_type"] is None  # blank values are left out
    assert document["locale"] == (entry.locale or None)
    json.dumps(document)  # plain JSON, ready for the bulk API


def test_entry_to_document_for_a_resource_with_documents(library):
    entry = SearchEntry.objects.get(
        content_type=ContentType.objects.get_for_model(Page), object_id=library.par_guide.pk
    )
    document = entry_to_document(entry)  # not prefetched: still works
    assert document["kind"] == "resource"
    assert document["documents"] == entry.documents
    assert document["documents"][0]["title"]
    assert document["document_text"] == entry.document_text
    assert document["resource_type"] == entry.resource_type


# The filters, evaluated offline against the database engine ------------------------------
def evaluate(clause, doc):
    """Whether ``doc`` matches a filter clause (the subset of the DSL the engine uses)."""
    ((kind, spec),) = clause.items()
    if kind == "match_all":
        return True
    if kind == "exists":
        return doc.get(spec["field"]) not in (None, [], "")
    if kind == "terms":
        ((field, values),) = spec.items()
        value = doc.get(field)
        return any(v in values for v in (value if isinstance(value, list) else [value]))
    if kind == "range":
        ((field, bounds),) = spec.items()
        value = doc.get(field)
        ops = {"lte": operator.le, "gte": operator.ge, "lt": operator.lt, "gt": operator.gt}
        return value is not None and all(ops[op](value, bound) for op, bound in bounds.items())
    if kind == "bool":
        required = spec.get("filter", []) + spec.get("must", [])
        if not all(evaluate(c, doc) for c in required):
            return False
        if any(evaluate(c, doc) for c in spec.get("must_not", [])):
            return False
        should = spec.get("should", [])
        needed = spec.get("minimum_should_match", 0 if required else 1) if should else 0
        return sum(evaluate(c, doc) for c in should) >= needed
    raise AssertionError(f"the evaluator does not know {kind}")


def simulate(request_body, docs):
    """The response Elasticsearch would give to a request without text."""
    assert request_body["query"] == {"match_all": {}}
    post_filter = request_body.get("post_filter", {"match_all": {}})
    hits = [doc for doc in docs if evaluate(post_filter, doc)]
    aggregations = {}
    for name, agg in request_body["aggs"].items():
        subset = [doc for doc in docs if evaluate(agg["filter"], doc)]
        if name == "year_bounds":
            aggregations[name] = {"doc_count": len(subset)}
            for metric, spec in agg["aggs"].items():
                ((function, options),) = spec.items()
                values = [doc[options["field"]] for doc in subset if doc[options["field"]]]
                pick = min if function == "min" else max
                aggregations[name][metric] = {"value": float(pick(values)) if values else None}
            continue
        field = agg["aggs"]["values"]["terms"]["field"]
        counts = Counter()
        for doc in subset:
            value = doc.get(field)
            counts.update(value if isinstance(value, list) else [value] if value else [])
        buckets = [{"key": key, "doc_count": n} for key, n in counts.most_common()]
        aggregations[name] = {"doc_count": len(subset), "values": {"buckets": buckets}}
    return {
        "hits": {"total": {"value": len(hits), "relation": "eq"}, "hits": []},
        "aggregations": aggregations,
    }


def common_values(facet_name, docs, n=2):
    field = FACETS_BY_NAME[facet_name].field
    counts = Counter()
    for doc in docs:
        value = doc.get(field)
        counts.update(value if isinstance(value, list) else [value] if value else [])
    return tuple(value for value, _ in counts.most_common(n))


@pytest.fixture
def demo_documents(demo):
    entries = SearchEntry.objects.prefetch_related("topics", "states")
    docs = [entry_to_document(entry) | {"id": entry.pk} for entry in entries]
    assert len(docs) > 20
    return docs


def offline_queries(docs):
    return [
        SearchQuery(),
        SearchQuery(selected={"topic": common_values("topic", docs, 1)}),
        SearchQuery(
            selected={
                "topic": common_values("topic", docs),
                "state": common_values("state", docs),
                "type": ("resource",),
            }
        ),
        SearchQuery(selected={"locale": common_values("locale", docs, 1)}, year_from=2009),
        SearchQuery(year_from=2008, year_to=2012),
        SearchQuery(year_to=2005),
        SearchQuery(
            selected={"stage": common_values("stage", docs, 3)}, year_from=2012, year_to=2013
        ),
    ]


@pytest.mark.demo
def test_filters_agree_with_the_database_engine(demo_documents):
    database = DatabaseEngine()
    for query in offline_queries(demo_documents):
        expected = database.search(query)
        results = results_from_response(query, simulate(body(query), demo_documents))
        assert results.total == expected.total, query
        assert results.facets == expected.facets, query
        assert results.year_bounds == expected.year_bounds, query


@pytest.mark.demo
def test_year_filter_is_the_database_year_q(demo_documents):
    for year_from, year_to in [(2008, 2012), (2011, None), (None, 2006), (2010, 2010)]:
        query = SearchQuery(year_from=year_from, year_to=year_to)
        year_filter = body(query)["post_filter"]
        matched = {doc["id"] for doc in demo_documents if evaluate(year_filter, doc)}
        expected = set(SearchEntry.objects.filter(year_q(query)).values_list("pk", flat=True))
        assert matched == expected, (year_from, year_to)
        assert matched  # the demo content has items in every one of these ranges


# Fallback and health, with a real refused connection --------------------------------------
@pytest.fixture
def unreachable_elasticsearch(settings):
    engines._elasticsearch.clear()
    settings.ELASTICSEARCH_URL = UNREACHABLE
    settings.ELASTICSEARCH_TIMEOUT = 2
    yield
    engines._elasticsearch.clear()


def test_search_falls_back_to_the_database(library, client, caplog, unreachable_elasticsearch):
    with caplog.at_level(logging.WARNING, logger="search"):
        response = client.get("/search/?q=Toledo")

    assert response.status_code == 200
    assert "Toledo" in response.content.decode()
    warnings = [r for r in caplog.records if r.name == "search" and r.levelno == logging.WARNING]
    assert warnings
    assert "Elasticsearch failed" in warnings[0].getMessage()

    json_results = client.get("/search/?q=Toledo&format=json").json()
    assert json_results["engine"] == "database (fallback)"
    assert json_results["total"] > 0

    suggestions = client.get("/search/suggest/?q=Tol").json()["suggestions"]
    assert any("Toledo" in suggestion["label"] for suggestion in suggestions)

    response = client.get("/search/health/")
    assert response.status_code == 503  # searches are answered, but a dependency is down
    health = response.json()
    assert health["engine"] == "database (fallback)"
    assert health["ok"] is False
    assert health["elasticsearch"]["engine"] == "elasticsearch"
    assert health["elasticsearch"]["ok"] is False
    assert health["elasticsearch"]["url"] == UNREACHABLE
    assert health["elasticsearch"]["index"]
    assert health["elasticsearch"]["error"]


def test_errors_propagate_from_the_engine_itself(db, settings):
    engine = ElasticsearchEngine(UNREACHABLE, "sameside-test")
    with pytest.raises(Exception, match="Connection"):
        engine.search(SearchQuery(text="Toledo"))
    with pytest.raises(Exception, match="Connection"):
        engine.suggest("Toledo")
    assert engine.suggest("T") == []  # too short to ask


def test_health_never_raises_and_hides_credentials():
    report = ElasticsearchEngine("http://user:secret@127.0.0.1:9", "library").health()
    assert report == {
        "engine": "elasticsearch",
        "ok": False,
        "url": "http://127.0.0.1:9",
        "index": "library",
        "error": report["error"],
    }
    assert "secret" not in json.dumps(report)
    assert ElasticsearchEngine("not a url", "library").health()["ok"] is False
    assert (
        public_url("https://elastic:pw@search.example:9243/es") == "https://search.example:9243/es"
    )
