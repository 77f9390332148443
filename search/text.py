"""Text that visitors type into search boxes and filters, made safe for every database
and search engine.

PostgreSQL refuses a NUL character in any text value (psycopg raises before the query
is sent, so a 500), and other control characters mean nothing in a search. ``query_text``
is the one clean-up each search box applies before its text reaches a query.
"""

import re

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def query_text(value, max_length=None):
    """``value`` on one line: control characters as spaces, runs of space as one, and cut
    to ``max_length`` characters (if given)."""
    text = " ".join(CONTROL_CHARACTERS.sub(" ", str(value or "")).split())
    return text[:max_length].strip() if max_length else text
