"""The Elasticsearch engine: the same contract as ``engines/database.py``, in one request.

Every ``SearchEntry`` is one Elasticsearch document (``_id`` = the entry's primary key).
One search is one request that returns the page of hits, the highlights, every facet's
counts, the year bounds and (when there is text) spelling suggestions:

* the text query is the ``query`` (``match_all`` without text): the relevance model of
  docs/search.md ("Relevance") in one ``bool``, see ``text_query``; the facet selections
  and the year range go in ``post_filter``, so hits honour every selection while
  aggregations see only the text; when every word finds too few hits, the flow of
  ``base.choose_match`` sends one more request for a correction and one for any word;
* each facet is a ``filter`` aggregation applying every *other* facet's selection and the
  year range, around a ``terms`` aggregation: disjunctive counts, as the database engine;
* ``year_bounds`` is a ``filter`` aggregation with every facet selection but not the year
  range, around min/max aggregations of the start and end years.

Writes go to an alias named ``index_name``; ``rebuild()`` fills a fresh, timestamped index
and swaps the alias to it in one atomic step, so searches never see a half-built index.

Withdrawn entries (tombstones in ``PendingPush``, written in the transaction that hid
them) are excluded by id in the ``query`` itself, so neither hits nor any aggregation
count them until their delete is confirmed. Spelling suggestions are offered only when
the corrected word matches an entry the visitor may see (``search.spelling``): the term
suggester reads every word the index ever held, deleted documents' words included.

Errors propagate from ``search()`` and ``suggest()``: ``FallbackEngine`` catches them and
answers from the database. ``health()`` never raises.
"""

import datetime
import math
import re
from dataclasses import replace
from functools import partial
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe
from elasticsearch import Elasticsearch, NotFoundError
from elasticsearch.dsl import (
    SF,
    Boolean,
    Date,
    Document,
    Index,
    Integer,
    Keyword,
    Object,
    Q,
    Search,
    SearchAsYouType,
    Text,
    analyzer,
    normalizer,
    token_filter,
)
from elasticsearch.helpers import bulk, scan

from .. import spelling, vocabulary
from ..dialects import TITLE_TIER_SHARE, TITLE_TIER_WORDS
from ..facets import FACETS, kind_label
from ..models import PendingPush
from ..results import EXACT_TOTAL_LIMIT, Hit, SearchResults, build_facet, highlight
from .base import (
    IndexBehind,
    SearchEngine,
    choose_match,
    match_notices,
    registered_suggestions,
    text_match,
)
from .database import SUGGEST_TITLES

ENGINE_NAME = "elasticsearch"
DEFAULT_TIMEOUT = 0.5  # seconds, when settings.ELASTICSEARCH_TIMEOUT is not set
WRITE_TIMEOUT = 60  # seconds: a rebuild's bulk requests carry whole document texts
PUSH_TIMEOUT = 10  # seconds: the task's pushes of a few changed entries
MAX_WITHDRAWN = 1000  # more tombstones than this: the index is too far behind to serve
SPELLING_OPTIONS = 3  # candidates per word, tried in order until one is visible
BATCH_SIZE = 500
FACET_SIZE = 200  # buckets per facet: far more than any facet has values (never the default 10)
FRAGMENT_SIZE = 200
MAX_HIGHLIGHT_OFFSET = 999_999  # highlight at most this much of a field instead of failing
TEXT_FIELDS = ("title^10", "names^10", "summary^5", "body^2", "document_text^1")
NAME_FIELDS = ("title", "names")  # weight A: the title tier and the title phrase
PHRASE_SLOP = 2  # words this close count as the phrase (the database: ts_rank_cd, NEAR)
TITLE_PHRASE_BOOST = 2.0  # the phrase in the title or names, over the phrase anywhere
# The text score is squashed into [0, 1) (score / (score + SCORE_SCALE)); the tiers are
# constant scores above it, each larger than all below together, as the database
# engine's ORDER BY: exact name, words matched (fallback), title tier, standing.
# In the fallback a word of a longer phrasing counts as a share of a typed word (an
# acronym's expansion); WORD_SCORE keeps an eighth of a word above the tiers below it.
# The scores are 32-bit floats: the largest (about 5 * 10**4) still resolves the
# squashed text score to about 0.004.
SCORE_SCALE = 10
WORD_SCORE = 120  # per typed word matched, in the fallback
TITLE_WORD_SCORE = 2 * WORD_SCORE  # and twice that again for each in the title or names
ALL_WORDS_SCORE = 12000  # in the fallback, every word: above 32 typed words counted so
EXACT_NAME_SCORE = 30000  # above all of those together
TITLE_TIER_SCORE = 10
STANDING_SCORES = {0: 2, 1: 1}  # by standing: library pages 2, other kinds 1, discussions 0
SNIPPET_FIELDS = ("summary", "body", "document_text")  # in the order a snippet is taken from
SOURCE_FIELDS = ("title", "url", "kind", "summary", "body", "published_at", "documents")
SUGGESTER = "spelling"

# Titles sort case- and accent-insensitively ("A to Z", not "Z before a").
sort_key = normalizer("sort_key", filter=["lowercase", "asciifolding"])

# The text fields are indexed with the "english" analyzer and searched with the same
# chain plus the editors' synonyms (``synonym_analysis``), so the list is applied at
# search time only: the documents need no reindexing for it, but the index settings
# hold it, and a changed list reaches Elasticsearch with the next rebuild.
SEARCH_ANALYZER = "english_synonyms"
SYNONYM_FILTER = "field_synonyms"


# Mapping --------------------------------------------------------------------------------
class EntryDocument(Document):
    """Fields every kind of entry has (library items now, forum threads later).

    A forum thread would be indexed as ``kind="discussion"`` with these fields (and
    ``rank_boost`` for an accepted answer); it needs nothing from ``LibraryItemDocument``,
    whose fields it simply leaves out. All document classes share one index: add the new
    class to ``DOCUMENT_CLASSES`` and its fields join the mapping.
    """

    kind = Keyword()
    url = Keyword()
    title = Text(
        analyzer="english",
        search_analyzer=SEARCH_ANALYZER,
        copy_to=SUGGESTER,
        fields={"raw": Keyword(normalizer=sort_key)},
    )
    title_suggest = SearchAsYouType()  # the title again, for autocomplete
    # What the item is known by, searched as the title; ``exact`` for the exact-name tier.
    names = Text(
        analyzer="english",
        search_analyzer=SEARCH_ANALYZER,
        fields={"exact": Keyword(normalizer=sort_key)},
    )
    standing = Integer()  # library pages 0, discussions 2: the order for the same match
    summary = Text(analyzer="english", search_analyzer=SEARCH_ANALYZER)
    body = Text(
        analyzer="english",
        search_analyzer=SEARCH_ANALYZER,
        copy_to=SUGGESTER,
        index_options="offsets",
    )
    # Unstemmed words of titles and bodies: the vocabulary of "did you mean".
    spelling = Text(analyzer="standard")
    topics = Keyword()  # topic slugs
    published_at = Date()
    rank_boost = Integer()  # >= 0: breaks ties after the score (accepted answers)


class LibraryItemDocument(EntryDocument):
    """A case study or a resource."""

    document_text = Text(
        analyzer="english", search_analyzer=SEARCH_ANALYZER, index_options="offsets"
    )
    documents = Object(enabled=False)  # [{id, title}]: returned with hits, never searched
    resource_type = Keyword()
    locale = Keyword()
    size_band = Keyword()
    stage = Keyword()
    status = Keyword()
    states = Keyword()  # state codes
    student_outcomes_reported = Boolean()
    start_year = Integer()
    end_year = Integer()


DOCUMENT_CLASSES = (LibraryItemDocument,)


def synonym_analysis(rules):
    """The search analyzer: Elasticsearch's "english" analyzer rebuilt, with the synonym
    rules (``search.vocabulary.synonym_rules``) as a ``synonym_graph`` filter after
    lower-casing and before stop words and stemming, so multi-word terms ("peer
    assistance and review") match as phrases and are stemmed like the indexed text.
    ``lenient``: a rule Elasticsearch cannot parse is skipped rather than failing the
    index. Without rules, the same chain without the filter."""
    chain = [
        token_filter("english_possessive_stemmer", "stemmer", language="possessive_english"),
        "lowercase",
    ]
    if rules:
        chain.append(
            token_filter(SYNONYM_FILTER, "synonym_graph", synonyms=list(rules), lenient=True)
        )
    chain += [
        token_filter("english_stop", "stop", stopwords="_english_"),
        token_filter("english_stemmer", "stemmer", language="english"),
    ]
    return analyzer(SEARCH_ANALYZER, tokenizer="standard", filter=chain)


def index_definition(name, synonym_rules=None):
    """The settings and mapping of one concrete index. ``synonym_rules`` default to the
    editors' list now."""
    if synonym_rules is None:
        synonym_rules = vocabulary.synonym_rules()
    index = Index(name)
    # One shard: a library of thousands of items fits easily, and relevance scores are
    # then computed over the whole library rather than per shard. One replica when
    # the cluster has a second node.
    index.settings(number_of_shards=1, auto_expand_replicas="0-1")
    index.analyzer(synonym_analysis(synonym_rules))
    for document_class in DOCUMENT_CLASSES:
        index.mapping(document_class._doc_type.mapping)
    return index


def entry_to_document(entry):
    """The Elasticsearch document for a ``SearchEntry`` (topics and states may be prefetched)."""

    def keyword(value):
        return value or None  # blank values are left out, like NULL in the database

    return {
        "kind": entry.kind,
        "url": entry.url,
        "title": entry.title,
        "title_suggest": entry.title,
        "names": [name for name in (entry.names or "").split("\n") if name],
        "standing": entry.standing,
        "summary": entry.summary,
        "body": entry.body,
        "document_text": entry.document_text,
        "documents": [{"id": d["id"], "title": d.get("title", "")} for d in entry.documents or []],
        "resource_type": keyword(entry.resource_type),
        "locale": keyword(entry.locale),
        "size_band": keyword(entry.size_band),
        "stage": keyword(entry.stage),
        "status": keyword(entry.status),
        "student_outcomes_reported": entry.student_outcomes_reported,
        "topics": sorted(topic.slug for topic in entry.topics.all()),
        "states": sorted(state.code for state in entry.states.all()),
        "start_year": entry.start_year,
        "end_year": entry.end_year,
        "published_at": entry.published_at.isoformat() if entry.published_at else None,
        "rank_boost": max(0, entry.rank_boost or 0),
    }


# Queries --------------------------------------------------------------------------------
def facet_filter(facet, values):
    return Q("terms", **{facet.field: list(values)})


def year_filter(query):
    """Overlap with the year range, exactly as ``database.year_q``.

    An item with a start year and no end year is still running; an item with neither
    year is left out whenever a bound is set.
    """
    has_start = Q("exists", field="start_year")
    has_end = Q("exists", field="end_year")
    clauses = [Q("bool", should=[has_start, has_end], minimum_should_match=1)]
    if query.year_to:
        clauses.append(
            Q(
                "bool",
                should=[
                    Q("range", start_year={"lte": query.year_to}),
                    Q(
                        "bool",
                        must_not=[has_start],
                        filter=[Q("range", end_year={"lte": query.year_to})],
                    ),
                ],
                minimum_should_match=1,
            )
        )
    if query.year_from:
        clauses.append(
            Q(
                "bool",
                should=[
                    Q("range", end_year={"gte": query.year_from}),
                    Q("bool", must_not=[has_end], filter=[has_start]),
                ],
                minimum_should_match=1,
            )
        )
    return Q("bool", filter=clauses)


def selection_filters(query, exclude=None):
    """Filters for every facet selection (and the year range) except ``exclude``."""
    filters = [
        facet_filter(facet, query.selected[facet.name])
        for facet in FACETS
        if query.selected.get(facet.name) and facet.name != exclude
    ]
    if exclude != "year" and (query.year_from or query.year_to):
        filters.append(year_filter(query))
    return filters


def all_of(filters):
    return Q("bool", filter=filters) if filters else Q("match_all")


def words_query(words, operator, fields=TEXT_FIELDS):
    """The words across the weighted fields (``cross_fields``: each word may be in any
    field, as in the database's one vector), every word (``and``) or any (``or``)."""
    return Q(
        "multi_match",
        query=" ".join(words),
        fields=list(fields),
        type="cross_fields",
        operator=operator,
    )


def variant_need(need, variant, typed):
    """Words of ``variant`` needed for ``need`` typed words (its share, scaled)."""
    return math.ceil(need * len(variant) / typed - 1e-9)


def coverage_query(match, fields, score):
    """``score`` per word of a phrasing found in ``fields``, scaled to the words typed
    (an acronym's three-word expansion counts as the one word typed); the best phrasing's
    sum, as ``search.dialects.coverage``."""
    typed = len(match.variants[0])
    per_variant = [
        Q(
            "bool",
            should=[
                Q(
                    "constant_score",
                    filter=words_query([word], "or", fields),
                    boost=score * typed / len(variant),
                )
                for word in variant
            ],
        )
        for variant in match.variants
    ]
    if len(per_variant) == 1:
        return per_variant[0]
    return Q("dis_max", queries=per_variant)


def text_query(match):
    """The relevance model of docs/search.md for a ``TextMatch``, as the database
    engine's ORDER BY: one ``bool`` whose ``must`` is the text score (the words, plus
    ``match_phrase`` within ``PHRASE_SLOP`` words, more in the title or names), squashed
    into [0, 1), and whose ``should`` clauses are constant tiers above it.

    Stop words are already gone from ``match`` (``search.terms``); the phrases keep them,
    as the slop allows for them."""
    if match.any_word:
        words = words_query(match.words, "or")
    else:
        words = Q(
            "bool",
            should=[words_query(variant, "and") for variant in match.variants],
            minimum_should_match=1,
        )
    # The typed phrasing as typed ("interest-based"): the analyzer splits it as it
    # splits the documents (a match query, never query syntax).
    phrases = [
        " ".join(match.text.split()) if number == 0 else " ".join(phrase)
        for number, phrase in enumerate(match.phrases)
        if len(phrase) > 1
    ]
    scored = Q(
        "bool",
        must=[words],
        should=[
            *(
                Q(
                    "multi_match",
                    query=phrase,
                    fields=list(TEXT_FIELDS),
                    type="phrase",
                    slop=PHRASE_SLOP,
                )
                for phrase in phrases
            ),
            *(
                Q(
                    "multi_match",
                    query=phrase,
                    fields=list(NAME_FIELDS),
                    type="phrase",
                    boost=TITLE_PHRASE_BOOST,
                )
                for phrase in phrases
            ),
        ],
    )
    squashed = Q(
        "function_score",
        query=scored,
        functions=[
            SF(
                "script_score",
                script={
                    "source": "_score / (_score + params.scale)",
                    "params": {"scale": SCORE_SCALE},
                },
            )
        ],
        boost_mode="replace",
    )
    tiers = [
        Q(
            "constant_score",
            filter=Q("terms", **{"names.exact": list(match.keys)}),
            boost=EXACT_NAME_SCORE,
        )
    ]
    if match.any_word:
        # As the database: the few pages with every word first; then the words in the
        # title or names count twice, each phrasing's words scaled to the words typed,
        # the best phrasing counting (dis_max).
        tiers += [
            Q(
                "constant_score",
                filter=Q(
                    "bool",
                    should=[words_query(variant, "and") for variant in match.variants],
                    minimum_should_match=1,
                ),
                boost=ALL_WORDS_SCORE,
            ),
            coverage_query(match, NAME_FIELDS, TITLE_WORD_SCORE),
            coverage_query(match, TEXT_FIELDS, WORD_SCORE),
        ]
    typed = len(match.variants[0])
    if typed >= TITLE_TIER_WORDS:
        need = max(TITLE_TIER_WORDS, math.ceil(TITLE_TIER_SHARE * typed))
        tiers.append(
            Q(
                "constant_score",
                filter=Q(
                    "bool",
                    should=[
                        Q(
                            "bool",
                            should=[words_query([word], "or", NAME_FIELDS) for word in variant],
                            minimum_should_match=variant_need(need, variant, typed),
                        )
                        for variant in match.variants
                    ],
                    minimum_should_match=1,
                ),
                boost=TITLE_TIER_SCORE,
            )
        )
    tiers += [
        Q("constant_score", filter=Q("term", standing=standing), boost=score)
        for standing, score in STANDING_SCORES.items()
    ]
    return Q("bool", must=[squashed], should=tiers)


def sort_keys(query):
    if query.text and query.sort == "relevance":
        # An accepted answer breaks ties after the score, never multiplies it.
        return [
            "_score",
            {"rank_boost": {"order": "desc"}},
            {"published_at": {"order": "desc", "missing": "_last"}},
        ]
    if query.sort == "title":
        return [{"title.raw": {"order": "asc"}}]
    # "newest", and "relevance" without text (the database engine does the same).
    return [
        {"published_at": {"order": "desc", "missing": "_last"}},
        {"title.raw": {"order": "asc"}},
    ]


def without(query, exclude_ids):
    """``query`` minus the withdrawn entries (hits and every aggregation)."""
    if not exclude_ids:
        return query
    return Q("bool", must=[query], must_not=[Q("ids", values=[str(pk) for pk in exclude_ids])])


def build_search(query, index=None, exclude_ids=(), match=None):
    """The one request for a ``SearchQuery``: hits, highlights, facets, years, spelling.

    ``match`` is the ``TextMatch`` searched (by default every typed word: the first step
    of ``base.choose_match``)."""
    match = match if match is not None else text_match(query.text)
    search = Search(index=index)
    text = text_query(match) if match.variants else Q("match_all")
    search = search.query(without(text, exclude_ids))
    post_filters = selection_filters(query)
    if post_filters:
        search = search.post_filter(all_of(post_filters))
    for facet in FACETS:
        search.aggs.bucket(
            f"facet_{facet.name}", "filter", filter=all_of(selection_filters(query, facet.name))
        ).bucket("values", "terms", field=facet.field, size=FACET_SIZE)
    years = search.aggs.bucket(
        "year_bounds", "filter", filter=all_of(selection_filters(query, "year"))
    )
    years.metric("min_start", "min", field="start_year")
    years.metric("max_start", "max", field="start_year")
    years.metric("min_end", "min", field="end_year")
    years.metric("max_end", "max", field="end_year")
    if match.variants:
        # The whole title is highlighted only to tell whether the title matched.
        search = search.highlight("title", number_of_fragments=0)
        search = search.highlight(
            *SNIPPET_FIELDS, fragment_size=FRAGMENT_SIZE, number_of_fragments=1
        )
        search = search.highlight_options(
            pre_tags=["<mark>"], post_tags=["</mark>"], max_analyzed_offset=MAX_HIGHLIGHT_OFFSET
        )
        search = search.suggest(
            SUGGESTER,
            query.text,
            term={
                "field": SUGGESTER,
                "suggest_mode": "missing",
                "size": SPELLING_OPTIONS,
                "sort": "score",
            },
        )
    search = search.sort(*sort_keys(query if match.variants else replace(query, text="")))
    search = search.source(list(SOURCE_FIELDS))
    start = (query.page - 1) * query.per_page
    # Exact up to EXACT_TOTAL_LIMIT hits, a lower bound beyond ("relation": "gte"), as
    # the database engine counts; the aggregations stay exact.
    return search[start : start + query.per_page].extra(track_total_hits=EXACT_TOTAL_LIMIT)


# Responses ------------------------------------------------------------------------------
def safe_fragment(fragment):
    """Escape a highlight fragment completely, then restore only the <mark> tags.

    Elasticsearch returns the stored text with tags around matches, not HTML; whatever
    the text held (a <script>, an &amp;) is escaped here.
    """
    html = escape(" ".join(fragment.split()))
    html = html.replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>")
    return mark_safe(html)  # noqa: S308 - escaped text plus <mark> and </mark> only


def make_hit(raw, terms):
    source = raw.get("_source", {})
    highlights = {
        field: fragments for field, fragments in raw.get("highlight", {}).items() if fragments
    }
    snippet = None
    for field in SNIPPET_FIELDS:
        if field in highlights:
            snippet = safe_fragment(highlights[field][0])
            break
    if snippet is None:
        snippet = highlight(source.get("summary") or source.get("body") or "", terms)
    matched_in = ""
    documents = source.get("documents") or []
    if set(highlights) == {"document_text"} and documents:
        matched_in = documents[0].get("title", "")
    kind = source.get("kind", "")
    return Hit(
        title=source.get("title", ""),
        url=source.get("url", ""),
        kind=kind,
        kind_label=kind_label(kind),
        snippet=snippet,
        matched_in=matched_in,
        published_at=(source.get("published_at") or "")[:10],
        extra={"id": raw.get("_id")},
    )


def spelling_suggestion(response, visible=None, keep=None):
    """The query with every unknown word replaced by its best suggestion, or "".

    ``visible(word)`` confirms a suggestion (the first option that passes is taken): the
    suggester's vocabulary includes words of deleted and withdrawn documents. A word
    for which ``keep(word)`` is true stays as typed (an acronym, a synonym term:
    ``search.vocabulary.is_protected``)."""
    corrected, changed = [], False
    for entry in response.get("suggest", {}).get(SUGGESTER, []):
        if keep is not None and keep(entry["text"]):
            corrected.append(entry["text"])
            continue
        options = [option["text"] for option in entry.get("options") or []]
        if visible is not None:
            options = [word for word in options if visible(word)]
        if options:
            corrected.append(options[0])
            changed = True
        else:
            corrected.append(entry["text"])
    return " ".join(corrected) if changed else ""


def total_hits(response):
    total = response["hits"]["total"]
    return total["value"] if isinstance(total, dict) else int(total)


def total_is_lower_bound(response):
    """Whether the total counts only up to ``track_total_hits`` (more hits match)."""
    total = response["hits"]["total"]
    return isinstance(total, dict) and total.get("relation") == "gte"


def year_bounds(aggregations):
    bounds = aggregations.get("year_bounds", {})

    def value(name):
        number = (bounds.get(name) or {}).get("value")
        return int(number) if number is not None else None

    lows = [y for y in (value("min_start"), value("min_end")) if y is not None]
    highs = [y for y in (value("max_start"), value("max_end")) if y is not None]
    return (min(lows), max(highs)) if lows and highs else (None, None)


def facet_results(query, aggregations, choices=None):
    facets = []
    for facet in FACETS:
        buckets = aggregations.get(f"facet_{facet.name}", {}).get("values", {}).get("buckets", [])
        counts = {str(bucket["key"]): bucket["doc_count"] for bucket in buckets}
        labels = choices[facet.name] if choices is not None else None
        facets.append(build_facet(facet, counts, query.selected.get(facet.name, ()), labels))
    return facets


def results_from_response(query, response, choices=None, visible=None, keep=None, match=None):
    """``SearchResults`` from the raw JSON of the request ``build_search`` made.

    ``response`` may be for a clamped page (see ``ElasticsearchEngine.search``): the page
    number is clamped here the same way and the database engine's notice is added.
    ``choices`` (facet name -> {value: label}) defaults to each facet's choices;
    ``visible`` confirms spelling suggestions and ``keep`` leaves words as typed (see
    ``spelling_suggestion``); ``match`` is the ``TextMatch`` searched (by default every
    typed word).
    """
    match = match if match is not None else text_match(query.text)
    total = total_hits(response)
    num_pages = max(1, math.ceil(total / query.per_page))
    page = min(query.page, num_pages)
    terms = match.words
    aggregations = response.get("aggregations", {})
    notices = [*query.notices, *match_notices(match)]
    if page != query.page:
        notices.append(f"There are only {num_pages} pages of results; showing the last one.")
    return SearchResults(
        query=query,
        hits=[make_hit(raw, terms) for raw in response["hits"]["hits"]],
        facets=facet_results(query, aggregations, choices),
        total=total,
        page=page,
        per_page=query.per_page,
        engine=ENGINE_NAME,
        year_bounds=year_bounds(aggregations),
        suggestion=spelling_suggestion(response, visible, keep) if not total and query.text else "",
        notices=notices,
        corrected_from=match.corrected_from,
        corrected=match.text if match.corrected_from else "",
        some_words=match.any_word,
        total_is_lower_bound=total_is_lower_bound(response),
    )


def public_url(url):
    """The URL without user name or password, for health reports and logs."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if ":" in host:
            host = f"[{host}]"
        netloc = f"{host}:{parts.port}" if parts.port else host
        return urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    except ValueError:
        return "(invalid URL)"


# The engine -----------------------------------------------------------------------------
class ElasticsearchEngine(SearchEngine):
    name = ENGINE_NAME
    label = "Elasticsearch"
    uses_backlog = True  # written only by search.backlog's push, never in a request

    def __init__(self, url, index_name):
        self.url = url
        self.index_name = index_name  # the alias searches and writes go through
        self._client = None
        self._index_ready = False

    @property
    def client(self):
        if self._client is None:
            self._client = Elasticsearch(
                self.url,
                request_timeout=getattr(settings, "ELASTICSEARCH_TIMEOUT", DEFAULT_TIMEOUT),
                retry_on_timeout=False,
                max_retries=0,
            )
        return self._client

    def writer(self, timeout=WRITE_TIMEOUT):
        return self.client.options(request_timeout=timeout)

    # Search -----------------------------------------------------------------------------
    def withdrawn(self):
        """The tombstoned entry ids; ``IndexBehind`` when there are too many to send."""
        ids = list(
            PendingPush.objects.filter(withdrawn=True)
            .order_by("entry_id")
            .values_list("entry_id", flat=True)[: MAX_WITHDRAWN + 1]
        )
        if len(ids) > MAX_WITHDRAWN:
            raise IndexBehind(f"more than {MAX_WITHDRAWN} withdrawals wait for Elasticsearch")
        return ids

    def send(self, body):
        """One search request; the raw JSON response."""
        return self.client.search(index=self.index_name, body=body).body

    def execute(self, query, exclude_ids=(), match=None):
        return self.send(build_search(query, exclude_ids=exclude_ids, match=match).to_dict())

    def search(self, query):
        exclude_ids = self.withdrawn()
        responses = {}

        def total_of(match):
            responses[match] = self.execute(query, exclude_ids, match)
            return total_hits(responses[match])

        # Each step of the flow is one request (hits and counts together).
        match, total = choose_match(query, total_of)
        response = responses[match]
        num_pages = max(1, math.ceil(total / query.per_page))
        if query.page > num_pages:
            # Past the end: fetch the last page once (results_from_response adds the notice).
            response = self.execute(query.with_page(num_pages), exclude_ids, match)
        return results_from_response(
            query,
            response,
            visible=spelling.is_visible,
            keep=partial(vocabulary.is_protected, text=query.text),
            match=match,
        )

    def suggest(self, prefix, limit=8):
        prefix = " ".join(prefix.split())[:60]
        if len(prefix) < 2:
            return []
        search = (
            Search()
            .query(
                without(
                    Q(
                        "multi_match",
                        query=prefix,
                        type="bool_prefix",
                        operator="and",
                        fields=["title_suggest", "title_suggest._2gram", "title_suggest._3gram"],
                    ),
                    self.withdrawn(),
                )
            )
            .source(["title", "url", "kind"])
        )[:SUGGEST_TITLES]
        response = self.send(search.to_dict())
        titles = [
            {
                "label": hit["_source"]["title"],
                "url": hit["_source"]["url"],
                "kind": hit["_source"]["kind"],
            }
            for hit in response["hits"]["hits"]
        ]
        return (registered_suggestions(prefix) + titles)[:limit]

    def describe(self):
        return {"url": public_url(self.url), "index": self.index_name}

    def health(self):
        report = {"engine": self.name, "ok": False, **self.describe()}
        try:
            if not self.client.ping():
                report["error"] = "Elasticsearch did not answer."
                return report
            cluster = self.client.cluster.health()
            report["status"] = cluster.get("status")
            if report["status"] == "red":
                report["error"] = "The cluster status is red."
            elif not self.client.indices.exists(index=self.index_name):
                report["error"] = "The index does not exist: run manage.py search_index rebuild."
            else:
                report["ok"] = True
        except Exception as error:  # noqa: BLE001 - a health check reports, never raises
            report["error"] = f"{type(error).__name__}: {error}"
        return report

    # Indexing ---------------------------------------------------------------------------
    def new_index_name(self):
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H%M%S%f")
        return f"{self.index_name}-{stamp}"

    def create_index(self, name):
        self.writer().indices.create(index=name, body=index_definition(name).to_dict())

    def ensure_index(self):
        """Create an empty index behind the alias unless the alias (or an index) exists."""
        if self._index_ready:
            return self.index_name
        if not self.client.indices.exists(index=self.index_name):
            name = self.new_index_name()
            self.create_index(name)
            self.writer().indices.put_alias(index=name, name=self.index_name)
        self._index_ready = True
        return self.index_name

    def actions(self, entries, index):
        for entry in entries:
            yield {"_index": index, "_id": str(entry.pk), "_source": entry_to_document(entry)}

    def index_entries(self, entries, refresh=None):
        """Add or replace the documents for these entries. ``refresh="wait_for"`` returns
        only once searches see them."""
        if not entries:
            return 0
        index = self.ensure_index()
        count, _ = bulk(
            self.writer(PUSH_TIMEOUT),
            self.actions(entries, index),
            chunk_size=BATCH_SIZE,
            refresh=refresh,
        )
        return count

    def delete_entries(self, ids, refresh=None):
        """Remove the documents for these entry ids (missing ones are fine)."""
        if not ids:
            return 0
        if not self.client.indices.exists(index=self.index_name):
            return 0
        actions = ({"_op_type": "delete", "_index": self.index_name, "_id": str(pk)} for pk in ids)
        count, _ = bulk(
            self.writer(PUSH_TIMEOUT),
            actions,
            chunk_size=BATCH_SIZE,
            ignore_status=(404,),
            refresh=refresh,
        )
        return count

    def indexed_ids(self):
        """Every entry id in the index (ids only, scrolled)."""
        return {
            int(hit["_id"])
            for hit in scan(self.writer(), index=self.index_name, query={"_source": False})
        }

    def rebuild(self, queryset, progress=None):
        """Index ``queryset`` into a new index, then point the alias at it atomically.

        Searches keep using the old index until the swap; if anything fails the new index
        is deleted and the alias is untouched. Returns the number of documents indexed.
        """
        client = self.writer()
        new = self.new_index_name()
        self.create_index(new)
        try:
            total = queryset.count()
            entries = queryset.order_by("pk").prefetch_related("topics", "states")
            done, last_pk = 0, None
            while True:
                batch = entries if last_pk is None else entries.filter(pk__gt=last_pk)
                batch = list(batch[:BATCH_SIZE])
                if not batch:
                    break
                bulk(client, self.actions(batch, new), chunk_size=BATCH_SIZE)
                done += len(batch)
                last_pk = batch[-1].pk
                if progress:
                    progress(done, max(total, done))
            client.indices.refresh(index=new)
            self.swap_alias(new)
        except BaseException:
            try:
                client.indices.delete(index=new, ignore_unavailable=True)
            except Exception:  # noqa: BLE001, S110 - the original error is the one to report
                pass
            raise
        self._index_ready = True
        return done

    def swap_alias(self, new):
        client = self.writer()
        try:
            current = list(client.indices.get_alias(name=self.index_name).body)
            actions = [{"remove": {"index": old, "alias": self.index_name}} for old in current]
        except NotFoundError:
            current, actions = [], []
            if client.indices.exists(index=self.index_name):
                # A concrete index holds the alias's name (made by hand or by an old
                # version): remove it in the same atomic step.
                actions = [{"remove_index": {"index": self.index_name}}]
        actions.append({"add": {"index": new, "alias": self.index_name}})
        client.indices.update_aliases(actions=actions)
        # Drop the replaced indexes and any older ones left by rebuilds that died half-way
        # (not newer ones: a rebuild started after this one may still be filling its index).
        pattern = re.compile(rf"^{re.escape(self.index_name)}-\d{{20}}$")
        existing = client.indices.get(index=f"{self.index_name}-*", expand_wildcards="open,closed")
        stale = [name for name in existing.body if pattern.match(name) and name < new]
        for name in sorted(set(stale) | (set(current) - {new})):
            client.indices.delete(index=name, ignore_unavailable=True)
