"""The communities' own search reads the discussion entries of the search index: the
database's full-text index (GIN on PostgreSQL, FTS5 on SQLite) instead of scanning posts.

Only threads of public communities have entries (``search.indexing.sync_thread``);
private communities are searched by ``forums.listing`` on their own posts.
"""

from django.db.models.expressions import RawSQL

from .dialects import dialect, plain_words
from .indexing import thread_content_type


def matching_thread_ids(text):
    """A subquery of the ids of indexed threads whose text has every word of ``text``,
    for ``Thread.objects.filter(pk__in=...)``; None when ``text`` holds no word."""
    words = plain_words(text)
    if not words:
        return None
    condition, params = dialect().all_words_condition(words, alias="s")
    sql = (
        f"SELECT s.object_id FROM search_searchentry s WHERE s.content_type_id = %s AND {condition}"  # noqa: S608 - fixed SQL, values are parameters
    )
    return RawSQL(sql, [thread_content_type().pk, *params])
