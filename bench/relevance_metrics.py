"""The judged relevance set and its measures, without Django: read and check
``bench/relevance_queries.toml``, and score a ranking against its judgments.

A query's *targets* are its grade-3 pages or, where it has none, the pages of its highest
grade. success@k: a target is among the first k results. Reciprocal rank: 1 / the rank
of the first target (0 when none is returned). nDCG@k: graded gains ``2**grade - 1``
with the usual ``log2(rank + 1)`` discount, divided by the same sum over the ideal order
of the judged pages; unjudged results gain nothing.
"""

import math
import tomllib
from dataclasses import dataclass
from pathlib import Path

QUERIES_FILE = Path(__file__).resolve().parent / "relevance_queries.toml"
GRADES = (1, 2, 3)
KINDS = ("name", "topic", "question", "typo", "acronym", "phrase")
NDCG_DEPTH = 5


@dataclass(frozen=True)
class JudgedQuery:
    text: str
    kind: str
    why: str
    judgments: dict  # URL path -> grade (1 to 3)

    @property
    def targets(self):
        """The pages that count as the answer: grade 3, or the highest grade given."""
        best = max(self.judgments.values())
        return {url for url, grade in self.judgments.items() if grade == best}


class QueryFileError(ValueError):
    """The queries file breaks one of the rules of its header."""


def normalised(text):
    return " ".join(text.lower().split())


def load_queries(path=QUERIES_FILE):
    """The judged queries of ``path``, checked: raises QueryFileError naming every fault."""
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    faults = []
    queries = []
    seen = set()
    for number, item in enumerate(data.get("query", []), start=1):
        text = item.get("text", "")
        where = f"query {number} ({text!r})"
        if not isinstance(text, str) or not text.strip():
            faults.append(f"{where}: no text")
            continue
        if normalised(text) in seen:
            faults.append(f"{where}: the same text as an earlier query")
        seen.add(normalised(text))
        if item.get("kind") not in KINDS:
            faults.append(f"{where}: kind must be one of {', '.join(KINDS)}")
        if not str(item.get("why", "")).strip():
            faults.append(f"{where}: no `why`")
        judgments = item.get("judgments") or {}
        if not judgments:
            faults.append(f"{where}: no judgments")
        for url, grade in judgments.items():
            if not (url.startswith("/") and url.endswith("/")) or "://" in url:
                faults.append(f"{where}: {url!r} is not a URL path")
            if type(grade) is not int or grade not in GRADES:
                faults.append(f"{where}: {url} has grade {grade!r}, not 1, 2 or 3")
        unknown = set(item) - {"text", "kind", "why", "judgments"}
        if unknown:
            faults.append(f"{where}: unknown keys {sorted(unknown)}")
        queries.append(
            JudgedQuery(text, item.get("kind", ""), item.get("why", ""), dict(judgments))
        )
    if faults:
        raise QueryFileError("\n".join(faults))
    return queries


def judged_urls(queries):
    return {url for query in queries for url in query.judgments}


# Measures of one ranking --------------------------------------------------------------
def first_target_rank(ranked, query):
    """The 1-based rank of the first target in ``ranked`` (URL paths), or None."""
    for rank, url in enumerate(ranked, start=1):
        if url in query.targets:
            return rank
    return None


def success_at(k, ranked, query):
    rank = first_target_rank(ranked, query)
    return 1.0 if rank is not None and rank <= k else 0.0


def reciprocal_rank(ranked, query):
    rank = first_target_rank(ranked, query)
    return 1.0 / rank if rank else 0.0


def dcg(grades):
    return sum((2**grade - 1) / math.log2(rank + 1) for rank, grade in enumerate(grades, 1))


def ndcg_at(k, ranked, query):
    """nDCG@k of ``ranked`` against the query's graded judgments (1.0: the ideal order)."""
    gains = [query.judgments.get(url, 0) for url in ranked[:k]]
    ideal = dcg(sorted(query.judgments.values(), reverse=True)[:k])
    return dcg(gains) / ideal if ideal else 0.0


# The whole set --------------------------------------------------------------------------
@dataclass
class Outcome:
    query: JudgedQuery
    ranked: list  # the URL paths returned, best first
    total: int = 0  # the engine's count of matching entries
    notices: tuple = ()

    @property
    def rank(self):
        return first_target_rank(self.ranked, self.query)


def summary(outcomes):
    """success@1, success@3, MRR and nDCG@5, averaged over the queries."""
    count = len(outcomes)
    if not count:
        return {"queries": 0, "success@1": 0.0, "success@3": 0.0, "mrr": 0.0, "ndcg@5": 0.0}

    def mean(values):
        return sum(values) / count

    return {
        "queries": count,
        "success@1": mean(success_at(1, o.ranked, o.query) for o in outcomes),
        "success@3": mean(success_at(3, o.ranked, o.query) for o in outcomes),
        "mrr": mean(reciprocal_rank(o.ranked, o.query) for o in outcomes),
        "ndcg@5": mean(ndcg_at(NDCG_DEPTH, o.ranked, o.query) for o in outcomes),
    }


def by_kind(outcomes):
    """The same summary for each kind of query, in KINDS order."""
    return {
        kind: summary([o for o in outcomes if o.query.kind == kind])
        for kind in KINDS
        if any(o.query.kind == kind for o in outcomes)
    }


def failures(outcomes, k=1):
    """The outcomes whose first target is not in the top ``k``, worst first."""
    missed = [o for o in outcomes if not success_at(k, o.ranked, o.query)]
    return sorted(missed, key=lambda o: (-(o.rank or math.inf), o.query.text))
