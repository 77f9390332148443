"""The field's vocabulary in searches: editors' synonyms and acronyms, and spelling
correction. (Placeholder interface; filled by the vocabulary change.)"""


def variants(words):
    """The query's words and each alternative phrasing the synonym list gives, the
    typed words first: a list of tuples of words."""
    return [tuple(words)]


def corrected(text):
    """The query with misspelt words replaced by the nearest indexed words that a
    visible entry has, or "" when nothing needs (or can be given) a correction."""
    return ""
