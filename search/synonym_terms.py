"""What a synonym term is: parsing the editors' comma-separated groups and the words a
term is matched by.

Terms are matched whole-word and case-insensitively, ignoring common words and a
plural's "s", so "Peer Assistance and Review" and "peer assistance review" are the same
term. The common
words here are a small fixed list for matching terms only; the search's own stop words
belong to the ranking (``search/terms.py``) and may replace this list once it lands.
"""

import re

MAX_TERMS = 12  # per group
MAX_TERM_LENGTH = 100
# Letters, digits, spaces and the punctuation of names ("Toledo's", "labor-management",
# "P.A.L.", "K-12", "&"). Commas separate terms; "=>", "#" and quotes would mean
# something to Elasticsearch's synonym rules, so they are refused.
TERM = re.compile(r"^[\w\s'’.&/-]+$")
MATCH_STOP_WORDS = frozenset(
    "a an and are as at be by for from in into is of on or the their to with".split()
)


def split_terms(text):
    """The terms of a group as typed, separated by commas (blank ones kept, for errors)."""
    return [" ".join(part.split()) for part in (text or "").split(",")]


def term_words(term):
    """Every word of a term, lower-cased: what a search for it is made of."""
    return tuple(re.findall(r"\w+", term.lower()))


def match_key(words):
    """The words a term is matched by: without the common words, and a plural's final
    "s" dropped ("career ladders" is "career ladder")."""
    return tuple(fold(word) for word in words if word not in MATCH_STOP_WORDS)


def fold(word):
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def term_problems(terms):
    """The problems of one group's terms, as messages an editor can act on."""
    problems = []
    if not any(terms):
        return ["Enter at least two terms, separated by commas."]
    seen = {}
    for position, term in enumerate(terms, start=1):
        if not term:
            problems.append(f"Term {position} is blank: remove the extra comma.")
            continue
        if len(term) > MAX_TERM_LENGTH:
            problems.append(f"“{term[:30]}…” is longer than {MAX_TERM_LENGTH} characters.")
            continue
        if not TERM.match(term) or not re.search(r"\w", term):
            problems.append(
                f"“{term}” may hold only letters, digits, spaces, hyphens, apostrophes, "
                "full stops, slashes and “&”."
            )
            continue
        key = match_key(term_words(term))
        if not key:
            problems.append(f"“{term}” has only common words, which searches ignore.")
            continue
        if key in seen:
            problems.append(f"“{term}” is the same term as “{seen[key]}”: keep one of them.")
            continue
        seen[key] = term
    if len([term for term in terms if term]) < 2 and not problems:
        problems.append("A group needs at least two terms that mean the same.")
    if len(terms) > MAX_TERMS:
        problems.append(f"A group may have at most {MAX_TERMS} terms.")
    return problems
