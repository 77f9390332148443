"""The judged relevance set (bench/relevance_queries.toml), its measures
(bench/relevance_metrics.py), its benchmark (bench/relevance.py), and the issue's
relevance targets on the demo content."""

import json
import math

import pytest

from bench import relevance, relevance_metrics
from bench.relevance_metrics import (
    JudgedQuery,
    Outcome,
    QueryFileError,
    failures,
    load_queries,
    ndcg_at,
    reciprocal_rank,
    success_at,
    summary,
)
from search.engines import get_engine
from search.models import SearchEntry

# The targets are success@1 0.92, success@3 0.98 and MRR 0.95; they are NOT met
# yet (docs/performance.md, "Relevance"). Until they are, this guards what the relevance
# model reaches on both databases (0.77 / 0.95-0.96 / 0.85-0.87 when last raised) against
# regressions. Raise it as the ranking improves; it becomes the targets when they hold.
FLOOR = {"success@1": 0.75, "success@3": 0.93, "mrr": 0.84}


def judged(judgments, text="q"):
    return JudgedQuery(text=text, kind="topic", why="test", judgments=judgments)


# The file ------------------------------------------------------------------------------
def test_the_queries_file_is_valid():
    queries = load_queries()  # raises QueryFileError naming every fault
    assert len(queries) >= 60
    texts = [" ".join(q.text.lower().split()) for q in queries]
    assert len(set(texts)) == len(texts)
    for query in queries:
        assert query.judgments, query.text
        assert set(query.judgments.values()) <= {1, 2, 3}, query.text
        assert all(url.startswith("/") and url.endswith("/") for url in query.judgments)
        assert query.why.strip(), query.text
    # Every kind the issue asks for is there, and its own examples.
    assert {q.kind for q in queries} == set(relevance_metrics.KINDS)
    for example in (
        "peer review panel",
        "career ladder Baltimore",
        "PAR program",
        "ground rules",
        "peer asistance",
        "Toledo",
        "hard-to-staff",
    ):
        assert example in [q.text for q in queries]


def test_a_faulty_queries_file_is_refused_with_every_fault_named(tmp_path):
    path = tmp_path / "queries.toml"
    path.write_text(
        """
[[query]]
text = "Toledo"
kind = "name"
why = "x"
[query.judgments]
"/case-studies/toledo/" = 4

[[query]]
text = "  toledo "
kind = "nickname"
[query.judgments]
"https://example.org/" = 3

[[query]]
text = "nothing judged"
kind = "topic"
why = "x"
"""
    )
    with pytest.raises(QueryFileError) as raised:
        load_queries(path)
    message = str(raised.value)
    assert "grade 4, not 1, 2 or 3" in message
    assert "the same text as an earlier query" in message
    assert "kind must be one of" in message
    assert "no `why`" in message
    assert "'https://example.org/' is not a URL path" in message
    assert "query 3 ('nothing judged'): no judgments" in message


# The measures, on hand-made rankings ---------------------------------------------------
def test_a_perfect_ranking_scores_one_everywhere():
    query = judged({"/a/": 3, "/b/": 2, "/c/": 1})
    ranked = ["/a/", "/b/", "/c/", "/x/"]
    assert success_at(1, ranked, query) == 1.0
    assert reciprocal_rank(ranked, query) == 1.0
    assert ndcg_at(5, ranked, query) == pytest.approx(1.0)
    assert summary([Outcome(query, ranked)]) == {
        "queries": 1,
        "success@1": 1.0,
        "success@3": 1.0,
        "mrr": 1.0,
        "ndcg@5": pytest.approx(1.0),
    }


def test_reciprocal_rank_and_success_count_the_first_grade_three_page():
    query = judged({"/a/": 3, "/b/": 2})
    assert reciprocal_rank(["/b/", "/x/", "/a/"], query) == pytest.approx(1 / 3)
    assert success_at(1, ["/b/", "/x/", "/a/"], query) == 0.0
    assert success_at(3, ["/b/", "/x/", "/a/"], query) == 1.0
    assert reciprocal_rank(["/b/", "/x/"], query) == 0.0  # the answer is not returned
    assert reciprocal_rank([], query) == 0.0


def test_without_a_grade_three_page_the_highest_grade_is_the_answer():
    query = judged({"/a/": 2, "/b/": 2, "/c/": 1})
    assert query.targets == {"/a/", "/b/"}
    assert reciprocal_rank(["/c/", "/b/"], query) == 0.5


def test_ndcg_by_hand():
    query = judged({"/a/": 3, "/b/": 2, "/c/": 1})
    # Gains 2**g - 1: b (3) at rank 1, nothing at 2, a (7) at rank 3.
    dcg = 3 / math.log2(2) + 0 + 7 / math.log2(4)
    ideal = 7 / math.log2(2) + 3 / math.log2(3) + 1 / math.log2(4)
    assert ndcg_at(5, ["/b/", "/x/", "/a/"], query) == pytest.approx(dcg / ideal)
    assert dcg / ideal == pytest.approx(0.6920, abs=1e-4)
    # Only the first k count.
    assert ndcg_at(2, ["/x/", "/y/", "/a/"], query) == 0.0


def test_the_summary_averages_and_failures_put_the_worst_first():
    first = Outcome(judged({"/a/": 3}, "first"), ["/a/"])
    second = Outcome(judged({"/a/": 3}, "second"), ["/x/", "/a/"])
    missing = Outcome(judged({"/a/": 3}, "missing"), ["/x/"])
    scores = summary([first, second, missing])
    assert scores["success@1"] == pytest.approx(1 / 3)
    assert scores["success@3"] == pytest.approx(2 / 3)
    assert scores["mrr"] == pytest.approx((1 + 0.5 + 0) / 3)
    assert [o.query.text for o in failures([first, second, missing])] == ["missing", "second"]


# The benchmark -------------------------------------------------------------------------
@pytest.mark.django_db
def test_the_benchmark_says_the_demo_content_is_missing(capsys):
    assert relevance.main([]) == 1
    error = capsys.readouterr().err
    assert "judged pages are not in the search index" in error
    assert "load_demo_content" in error


@pytest.mark.django_db
def test_the_elasticsearch_option_needs_a_server(settings):
    settings.ELASTICSEARCH_URL = ""
    with pytest.raises(SystemExit) as raised:
        relevance.main(["--engine", "elasticsearch"])
    assert "needs ELASTICSEARCH_URL" in str(raised.value)


@pytest.mark.django_db
@pytest.mark.demo
def test_every_judged_url_is_a_live_findable_page_of_the_demo_content(client, demo):
    urls = sorted(relevance_metrics.judged_urls(load_queries()))
    indexed = set(SearchEntry.objects.filter(url__in=urls).values_list("url", flat=True))
    assert [url for url in urls if url not in indexed] == []
    not_shown = [url for url in urls if client.get(url).status_code != 200]
    assert not_shown == []


@pytest.mark.django_db
@pytest.mark.demo
def test_the_benchmark_scores_the_demo_content(capsys, demo):
    assert relevance.main(["--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["engine"] == "database"
    assert report["summary"]["queries"] == len(load_queries())
    assert 0 < report["summary"]["mrr"] <= 1
    assert {row["text"] for row in report["queries"]} >= {"Toledo", "peer asistance"}

    assert relevance.main([]) == 0
    text = capsys.readouterr().out
    assert "success@1" in text and "nDCG@5" in text and "engine: database" in text


@pytest.mark.django_db
@pytest.mark.demo
def test_relevance_holds_its_floor_on_the_demo_content(demo):
    """No regression below the floor (see ``FLOOR``). Held-out queries are judged the same way."""
    outcomes, _ = relevance.run(get_engine(), load_queries())
    scores = summary(outcomes)
    reached = {name: round(scores[name], 3) for name in FLOOR}
    missed = "; ".join(
        f"{o.query.text!r} rank {o.rank} (top {o.ranked[:2]})" for o in failures(outcomes)[:12]
    )
    assert all(scores[name] >= floor for name, floor in FLOOR.items()), (
        f"{reached}, floor {FLOOR}; not first: {missed}"
    )
