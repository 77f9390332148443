import os
from dataclasses import replace

import pytest
from django.http import QueryDict

from search.engines.database import DatabaseEngine
from search.query import SearchQuery
from tests.forums.conftest import forum  # noqa: F401 - two communities and their threads

ENGINES = ["database", "elasticsearch"]


@pytest.fixture(params=ENGINES)
def engine(request, db, settings):
    """Each engine in turn, over the same demo content.

    The Elasticsearch engine needs a server; it runs wherever ELASTICSEARCH_URL is set.
    """
    if request.param == "database":
        return DatabaseEngine()
    url = os.environ.get("ELASTICSEARCH_URL")
    if not url:
        pytest.skip("Elasticsearch contract tests need ELASTICSEARCH_URL (no server here)")
    from search.engines.elasticsearch import ElasticsearchEngine
    from search.models import SearchEntry

    engine = ElasticsearchEngine(url, "sameside-test")
    engine.rebuild(SearchEntry.objects.all())
    return engine


def make_query(params="", per_page=None):
    query = SearchQuery.from_params(QueryDict(params))
    return replace(query, per_page=per_page) if per_page else query


@pytest.fixture(autouse=True)
def closed_breaker():
    """Every test starts and ends with the search circuit breaker closed (it lives in the
    cache, which outlives a test)."""
    from search.engines.breaker import elasticsearch_breaker

    elasticsearch_breaker().reset()
    yield
    elasticsearch_breaker().reset()


@pytest.fixture
def no_worker(settings):
    """Tasks are queued in the database and no worker runs them, as when the worker is
    stopped: only what happens in the request's own transaction is visible."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # django-tasks rebuilds its backends when TASKS changes (setting_changed).
    return settings
