import pytest
from django.core.cache import cache

from tests.forums.conftest import forum  # noqa: F401 - the communities, threads and roles


@pytest.fixture(autouse=True)
def page_cache(settings):
    """The page cache on (the test settings turn it off), and empty before and after."""
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def visitor(client):
    """An anonymous visitor's browser: no cookies at all, as on a first visit."""

    def get(url, **extra):
        client.cookies.clear()
        return client.get(url, **extra)

    return get
