"""The relevance model in the Elasticsearch request bodies of the judged queries
(bench/relevance_queries.toml; test_elasticsearch_bodies.py checks what every body carries),
built and checked without a server: the relevance model of docs/search.md ("Relevance")
in each, as the database engine's ORDER BY has it."""

import tomllib
from pathlib import Path

import pytest

from search.engines.base import text_match
from search.engines.elasticsearch import (
    ALL_WORDS_SCORE,
    EXACT_NAME_SCORE,
    NAME_FIELDS,
    PHRASE_SLOP,
    STANDING_SCORES,
    TEXT_FIELDS,
    TITLE_TIER_SCORE,
    TITLE_WORD_SCORE,
    WORD_SCORE,
    build_search,
    entry_to_document,
    index_definition,
)
from search.query import SearchQuery
from search.terms import STOP_WORDS, searchable, words

QUERIES = Path(__file__).resolve().parents[2] / "bench" / "relevance_queries.toml"
TEXTS = [query["text"] for query in tomllib.loads(QUERIES.read_text())["query"]]


# The search builds its words with the editors' synonym list, read from the database
# (then cached).
pytestmark = pytest.mark.django_db


def parts(text, any_word=False):
    match = text_match(text)
    if any_word:
        match = match.some_words()
    query = build_search(SearchQuery(text=text), match=match).to_dict()["query"]
    scored = query["bool"]["must"][0]["function_score"]
    return match, scored, query["bool"]["should"]


def constant(tiers, boost):
    return [
        tier["constant_score"]["filter"]
        for tier in tiers
        if tier["constant_score"]["boost"] == boost
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_every_word_must_match_across_the_weighted_fields(text):
    match, scored, _ = parts(text)
    words = scored["query"]["bool"]["must"][0]["bool"]
    assert words["minimum_should_match"] == 1
    for clause, variant in zip(words["should"], match.variants, strict=True):
        multi_match = clause["multi_match"]
        assert multi_match["operator"] == "and"
        assert multi_match["type"] == "cross_fields"
        assert multi_match["fields"] == list(TEXT_FIELDS)
        assert "names^10" in multi_match["fields"]  # names weigh as the title
        assert multi_match["query"] == " ".join(variant)
        assert not set(multi_match["query"].split()) & STOP_WORDS


@pytest.mark.parametrize("text", TEXTS)
def test_a_phrase_scores_more_and_more_so_in_the_title(text):
    match, scored, _ = parts(text)
    phrases = scored["query"]["bool"].get("should", [])
    multi_word = [phrase for phrase in match.phrases if len(phrase) > 1]
    assert len(phrases) == 2 * len(multi_word)
    for clause in phrases:
        assert clause["multi_match"]["type"] == "phrase"
    anywhere = [
        c["multi_match"] for c in phrases if c["multi_match"]["fields"] == list(TEXT_FIELDS)
    ]
    titles = [c["multi_match"] for c in phrases if c["multi_match"]["fields"] == list(NAME_FIELDS)]
    assert [clause["slop"] for clause in anywhere] == [PHRASE_SLOP] * len(multi_word)
    if len(match.phrases[0]) > 1:
        assert anywhere[0]["query"] == " ".join(text.split())  # the typed phrasing as typed
    assert all(clause["boost"] > 1 for clause in titles)
    # The text score is squashed below every tier.
    assert scored["boost_mode"] == "replace"
    assert "script_score" in scored["functions"][0]


@pytest.mark.parametrize("text", TEXTS)
def test_an_exact_name_is_the_first_tier(text):
    match, _, tiers = parts(text)
    assert constant(tiers, EXACT_NAME_SCORE) == [{"terms": {"names.exact": list(match.keys)}}]
    # Each tier outweighs everything below it together.
    title_and_standing = TITLE_TIER_SCORE + max(STANDING_SCORES.values()) + 1
    coverage = 32 * (WORD_SCORE + TITLE_WORD_SCORE) + title_and_standing
    assert ALL_WORDS_SCORE > coverage
    assert EXACT_NAME_SCORE > ALL_WORDS_SCORE + coverage
    assert WORD_SCORE / 8 > title_and_standing  # an eighth of a word: an expansion's share
    assert TITLE_TIER_SCORE > max(STANDING_SCORES.values()) + 1


@pytest.mark.parametrize("text", TEXTS)
def test_library_pages_before_discussions(text):
    _, _, tiers = parts(text)
    standings = {
        tier["constant_score"]["filter"]["term"]["standing"]: tier["constant_score"]["boost"]
        for tier in tiers
        if "term" in tier["constant_score"]["filter"]
    }
    assert standings[0] > standings[1] > 0  # library pages, then other kinds
    assert 2 not in standings  # discussions: nothing added


@pytest.mark.parametrize("text", TEXTS)
def test_the_title_tier_is_for_longer_queries(text):
    match, _, tiers = parts(text)
    title_tier = constant(tiers, TITLE_TIER_SCORE)
    if len(match.variants[0]) < 3:
        assert title_tier == []
    else:
        # Any phrasing (each as one clause) whose words in the title hold most of it.
        phrasings = title_tier[0]["bool"]
        assert phrasings["minimum_should_match"] == 1
        assert len(phrasings["should"]) == len(match.variants)
        for clause, variant in zip(phrasings["should"], match.variants, strict=True):
            words = clause["bool"]
            assert [c["multi_match"]["query"] for c in words["should"]] == list(variant)
            assert all(c["multi_match"]["fields"] == list(NAME_FIELDS) for c in words["should"])
            # 3 words of a 3-word query; of an acronym's 3-word expansion, all 3 again.
            share = words["minimum_should_match"] / len(variant)
            assert share >= 3 / len(match.variants[0]) - 1e-9
            assert words["minimum_should_match"] >= min(3, len(variant))


@pytest.mark.parametrize("text", TEXTS)
def test_accepted_answers_only_break_ties(text):
    request = build_search(SearchQuery(text=text)).to_dict()
    assert request["sort"][:2] == ["_score", {"rank_boost": {"order": "desc"}}]
    assert "field_value_factor" not in str(request["query"])


@pytest.mark.parametrize("text", [text for text in TEXTS if len(searchable(words(text))) > 1])
def test_the_fallback_request_matches_any_word_and_counts_them(text):
    match, scored, tiers = parts(text, any_word=True)
    words = scored["query"]["bool"]["must"][0]["multi_match"]
    assert words["operator"] == "or"
    assert words["query"] == " ".join(match.words)
    every, in_title, anywhere = tiers[1:4]
    # The few pages with every word (of a phrasing) first.
    assert every["constant_score"]["boost"] == ALL_WORDS_SCORE
    phrasings = every["constant_score"]["filter"]["bool"]["should"]
    assert [p["multi_match"]["query"] for p in phrasings] == [" ".join(v) for v in match.variants]
    assert {p["multi_match"]["operator"] for p in phrasings} == {"and"}
    for tier, fields, score in (
        (in_title, NAME_FIELDS, TITLE_WORD_SCORE),
        (anywhere, TEXT_FIELDS, WORD_SCORE),
    ):
        # The best phrasing counts (dis_max), each of its words a share of a typed word.
        phrasings = tier["dis_max"]["queries"] if "dis_max" in tier else [tier]
        assert len(phrasings) == len(match.variants)
        typed = len(match.variants[0])
        for phrasing, variant in zip(phrasings, match.variants, strict=True):
            clauses = [c["constant_score"] for c in phrasing["bool"]["should"]]
            assert [c["filter"]["multi_match"]["query"] for c in clauses] == list(variant)
            assert all(c["filter"]["multi_match"]["fields"] == list(fields) for c in clauses)
            assert {c["boost"] for c in clauses} == {score * typed / len(variant)}


def test_a_query_of_only_stop_words_matches_everything():
    request = build_search(SearchQuery(text="what is the")).to_dict()
    assert request["query"] == {"match_all": {}}
    assert request["sort"][0] == {"published_at": {"order": "desc", "missing": "_last"}}


def test_the_mapping_has_the_names_and_the_standing():
    properties = index_definition("test").to_dict()["mappings"]["properties"]
    assert properties["names"]["type"] == "text"
    assert properties["names"]["fields"]["exact"]["type"] == "keyword"
    assert properties["standing"] == {"type": "integer"}


def test_documents_carry_their_names_one_each(db):
    from django.contrib.contenttypes.models import ContentType

    from search.models import SearchEntry, SearchTerm

    entry = SearchEntry.objects.create(
        content_type=ContentType.objects.get_for_model(SearchTerm),
        object_id=1,
        kind="case_study",
        url="/x/",
        title="Toledo",
        names="toledo plan\ntoledo",
        standing=0,
    )
    document = entry_to_document(entry)
    assert document["names"] == ["toledo plan", "toledo"]
    assert document["standing"] == 0
