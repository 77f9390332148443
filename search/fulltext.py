"""The database's full-text index (GIN on PostgreSQL, FTS5 on SQLite) for other apps'
own searches: which items of one model have entries with every word of a text.

A forum's in-community search, for one, reads its threads' entries this way instead of
scanning posts. Only items with entries (public ones) can match.
"""

from django.db.models.expressions import RawSQL

from .dialects import dialect, plain_words
from .sources import entry_content_type


def matching_object_ids(model, text):
    """A subquery of the ids of ``model``'s indexed items whose text has every word of
    ``text``, for ``model.objects.filter(pk__in=...)``; None when ``text`` holds no word."""
    words = plain_words(text)
    if not words:
        return None
    condition, params = dialect().all_words_condition(words, alias="s")
    sql = (
        f"SELECT s.object_id FROM search_searchentry s WHERE s.content_type_id = %s AND {condition}"  # noqa: S608 - fixed SQL, values are parameters
    )
    return RawSQL(sql, [entry_content_type(model).pk, *params])  # noqa: S611 - as above
