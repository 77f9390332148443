"""The interface every search engine implements, and what engines share: the search
flow (all words, then a correction, then any word) that both engines follow."""

from dataclasses import dataclass, replace

from .. import suggestions, terms, vocabulary


class IndexBehind(Exception):  # noqa: N818 - a state of the index, not a programming error
    """Too many withdrawals wait for the engine's index: the database engine must answer."""


def registered_suggestions(prefix):
    """What the apps registered to suggest for ``prefix`` (topics...), before titles."""
    return suggestions.suggestions(prefix)


class SearchEngine:
    name = "base"
    label = "the search engine"  # where its writes go, for the rebuild's output
    uses_backlog = False  # written through search.backlog (Elasticsearch)

    def search(self, query):
        """Run a ``SearchQuery``; return ``SearchResults``."""
        raise NotImplementedError

    def suggest(self, prefix, limit=8):
        """Titles and topics for autocomplete: a list of {label, url, kind}."""
        raise NotImplementedError

    def health(self):
        """A dict describing whether the engine can serve requests."""
        return {"engine": self.name, "ok": True}

    # Writes: entries are SearchEntry rows, written by search.indexing.
    def index_entries(self, entries, refresh=None):
        """Add or replace these entries in the engine's index. Returns how many."""
        return 0

    def delete_entries(self, ids, refresh=None):
        """Remove the entries with these ids from the engine's index. Returns how many."""
        return 0

    def rebuild(self, entries, progress=None):
        """Index every entry of ``entries`` (a queryset) afresh. Returns how many."""
        return 0


# The search flow, the same in every engine ---------------------------------------------
# Too few: with fewer pages than CORRECT_BELOW having every word, a correction is tried
# (a typo may match a rare real word); only when no page has every word, any word.
CORRECT_BELOW = 3
SOME_WORDS_BELOW = 3
MAX_WORDS = 32  # words searched for, over all the variants
MAX_VARIANTS = 8  # phrasings of the query (vocabulary.variants gives at most this many)
SOME_WORDS = "No page has all your words; showing pages with some of them."
FEW_ALL_WORDS = "Only a few pages have all your words; pages with some of them follow."


@dataclass(frozen=True)
class TextMatch:
    """What one search looks for: every word of one variant (``any_word`` false), or any
    word of any variant (the fallback).

    ``variants`` are the searched words of each phrasing, the typed one first (lower
    case, no stop words); ``phrases`` the same phrasings with their stop words, for the
    phrase bonus; ``keys`` their name keys, for the exact-name tier."""

    text: str
    variants: tuple = ()
    phrases: tuple = ()
    any_word: bool = False
    corrected_from: str = ""
    all_words_total: int = 0  # in the fallback: how many pages had every word

    @property
    def words(self):
        """Every searched word, once, in order (highlighting, coverage, the title tier)."""
        seen = []
        for variant in self.variants:
            seen += [word for word in variant if word not in seen]
        return seen[:MAX_WORDS]

    @property
    def keys(self):
        return tuple(" ".join(variant) for variant in self.variants)

    @property
    def only_stop_words(self):
        return not self.variants and bool(terms.words(self.text))

    def some_words(self, all_words_total=0):
        return replace(self, any_word=True, all_words_total=all_words_total)


def text_match(text, corrected_from=""):
    """The ``TextMatch`` for ``text``: its words and the alternatives the vocabulary gives."""
    typed = terms.words(text)[:MAX_WORDS]
    variants, phrases = [], []
    alternatives = vocabulary.variants(typed) if typed else []
    for alternative in [tuple(typed), *alternatives][: MAX_VARIANTS + 1]:
        plain = [word.lower() for part in alternative for word in terms.words(part)]
        searched = tuple(terms.searchable(plain))
        if searched and searched not in variants:
            variants.append(searched)
            phrases.append(tuple(plain))
    return TextMatch(text, tuple(variants), tuple(phrases), corrected_from=corrected_from)


def choose_match(query, total_of, corrections=None):
    """The flow every engine follows. ``total_of(match)`` runs the engine's count for a
    ``TextMatch`` (engines keep what it computed) and returns the number of hits.

    1. Every word must match (any variant's). ``CORRECT_BELOW`` hits or more: done.
    2. Fewer, and the query allows correction: a corrected text whose all-words search
       finds more is searched instead (``corrected_from`` says so).
    3. Otherwise, when fewer than ``SOME_WORDS_BELOW`` pages have every word and the
       query allows it (``loosen``), any word of the query matches, if that finds more
       (``any_word``).
    ``corrections``, a dict, keeps the corrected text of each text tried, so the engine
    does not ask the vocabulary again for its "did you mean".
    Returns (match, its total)."""
    match = text_match(query.text)
    total = total_of(match)
    if not match.variants or total >= CORRECT_BELOW:
        return match, total
    if getattr(query, "correct", True):
        fixed = vocabulary.corrected(query.text)
        if corrections is not None:
            corrections[query.text] = fixed
        if fixed and fixed.strip().lower() != query.text.strip().lower():
            corrected = text_match(fixed, corrected_from=query.text)
            if corrected.variants:
                corrected_total = total_of(corrected)
                if corrected_total > total:
                    return corrected, corrected_total
    loosen = getattr(query, "loosen", True)
    if loosen and total < SOME_WORDS_BELOW and len(match.words) > 1:
        loose = match.some_words(total)
        loose_total = total_of(loose)
        if loose_total > total:
            return loose, loose_total
    return match, total


def match_notices(match):
    """What the page says about the words searched."""
    if match.only_stop_words:
        return [
            f"“{match.text[:40]}” has only very common words, which search ignores; "
            "showing everything."
        ]
    if match.any_word:
        return [FEW_ALL_WORDS if match.all_words_total else SOME_WORDS]
    return []
