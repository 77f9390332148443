"""One contract for every engine: same content, same queries, same hits and counts.

Facet counts are checked against a brute-force count over the index rows. The contract
is checked over the demo library as shipped (which items rank first, which words only a
document holds), so these tests are marked ``demo``.
"""

import pytest

from search.facets import FACETS, MANY_VALUE_FIELD
from search.models import SearchEntry

from .conftest import make_query

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def entry_values(entry, facet):
    if facet.name == "topic":
        return {topic.slug for topic in entry.topics.all()}
    if facet.name == "state":
        return {state.code for state in entry.states.all()}
    value = getattr(entry, facet.field)
    return {value} if value else set()


def year_overlaps(entry, query):
    if not (query.year_from or query.year_to):
        return True
    if entry.start_year is None and entry.end_year is None:
        return False
    start = entry.start_year or entry.end_year
    end = entry.end_year or 10_000  # a start without an end is still running
    return (not query.year_to or start <= query.year_to) and (
        not query.year_from or end >= query.year_from
    )


def brute_force_counts(query, candidates):
    """Disjunctive counts computed the slow, obvious way."""
    counts = {}
    for facet in FACETS:
        facet_counts = {}
        for entry in candidates:
            others_match = all(
                not query.selected.get(other.name)
                or entry_values(entry, other) & set(query.selected[other.name])
                for other in FACETS
                if other.name != facet.name
            )
            if others_match and year_overlaps(entry, query):
                for value in entry_values(entry, facet):
                    facet_counts[value] = facet_counts.get(value, 0) + 1
        counts[facet.name] = facet_counts
    return counts


def engine_counts(results):
    return {f.name: {o.value: o.count for o in f.options if o.count} for f in results.facets}


def text_matches(engine, text):
    """The entries an engine matches for the text alone (facet logic is checked separately)."""
    urls = {hit.url for hit in engine.search(make_query(f"q={text}", per_page=10_000)).hits}
    return [e for e in SearchEntry.objects.prefetch_related("topics", "states") if e.url in urls]


QUERIES = [
    "",
    "topic=peer-assistance-and-review",
    "topic=peer-assistance-and-review&topic=teacher-evaluation",
    "type=case_study&state=MD&state=OH",
    "type=resource&resource_type=contract_language&resource_type=mou&state=MA",
    "topic=transfers-and-staffing&locale=urban&year_from=2009&year_to=2012",
    "stage=advanced&status=implemented",
]


@pytest.mark.parametrize("params", QUERIES)
def test_facet_counts_match_a_brute_force_count(engine, params):
    query = make_query(params)
    results = engine.search(query)
    everything = list(SearchEntry.objects.prefetch_related("topics", "states"))
    expected = brute_force_counts(query, everything)
    assert engine_counts(results) == {name: counts for name, counts in expected.items()}
    matching = [
        e
        for e in everything
        if year_overlaps(e, query)
        and all(
            not query.selected.get(f.name) or entry_values(e, f) & set(query.selected[f.name])
            for f in FACETS
        )
    ]
    assert results.total == len(matching)


@pytest.mark.parametrize(
    "params", ["q=bargaining", "q=teachers&state=MA", "q=schools&type=resource&topic=compensation"]
)
def test_facet_counts_with_text_match_a_brute_force_count(engine, params):
    query = make_query(params)
    candidates = text_matches(engine, query.text)
    assert candidates
    assert engine_counts(engine.search(query)) == brute_force_counts(query, candidates)


def test_values_or_within_a_facet_and_across_facets(engine):
    ohio = engine.search(make_query("state=OH", per_page=100)).total
    maryland = engine.search(make_query("state=MD", per_page=100)).total
    either = engine.search(make_query("state=OH&state=MD", per_page=100))
    assert either.total == ohio + maryland  # no demo item is in both
    narrowed = engine.search(make_query("state=OH&state=MD&type=case_study", per_page=100))
    assert 0 < narrowed.total < either.total
    assert all(hit.kind == "case_study" for hit in narrowed.hits)


def test_selected_values_are_shown_even_with_zero_count(engine):
    results = engine.search(make_query("state=OH&type=discussion"))
    assert results.total == 0
    state = next(f for f in results.facets if f.name == "state")
    ohio = next(o for o in state.options if o.value == "OH")
    assert ohio.selected
    assert all(option.count > 0 or option.selected for f in results.facets for option in f.options)


@pytest.mark.parametrize(
    "text, slug",
    [
        ("Toledo", "toledo-peer-assistance-and-review"),
        ("peer assistance review Toledo", "toledo-peer-assistance-and-review"),
        ("voluntary reassignment priority schools", "sacramento-priority-schools"),
        ("Joint Oversight Committee sunset", "baltimore"),
        ("five phases interest-based bargaining", "ibb-five-phases"),
    ],
)
def test_relevant_items_come_first(engine, text, slug):
    top = [hit.url for hit in engine.search(make_query(f"q={text}")).hits[:3]]
    assert any(slug in url for url in top), top


def test_a_word_only_in_a_document_finds_its_resource(engine):
    results = engine.search(make_query("q=SEIU allied trades"))
    hit = next(h for h in results.hits if "sacramento-priority-schools-mou" in h.url)
    assert hit.matched_in
    assert "<mark>" in str(hit.snippet)


def test_sort_orders(engine):
    by_title = engine.search(make_query("type=case_study&sort=title", per_page=100)).hits
    titles = [hit.title for hit in by_title]
    assert titles == sorted(titles, key=str.lower) or titles == sorted(titles)
    newest = engine.search(make_query("type=resource", per_page=100)).hits
    dates = [hit.published_at for hit in newest]
    assert dates == sorted(dates, reverse=True)


def test_pages_past_the_end_get_the_last_page(engine):
    results = engine.search(make_query("page=999"))
    assert results.page == results.num_pages
    assert results.hits
    assert any("showing the last one" in notice for notice in results.notices)


def test_a_misspelling_is_corrected(engine):
    results = engine.search(make_query("q=collaboraton"))
    assert (results.corrected_from, results.corrected) == ("collaboraton", "collaboration")
    assert results.total == engine.search(make_query("q=collaboration")).total > 0


def test_correction_off_offers_a_spelling_when_nothing_matched(engine):
    results = engine.search(make_query("q=collaboraton&spell=off"))
    assert results.total == 0
    assert results.corrected == ""
    assert results.suggestion == "collaboration"


@pytest.mark.parametrize(
    "text", ['"', "(", "*", "AND OR NOT", "peer -review", "a:b^2 ~3", "' OR 1=1 --", "NEAR(x y)"]
)
def test_query_syntax_is_safe(engine, text):
    engine.search(make_query(f"q={text}"))  # must not raise


def test_suggestions_offer_titles_and_topics(engine):
    labels = [s["label"] for s in engine.suggest("Tole")]
    assert any("Toledo" in label for label in labels)
    assert any(s["kind"] == "topic" for s in engine.suggest("peer"))


def test_every_facet_is_reported(engine):
    assert [f.name for f in engine.search(make_query()).facets] == [f.name for f in FACETS]
    assert set(MANY_VALUE_FIELD) <= {f.name for f in FACETS}
