"""The field's vocabulary in searches: editors' synonyms and acronyms, and spelling
correction.

``variants(words)``: the typed words, then each alternative phrasing the synonym list
(``Synonym``, curated in the admin) gives, at most ``MAX_VARIANTS``. The list is read
from the cache, never from the database per search: it is cached under a version that
every save or delete of a group bumps (at once, and again when the transaction commits,
so a search that read the old list mid-transaction cannot keep it), and it expires after
``CACHE_SECONDS`` in any case.

``corrected(text)``: the text with misspelt words replaced by the nearest words of the
index (``SearchTerm``: words of titles, topics, summaries and bodies) that an entry the
visitor may see has (``search.spelling``): trigram similarity on PostgreSQL, ``difflib``
on SQLite. Known words, acronyms (typed in capitals), numbers and synonym terms are
never corrected.
"""

import difflib
import itertools
import re
import uuid

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.functions import Length
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from . import spelling
from .models import SearchTerm, Synonym
from .synonym_terms import MATCH_STOP_WORDS, fold, match_key, term_words

MAX_VARIANTS = 8
CACHE_SECONDS = 300  # an upper bound on staleness, e.g. after a rolled-back save
VERSION_KEY = "search:synonyms:version"
LIST_KEY = "search:synonyms:{version}"

SPELLING_CANDIDATES = 5  # near words tried, nearest first, until one is visible
SPELLING_SHORTLIST = 20  # PostgreSQL: words the trigrams find, reordered by difflib
TRIGRAM_THRESHOLD = 0.2
MAX_CORRECTED_WORDS = 4  # unknown words looked at per query: each costs a few statements
MIN_CORRECTED_LENGTH = 4  # shorter words are too ambiguous to correct
DIFFLIB_CUTOFF = 0.75
LENGTH_SLACK = 2  # SQLite: candidates at most this many letters longer or shorter
WORD = re.compile(r"\w+")


# The synonym list ------------------------------------------------------------------------
def bump_version():
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


@receiver(post_save, sender=Synonym)
@receiver(post_delete, sender=Synonym)
def synonyms_changed(sender, **kwargs):
    bump_version()
    transaction.on_commit(bump_version)


def synonym_groups():
    """Every group as (one_way, [its terms as typed]), from the cache."""
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(VERSION_KEY, version, None)
        version = cache.get(VERSION_KEY, version)
    key = LIST_KEY.format(version=version)
    groups = cache.get(key)
    if groups is None:
        groups = [(group.one_way, group.term_list()) for group in Synonym.objects.order_by("pk")]
        cache.set(key, groups, CACHE_SECONDS)
    return groups


def alternatives():
    """{match key: [the words of each other term it may be replaced by]}."""
    table = {}
    for one_way, typed in synonym_groups():
        terms = [term_words(term) for term in typed]
        for position, words in enumerate(terms):
            if one_way and position > 0:
                continue  # only the first term of a one-way group is expanded
            others = [other for other in terms if other != words]
            table.setdefault(match_key(words), []).extend(others)
    return table


def synonym_words():
    """Every word of every synonym term: never "corrected"."""
    return {word for _, terms in synonym_groups() for term in terms for word in term_words(term)}


def is_protected(word, text=""):
    """Whether ``word`` must be left as typed: a synonym term's word, or an acronym (a
    word typed in capitals in ``text``)."""
    if word.lower() in synonym_words():
        return True
    return any(typed.lower() == word.lower() and is_acronym(typed) for typed in WORD.findall(text))


def is_acronym(word):
    return len(word) >= 2 and word.isupper()


# Variants ---------------------------------------------------------------------------------
def variants(words):
    """The query's words and each alternative phrasing the synonym list gives, the
    typed words first: a list of tuples of words, at most ``MAX_VARIANTS``.

    A term occurs in the words when its words (without common words) follow one another
    among the typed words (without common words), whole words, in any case. The longest
    term wins where two overlap. With several terms in the query, phrasings that replace
    fewer of them come first."""
    words = tuple(words)
    typed = [(index, word.lower()) for index, word in enumerate(words)]
    content = [
        (index, fold(word))
        for index, word in typed
        if word not in MATCH_STOP_WORDS and WORD.fullmatch(word)
    ]
    if not content:
        return [words]
    table = alternatives()
    if not table:
        return [words]
    longest = max(len(key) for key in table)
    spans, position = [], 0  # (first index, last index, replacements) in the typed words
    while position < len(content):
        for size in range(min(longest, len(content) - position), 0, -1):
            key = tuple(word for _, word in content[position : position + size])
            if key in table:
                spans.append((content[position][0], content[position + size - 1][0], table[key]))
                position += size
                break
        else:
            position += 1
    if not spans:
        return [words]
    choices = [[None, *replacements] for _, _, replacements in spans]
    combinations = sorted(
        itertools.product(*choices), key=lambda combo: sum(c is not None for c in combo)
    )
    results = []
    for combination in combinations:
        phrasing, cursor = [], 0
        for (first, last, _), replacement in zip(spans, combination, strict=True):
            phrasing.extend(words[cursor:first])
            phrasing.extend(words[first : last + 1] if replacement is None else replacement)
            cursor = last + 1
        phrasing.extend(words[cursor:])
        if tuple(phrasing) not in results:
            results.append(tuple(phrasing))
        if len(results) == MAX_VARIANTS:
            break
    return results


# Spelling ---------------------------------------------------------------------------------
def corrected(text):
    """The query with misspelt words replaced by the nearest indexed words that a
    visible entry has, or "" when nothing needs (or can be given) a correction."""
    found = list(WORD.finditer(text or ""))
    protected = synonym_words()
    suspects = {
        match.group().lower()
        for match in found
        if len(match.group()) >= MIN_CORRECTED_LENGTH
        and match.group().isalpha()
        and not is_acronym(match.group())
        and match.group().lower() not in protected
        and match.group().lower() not in MATCH_STOP_WORDS
    }
    if not suspects:
        return ""
    known = set(SearchTerm.objects.filter(word__in=suspects).values_list("word", flat=True))
    replacements = {}
    for word in sorted(suspects - known)[:MAX_CORRECTED_WORDS]:
        candidates = close_words(word)
        if not candidates or spelling.is_visible(word):
            continue  # nothing near, or the index has it (a word only in a document, a plural)
        replacement = spelling.first_visible(candidates)
        if replacement and replacement != word:
            replacements[word] = replacement
    if not replacements:
        return ""
    return WORD.sub(lambda match: replacements.get(match.group().lower(), match.group()), text)


def closeness(word, other):
    return difflib.SequenceMatcher(None, word, other).ratio()


def close_words(word):
    """Indexed words near ``word``, nearest first."""
    if connection.vendor == "postgresql":
        # "%" (similarity above pg_trgm's threshold) can use the trigram index of
        # migration 0007. The threshold is lowered from 0.3 for this connection: a
        # transposition ("toldeo": 0.27 to "toledo") shares few trigrams.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('pg_trgm.similarity_threshold', %s, false)",
                [str(TRIGRAM_THRESHOLD)],
            )
            cursor.execute(
                "SELECT word FROM search_searchterm WHERE word %% %s AND word <> %s "
                "ORDER BY similarity(word, %s) DESC, word LIMIT %s",
                [word, word, word, SPELLING_SHORTLIST],
            )
            shortlist = [row[0] for row in cursor.fetchall()]
        # Trigrams shortlist; the order is difflib's, as on SQLite: trigrams rank a
        # transposition ("toldeo") below a shorter word sharing its start ("told").
        ranked = sorted(shortlist, key=lambda near: -closeness(word, near))
        return [near for near in ranked if closeness(word, near) >= DIFFLIB_CUTOFF][
            :SPELLING_CANDIDATES
        ]
    # SQLite has no trigram index: compare with the words that share the first letter
    # and are about as long.
    candidates = (
        SearchTerm.objects.alias(length=Length("word"))
        .filter(
            word__startswith=word[0],
            length__gte=len(word) - LENGTH_SLACK,
            length__lte=len(word) + LENGTH_SLACK,
        )
        .exclude(word=word)
        .values_list("word", flat=True)
    )
    return difflib.get_close_matches(
        word, list(candidates[:20000]), n=SPELLING_CANDIDATES, cutoff=DIFFLIB_CUTOFF
    )


# Elasticsearch ----------------------------------------------------------------------------
def synonym_rules():
    """The list in Elasticsearch's synonym format ("a, b, c"; "a => a, b, c" one way).

    Elasticsearch matches the rules on lower-cased words, before stop words and
    stemming, so each term is also given as ``variants`` would match it: without its
    common words ("peer assistance review"), and with its last word's plural "s" added
    or dropped ("career ladders"), except for acronyms."""
    rules = []
    for one_way, terms in synonym_groups():
        forms = [rule_forms(term) for term in terms]
        everything = list(dict.fromkeys(form for term_forms in forms for form in term_forms))
        if one_way:
            rules.append(f"{', '.join(forms[0])} => {', '.join(everything)}")
        else:
            rules.append(", ".join(everything))
    return rules


def rule_forms(term):
    """The ways a term may be typed, for Elasticsearch (see ``synonym_rules``)."""
    words = term_words(term)
    shapes = [words, tuple(word for word in words if word not in MATCH_STOP_WORDS)]
    if not is_acronym(term.replace(" ", "")):
        for shape in list(shapes):
            last = shape[-1] if shape else ""
            if len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
                shapes.append((*shape[:-1], last[:-1]))
            elif len(last) > 2 and not last.endswith("s"):
                shapes.append((*shape[:-1], last + "s"))
    return list(dict.fromkeys(" ".join(shape) for shape in shapes if shape))
