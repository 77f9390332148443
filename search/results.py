"""What every engine returns: hits, facets with counts, the total and pagination."""

import math
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import terms as words_of

SNIPPET_LENGTH = 240
# Elasticsearch's own default rule (``track_total_hits``), taken by both engines: a
# total is counted exactly up to this many hits; beyond, the total is a lower bound.
EXACT_TOTAL_LIMIT = 10_000
# The version of ``SearchResults.as_json`` (docs/api.md, "Versioning"): fields may be
# added within a version; renaming, removing or changing the meaning of one makes a new.
JSON_VERSION = 1


def exact_total_limit():
    """How many hits are counted exactly (setting ``SEARCH_EXACT_TOTAL_LIMIT``)."""
    return getattr(settings, "SEARCH_EXACT_TOTAL_LIMIT", EXACT_TOTAL_LIMIT)


def estimate(count, factor):
    """``count`` scaled by ``factor``, to two significant figures: an estimate looks like one."""
    scaled = count * factor
    if scaled < 100:
        return max(1, round(scaled)) if count else 0
    digits = len(str(int(scaled))) - 2
    return int(round(scaled, -digits))


@dataclass
class Hit:
    title: str
    url: str
    kind: str  # ContentKind value
    kind_label: str
    snippet: str  # safe HTML: escaped text with <mark> around matched terms
    matched_in: str = ""  # the document title when only a document's text matched
    published_at: str = ""
    extra: dict = field(default_factory=dict)

    def as_json(self):
        return {
            "title": self.title,
            "url": self.url,
            "type": self.kind,
            "type_label": self.kind_label,
            "snippet": str(self.snippet),
            "matched_in": self.matched_in,
            "published_at": self.published_at,
        }


@dataclass
class Pick:
    """An editors' pick (``search.promotions``): a page or an external link, shown first."""

    title: str
    url: str
    description: str = ""
    kind_label: str = ""  # the page's content type, when search knows it
    external: bool = False

    def as_json(self):
        return {
            "title": self.title,
            "url": self.url,
            "description": self.description,
            "type_label": self.kind_label,
            "external": self.external,
        }


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetResult:
    name: str
    label: str
    options: list

    @property
    def selected_options(self):
        return [option for option in self.options if option.selected]


def build_facet(facet, counts, selected, labels=None):
    """A facet's options in display order: values with matches, plus any selected value."""
    labels = labels if labels is not None else facet.choices()
    return FacetResult(
        facet.name,
        facet.label,
        [
            FacetOption(value, label, counts.get(value, 0), value in selected)
            for value, label in labels.items()
            if counts.get(value, 0) > 0 or value in selected
        ],
    )


@dataclass
class SearchResults:
    query: object  # SearchQuery
    hits: list
    facets: list  # FacetResult, in FACETS order
    total: int
    page: int
    per_page: int
    engine: str
    year_bounds: tuple = (None, None)  # smallest and largest year among the matches
    suggestion: str = ""  # "did you mean" text, when nothing matched
    notices: list = field(default_factory=list)
    promoted: list = field(default_factory=list)  # Pick: editors' picks, page 1 only
    corrected_from: str = ""  # the typed text, when a correction of it was searched
    corrected: str = ""  # the corrected text that was searched instead
    some_words: bool = False  # no (or too few) pages had every word: any word matched
    # More than ``total`` hits match: counted exactly only up to EXACT_TOTAL_LIMIT.
    total_is_lower_bound: bool = False
    # The facet counts were counted over a sample of the hits and scaled: estimates.
    facet_counts_estimated: bool = False

    @property
    def total_label(self):
        """The total as the page shows it: "10,000+" when it is a lower bound."""
        return f"{self.total:,}+" if self.total_is_lower_bound else str(self.total)

    @property
    def num_pages(self):
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.num_pages

    def as_json(self):
        return {
            "version": JSON_VERSION,
            "query": self.query.text,
            "total": self.total,
            "page": self.page,
            "num_pages": self.num_pages,
            "per_page": self.per_page,
            "sort": self.query.sort,
            "engine": self.engine,
            "hits": [hit.as_json() for hit in self.hits],
            "facets": {
                facet.name: {
                    "label": facet.label,
                    "options": [
                        {
                            "value": o.value,
                            "label": o.label,
                            "count": o.count,
                            "selected": o.selected,
                        }
                        for o in facet.options
                    ],
                }
                for facet in self.facets
            },
            "year": {"min": self.year_bounds[0], "max": self.year_bounds[1]},
            "suggestion": self.suggestion,
            "notices": list(self.notices),
            "promoted": [pick.as_json() for pick in self.promoted],
            "corrected_from": self.corrected_from,
            "corrected": self.corrected,
            "some_words": self.some_words,
            "total_is_lower_bound": self.total_is_lower_bound,
            "facet_counts_estimated": self.facet_counts_estimated,
        }


def query_terms(text):
    """The searched words of a query: lower-cased, without search syntax or stop words."""
    return [term for term in words_of.searchable(words_of.words(text)) if len(term) > 1]


def matcher(terms):
    """A function telling whether a word of a text is one of ``terms`` (by stem, so
    "evaluations" is "evaluation"; stop words never are)."""
    stems = {words_of.stem(term) for term in terms if not words_of.is_stop_word(term)}

    def matches(word):
        return not words_of.is_stop_word(word) and words_of.stem(word) in stems

    return matches


# A whole word of escaped text, never part of an entity (&amp; &#x27;).
ESCAPED_WORD = re.compile(r"(?<![&#\w])[^\W_]+")


def highlight(text, terms, length=SNIPPET_LENGTH):
    """An escaped excerpt of ``text`` around the first matched word, whole matched words
    wrapped in <mark>."""
    text = " ".join((text or "").split())
    if not text:
        return mark_safe("")  # noqa: S308 - empty string
    matches = matcher(terms)
    start = 0
    if terms:
        first = next((m for m in words_of.WORD.finditer(text) if matches(m.group())), None)
        if first:
            start = max(0, first.start() - length // 3)
    excerpt = text[start : start + length]
    if start > 0:
        excerpt = "…" + excerpt.split(" ", 1)[-1]
    if start + length < len(text):
        excerpt = excerpt.rsplit(" ", 1)[0] + "…"
    html = escape(excerpt)
    if terms:
        html = ESCAPED_WORD.sub(
            lambda m: f"<mark>{m.group()}</mark>" if matches(m.group()) else m.group(), html
        )
    return mark_safe(html)  # noqa: S308 - built from escaped text only


def contains_terms(text, terms):
    """Whether ``text`` has every one of ``terms`` (by stem)."""
    if not terms:
        return False
    present = {words_of.stem(word) for word in words_of.words(text)}
    return all(words_of.stem(term) in present for term in terms)
