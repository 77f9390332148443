"""Relevance: weights (title and names > summary > body > document text) and the rules of
docs/search.md ("Relevance"), on whichever database the suite runs on."""

import pytest
from django.contrib.contenttypes.models import ContentType

from search.engines.base import FEW_ALL_WORDS, SOME_WORDS
from search.engines.database import DatabaseEngine
from search.models import SearchEntry, SearchTerm

from .conftest import make_query

pytestmark = pytest.mark.django_db
WORD = "quorumwerk"  # appears nowhere else


def make_entry(number, **fields):
    values = {
        "title": f"Entry {number}",
        "summary": "A summary.",
        "body": "Some body text.",
        "document_text": "",
        **fields,
    }
    return SearchEntry.objects.create(
        content_type=ContentType.objects.get_for_model(SearchTerm),
        object_id=900_000 + number,
        kind="resource",
        url=f"/ranking/{number}/",
        **values,
    )


def ranked_urls():
    return [hit.url for hit in DatabaseEngine().search(make_query(f"q={WORD}")).hits]


def test_title_outranks_everything_else():
    make_entry(1, document_text=f"{WORD} in a document")
    make_entry(2, body=f"The body mentions {WORD}.")
    make_entry(3, title=f"{WORD} in the title")
    urls = ranked_urls()
    assert urls[0] == "/ranking/3/", urls


def test_every_field_has_its_own_weight():
    """ts_rank's weights on PostgreSQL, BM25 column weights on SQLite."""
    make_entry(1, document_text=f"{WORD} in a document")
    make_entry(2, body=f"The body mentions {WORD}.")
    make_entry(3, summary=f"The summary mentions {WORD}.")
    make_entry(4, title=f"{WORD} in the title")
    assert ranked_urls() == ["/ranking/4/", "/ranking/3/", "/ranking/2/", "/ranking/1/"]


# The relevance model (docs/search.md, "Relevance"), on whichever database runs ----------
OTHER = "vexilloq"  # a second word found nowhere else


def search(text, **params):
    extra = "".join(f"&{key}={value}" for key, value in params.items())
    return DatabaseEngine().search(make_query(f"q={text}{extra}"))


def urls(results):
    return [hit.url for hit in results.hits]


def test_every_word_must_match_first():
    for number in (1, 2, 3):
        make_entry(number, body=f"{WORD} and {OTHER} together, {number}.")
    make_entry(4, body=f"Only {WORD} here.")
    make_entry(5, title=f"{WORD} in the title")
    results = search(f"{WORD} {OTHER}")
    assert sorted(urls(results)) == ["/ranking/1/", "/ranking/2/", "/ranking/3/"]
    assert results.total == 3
    assert not results.some_words


def test_too_few_pages_with_every_word_fall_back_to_any_word():
    make_entry(1, body=f"Only {WORD} here.")
    make_entry(2, body=f"Only {OTHER} here.")
    results = search(f"{WORD} {OTHER}")
    assert sorted(urls(results)) == ["/ranking/1/", "/ranking/2/"]
    assert results.total == 2
    assert results.some_words
    assert "No page has all your words; showing pages with some of them." in results.notices
    assert results.as_json()["some_words"] is True


def test_in_the_fallback_pages_with_more_words_come_first():
    make_entry(1, body=f"{WORD} in the body.", summary="Nothing else.")
    make_entry(2, body=f"Both {WORD} and {OTHER}, in the body only.")
    make_entry(3, body=f"{OTHER} in the body")
    third = "zyzzogeton"
    results = search(f"{WORD} {OTHER} {third}")
    assert results.some_words
    assert urls(results)[0] == "/ranking/2/"


def test_in_the_fallback_a_word_in_the_title_counts_twice():
    make_entry(1, title=f"{WORD} in the title", body="Nothing else.")
    make_entry(2, body=f"Both {WORD} and {OTHER}, in the body only.")
    results = search(f"{WORD} {OTHER} zyzzogeton")
    assert results.some_words
    # One word in the title (2 + 1) before two words in the body (2).
    assert urls(results) == ["/ranking/1/", "/ranking/2/"]


def test_stop_words_are_ignored():
    make_entry(1, body=f"The {WORD} clause.")
    make_entry(2, body=f"Another {WORD} clause.")
    with_stop_words = search(f"the {WORD} of")
    assert with_stop_words.total == search(WORD).total == 2
    assert not with_stop_words.some_words


def test_a_query_of_only_stop_words_lists_everything_with_a_notice():
    make_entry(1)
    results = search("the of and")
    assert results.total == SearchEntry.objects.count()
    assert any("only very common words" in notice for notice in results.notices)


def test_a_phrase_ranks_above_the_same_words_apart():
    make_entry(1, body=f"{OTHER} is a word; much later, far away, comes {WORD} again here.")
    make_entry(2, body=f"Here {WORD} {OTHER} stand side by side, far away and much later.")
    assert urls(search(f"{WORD} {OTHER}"))[0] == "/ranking/2/"


def test_names_weigh_as_the_title():
    make_entry(1, body=f"The body mentions {WORD}.")
    make_entry(2, summary=f"The summary mentions {WORD}.")
    make_entry(3, names=f"{WORD} federation teachers")
    assert urls(search(WORD))[0] == "/ranking/3/"


def test_an_exact_name_puts_its_page_first():
    make_entry(1, title=f"{WORD} {WORD} in the title", summary=f"{WORD} {OTHER}")
    make_entry(2, body=f"It mentions {WORD} {OTHER} once.", names=f"{WORD} {OTHER}\nsomething")
    assert urls(search(f"{WORD} {OTHER}"))[0] == "/ranking/2/"
    assert urls(search(f"The {WORD.title()}, {OTHER}!"))[0] == "/ranking/2/"


def test_library_pages_come_before_discussions_for_the_same_match():
    make_entry(1, title=f"{WORD} {OTHER} thread", standing=2)
    make_entry(2, title=f"{WORD} {OTHER} guide", standing=0)
    assert urls(search(f"{WORD} {OTHER}")) == ["/ranking/2/", "/ranking/1/"]


def test_a_discussion_whose_title_asks_the_question_comes_first():
    third, fourth = "quillfeather", "marrowlight"
    make_entry(1, title=f"How do {WORD} {OTHER} {third} {fourth}?", standing=2)
    make_entry(2, title="A guide", body=f"{WORD} {OTHER} {third} {fourth}", standing=0)
    assert urls(search(f"how do we {WORD} {OTHER} {third} {fourth}"))[0] == "/ranking/1/"
    # Two of four words in its title is not a clearly better match.
    make_entry(3, title=f"{WORD} {OTHER}", body=f"{third} {fourth}", standing=2)
    assert urls(search(f"{WORD} {OTHER} {third} {fourth}")).index("/ranking/3/") > 1


def test_an_accepted_answer_breaks_ties_and_does_not_multiply():
    make_entry(1, title="Thread", body=f"{WORD} asked.", standing=2)
    make_entry(2, title="Thread", body=f"{WORD} asked.", standing=2, rank_boost=1)
    assert urls(search(WORD)) == ["/ranking/2/", "/ranking/1/"]
    make_entry(3, title=f"{WORD} in the title", standing=2)
    assert urls(search(WORD))[0] == "/ranking/3/"


def test_the_counts_count_what_the_mode_matches():
    for number in (1, 2, 3):
        make_entry(number, body=f"{WORD} {OTHER} {number}", topic_slugs=["ranking-topic"])
    make_entry(4, body=f"{WORD} only", topic_slugs=["ranking-topic"])
    every = search(f"{WORD} {OTHER}")
    assert not every.some_words
    assert every.total == 3 and len(every.hits) == 3
    make_entry(5, body=f"{OTHER} without the other")
    loose = search(f"{WORD} {OTHER} zyzzogeton")
    assert loose.some_words and loose.total == len(loose.hits) == 5
    assert loose.notices == [SOME_WORDS]


def test_few_pages_with_every_word_are_followed_by_pages_with_some():
    make_entry(1, body=f"{WORD} alone")
    make_entry(2, body=f"{WORD} and {OTHER} together")
    make_entry(3, title=f"{OTHER} by itself")
    results = search(f"{WORD} {OTHER}")
    assert results.some_words and results.total == 3
    # The one page with both words first, though the third has a word in its title
    # (which counts twice among the pages with some of the words).
    assert urls(results)[0] == "/ranking/2/"
    assert results.notices == [FEW_ALL_WORDS]


def test_an_expansion_counts_as_the_word_typed(monkeypatch):
    """In the fallback, an acronym's three-word expansion in a title weighs as the one
    word typed: two typed words in a title beat it."""
    from search import vocabulary

    monkeypatch.setattr(
        vocabulary,
        "variants",
        lambda words: [("alphaq betaq gammaq", OTHER)] if WORD in words else [],
    )
    make_entry(1, title="alphaq betaq gammaq", body="one")
    make_entry(2, title=f"{WORD} {OTHER}", body="two")
    results = search(f"{WORD} {OTHER}")
    assert results.some_words  # one page has every word: too few
    assert urls(results) == ["/ranking/2/", "/ranking/1/"]


def test_a_correction_is_searched_when_every_word_finds_too_little(monkeypatch):
    from search import vocabulary

    make_entry(1, body=f"{WORD} clause.")
    make_entry(2, body=f"{WORD} article.")
    make_entry(3, body=f"{WORD} section.")
    monkeypatch.setattr(vocabulary, "corrected", lambda text: WORD)
    results = search(f"{WORD}x")
    assert results.corrected_from == f"{WORD}x"
    assert results.total == 3
    assert results.as_json()["corrected_from"] == f"{WORD}x"
    query = make_query(f"q={WORD}x")
    object.__setattr__(query, "correct", False)  # the visitor asked for the text as typed
    assert DatabaseEngine().search(query).corrected_from == ""


def test_alternative_phrasings_match(monkeypatch):
    from search import vocabulary

    make_entry(1, body=f"the {OTHER} clause")
    monkeypatch.setattr(vocabulary, "variants", lambda words: [(OTHER,)] if WORD in words else [])
    results = search(WORD)
    assert urls(results) == ["/ranking/1/"]
    assert "<mark>" in str(results.hits[0].snippet)


# Highlights: whole words, only those matched --------------------------------------------
def test_highlights_mark_whole_words_by_stem():
    from search.results import highlight

    html = str(highlight("Peer evaluations often evaluate the evaluator.", ["evaluation", "of"]))
    assert "<mark>evaluations</mark>" in html
    assert "<mark>evaluate</mark>" in html  # the same stem
    assert "often" in html and "<mark>of</mark>" not in html
    assert "<mark>the</mark>" not in html


def test_highlights_never_mark_stop_words_or_parts_of_entities():
    from search.results import highlight

    html = str(highlight("Rock & roll of the amp's day", ["of", "the", "amp", "roll"]))
    assert "&amp;" in html and "&#x27;" in html
    assert "<mark>roll</mark>" in html
    assert "<mark>of</mark>" not in html and "<mark>the</mark>" not in html
    assert html.count("<mark>") == 2  # roll, and the word "amp" (not the entity)


def test_search_highlights_only_the_words_that_matched():
    make_entry(1, summary=f"Often the {WORD} evaluations matter.")
    snippet = str(search(f"of {WORD} evaluation").hits[0].snippet)
    assert f"<mark>{WORD}</mark>" in snippet and "<mark>evaluations</mark>" in snippet
    assert "<mark>Of</mark>" not in snippet and "<mark>of</mark>" not in snippet
