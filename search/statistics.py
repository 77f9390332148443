"""What people search for, and what found nothing: the editors' query statistics.

``record_search`` counts page 1 of a text search typed on the search page: a hit for its
text in Wagtail's ``Query``/``QueryDailyHits`` (the "Popular search terms" editors choose
from when they pin pages, and the reports), and, when it found nothing at all (no hit,
no pick) without filters, a ``SearchMiss`` for the day. Only the normalised text and a
count are kept: never who searched, the filters or the pages shown. Text without a
single word (punctuation, a lone letter) is not a query and is not recorded.

It runs in the request, in its own savepoint: a few single-row statements on indexed
columns (no task row to write and prune, and nothing for a worker to lose), so the
figures are current. A failure to record is logged and never fails the search.
"""

import logging
import re

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query
from wagtail.search.utils import normalise_query_string

from .models import SearchMiss

logger = logging.getLogger(__name__)
A_WORD = re.compile(r"\w\w")  # two letters or digits in a row


def recorded_text(query):
    """The text to record for ``query`` (a SearchQuery), or "" when there is none."""
    if query.page != 1 or not query.text:
        return ""
    text = normalise_query_string(query.text)
    return text if A_WORD.search(text) else ""


def found_nothing(query, results):
    """No hit and no pick for the words alone (filters that exclude everything are the
    visitor's choice, not a gap in the library)."""
    return (
        not results.total
        and not results.promoted
        and not query.selected
        and not (query.year_from or query.year_to)
    )


def record_search(query, results):
    text = recorded_text(query)
    if not text:
        return
    try:
        with transaction.atomic():
            Query.get(text).add_hit()
            if found_nothing(query, results):
                record_miss(text)
    except DatabaseError:
        logger.warning("Could not record the search statistics", exc_info=True)


def record_miss(text, date=None):
    date = date or timezone.now().date()  # the day as Query.add_hit counts it
    misses = SearchMiss.objects.filter(query_string=text, date=date)
    if misses.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            SearchMiss.objects.create(query_string=text, date=date, count=1)
    except IntegrityError:  # another request created the row first
        misses.update(count=F("count") + 1)
