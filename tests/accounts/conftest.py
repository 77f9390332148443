import pytest
from django.core.cache import cache

from network.settings import base
from tests.services import redis_url

# The project's own sign-in limits, as configured (the test settings turn them off).
RATE_LIMITS = base.ACCOUNT_RATE_LIMITS
# A Redis database the account tests may empty; REDIS_URL in production points elsewhere.
TEST_REDIS_URL = redis_url("accounts")
REDIS_CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": TEST_REDIS_URL,
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
    }
}


@pytest.fixture
def rate_limits(settings):
    """The configured sign-in limits on, counted in the local-memory cache."""
    settings.ACCOUNT_RATE_LIMITS = RATE_LIMITS
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def shared_cache(settings):
    """The configured sign-in limits on, counted in Redis (the shared cache production
    requires), emptied before and after."""
    settings.CACHES = REDIS_CACHES
    settings.ACCOUNT_RATE_LIMITS = RATE_LIMITS
    cache.clear()
    yield TEST_REDIS_URL
    cache.clear()
