"""Relevance weighting: title > summary > body > document text."""

import pytest
from django.contrib.contenttypes.models import ContentType

from search.engines.database import DatabaseEngine
from search.models import SearchEntry, SearchTerm

from .conftest import make_query

pytestmark = pytest.mark.django_db
WORD = "quorumwerk"  # appears nowhere else


def make_entry(number, **fields):
    values = {
        "title": f"Entry {number}",
        "summary": "A summary.",
        "body": "Some body text.",
        "document_text": "",
        **fields,
    }
    return SearchEntry.objects.create(
        content_type=ContentType.objects.get_for_model(SearchTerm),
        object_id=900_000 + number,
        kind="resource",
        url=f"/ranking/{number}/",
        **values,
    )


def ranked_urls():
    return [hit.url for hit in DatabaseEngine().search(make_query(f"q={WORD}")).hits]


def test_title_outranks_everything_else():
    make_entry(1, document_text=f"{WORD} in a document")
    make_entry(2, body=f"The body mentions {WORD}.")
    make_entry(3, title=f"{WORD} in the title")
    urls = ranked_urls()
    assert urls[0] == "/ranking/3/", urls


def test_every_field_has_its_own_weight():
    """ts_rank's weights on PostgreSQL, BM25 column weights on SQLite."""
    make_entry(1, document_text=f"{WORD} in a document")
    make_entry(2, body=f"The body mentions {WORD}.")
    make_entry(3, summary=f"The summary mentions {WORD}.")
    make_entry(4, title=f"{WORD} in the title")
    assert ranked_urls() == ["/ranking/4/", "/ranking/3/", "/ranking/2/", "/ranking/1/"]
