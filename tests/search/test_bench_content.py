"""The benchmark content generator: counts, determinism, isolation from real entries."""

from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from wagtail.search.models import IndexEntry

from home.management.commands.generate_bench_content import (
    BENCH_OBJECT_ID_START,
    bench_entries,
    real_entries,
)
from search.engines.database import DatabaseEngine
from search.models import SearchEntry

from .conftest import make_query

# The generator draws topics, states and words from the real entries: a small library.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("library")]
ITEMS = 50


def generate(**options):
    out = StringIO()
    call_command("generate_bench_content", stdout=out, **{"items": ITEMS, "seed": 7, **options})
    return out.getvalue()


def titles():
    return list(bench_entries().order_by("object_id").values_list("title", flat=True))


def index_rows(entries):
    ids = [str(pk) for pk in entries.values_list("pk", flat=True)]
    return IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(SearchEntry), object_id__in=ids
    )


def snapshot_real():
    entries = real_entries().order_by("pk")
    links = [
        sorted(through.objects.filter(searchentry__in=entries).values_list())
        for through in (SearchEntry.topics.through, SearchEntry.states.through)
    ]
    return (
        list(entries.values_list("pk", "title", "url", "updated_at")),
        links,
        sorted(index_rows(entries).values_list("object_id", "title")),
    )


def test_creates_the_entries_with_links_and_index_rows():
    output = generate()
    entries = bench_entries()
    assert entries.count() == ITEMS
    assert "Created 50 bench entries" in output
    assert set(entries.values_list("kind", flat=True)) == {"case_study", "resource"}
    assert list(entries.order_by("object_id").values_list("object_id", flat=True)) == list(
        range(BENCH_OBJECT_ID_START, BENCH_OBJECT_ID_START + ITEMS)
    )
    for entry in entries.prefetch_related("topics", "states"):
        assert entry.url == f"/bench/{entry.object_id - BENCH_OBJECT_ID_START}/"
        assert 1 <= len(entry.topics.all()) <= 4
        assert 1 <= len(entry.states.all()) <= 2
        assert 150 <= len(entry.body.split()) <= 400
        assert entry.title and entry.summary
    assert index_rows(entries).count() == ITEMS


def test_same_seed_same_content():
    generate()
    first = titles()
    generate(clear=True)
    assert titles() == first
    generate(clear=True, seed=8)
    assert titles() != first


def test_real_entries_are_untouched():
    before = snapshot_real()
    assert before[0], "the library should have entries"
    generate()
    generate(clear=True)
    assert snapshot_real() == before


def test_the_database_engine_finds_bench_entries_by_text_and_facet():
    generate()
    entry = bench_entries().order_by("object_id").first()
    word = entry.title.split()[0]
    results = DatabaseEngine().search(make_query(f"q={word}", per_page=200))
    assert entry.url in [hit.url for hit in results.hits]

    state = entry.states.order_by("code").first().code
    results = DatabaseEngine().search(make_query(f"state={state}", per_page=200))
    urls = {hit.url for hit in results.hits}
    expected = set(bench_entries().filter(states=state).values_list("url", flat=True))
    assert expected and expected <= urls
    assert results.total == SearchEntry.objects.filter(states=state).count()


def test_clear_removes_them():
    generate()
    entries = list(bench_entries().values_list("pk", flat=True))
    before = snapshot_real()
    output = generate(clear=True, items=0)
    assert f"Removed {ITEMS} earlier bench entries" in output
    assert not bench_entries().exists()
    assert not SearchEntry.topics.through.objects.filter(searchentry_id__in=entries).exists()
    assert not SearchEntry.states.through.objects.filter(searchentry_id__in=entries).exists()
    assert not IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(SearchEntry),
        object_id__in=[str(pk) for pk in entries],
    ).exists()
    assert snapshot_real() == before
