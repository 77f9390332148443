"""Spelling suggestions may offer only words of entries the visitor may see.

Both engines' vocabularies remember more than the visitor may see: ``SearchTerm`` keeps
every word a title ever had, and Elasticsearch's term suggester reads words of deleted
documents until its segments merge. So every candidate is confirmed against the entries
themselves, which hold only live, public items (withdrawals delete them in the same
transaction as the change): a word is offered only if at least one entry matches it.
"""

from django.db import connection

from .dialects import dialect, plain_words


def is_visible(word):
    """Whether at least one entry (live and public by construction) matches ``word``."""
    words = plain_words(word)
    if not words:
        return False
    condition, params = dialect().all_words_condition(words, alias="s")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT 1 FROM search_searchentry s WHERE {condition} LIMIT 1", params)  # noqa: S608 - fixed SQL, values are parameters
        return cursor.fetchone() is not None


def first_visible(candidates):
    """The first candidate word that matches a visible entry, or None."""
    return next((word for word in candidates if is_visible(word)), None)
