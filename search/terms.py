"""The words of a search: what counts as a word, the stop words every engine ignores,
stems for highlighting, and the normal form of names (``SearchEntry.names``).

One stop list for PostgreSQL, SQLite and Elasticsearch: PostgreSQL's ``english``
configuration drops these words itself (this is its list, from Snowball), SQLite's FTS5
and the query sent to Elasticsearch get them removed here, so every engine matches the
same words.
"""

import functools
import re

import snowballstemmer

WORD = re.compile(r"[^\W_]+")  # letters and digits: what FTS5 and tsvector call a word

STOP_WORDS = frozenset(
    """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his
    himself she her hers herself it its itself they them their theirs themselves what
    which who whom this that these those am is are was were be been being have has had
    having do does did doing a an the and but if or because as until while of at by for
    with about against between into through during before after above below to from up
    down in out on off over under again further then once here there when where why how
    all any both each few more most other some such no nor not only own same so than too
    very s t can will just don should now
    """.split()
)

_stemmer = snowballstemmer.stemmer("english")


def words(text):
    """Every word of ``text``, as typed (search syntax and punctuation dropped)."""
    return WORD.findall(text or "")


def searchable(word_list):
    """The words that are searched for: lower-cased, without stop words, each once."""
    seen = []
    for word in word_list:
        word = word.lower()
        if word not in STOP_WORDS and word not in seen:
            seen.append(word)
    return seen


def is_stop_word(word):
    return word.lower() in STOP_WORDS


@functools.lru_cache(maxsize=50_000)  # highlighting stems every word of long texts
def stem(word):
    """The English (Porter2) stem, as PostgreSQL's ``english`` configuration stems."""
    return _stemmer.stemWord(word.lower())


def name_key(text):
    """The normal form a name is compared in: its searchable words, space-separated
    ("The Toledo Plan" and "toledo plan" are one name)."""
    return " ".join(searchable(words(text)))
