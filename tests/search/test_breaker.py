"""A hung or refusing Elasticsearch must not slow the site: the circuit breaker, with real
sockets (a server that accepts connections and never answers, and a closed port) and the
breaker's state in real Redis, shared with another process."""

import os
import socket
import subprocess
import sys
import threading
import time

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.urls import reverse

from forums import posting
from forums.search import thread_content_type
from network.core import health
from search import backlog, engines
from search.engines.breaker import elasticsearch_breaker
from search.models import PendingPush, SearchEntry
from tests.services import redis_url

pytestmark = pytest.mark.django_db

FAST = 0.3  # seconds: what "answered at once" means for a person waiting
REDIS_URL = redis_url("breaker")


class HungServer:
    """Accepts TCP connections and never answers; counts the connections it accepted."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.accepted = []
        self.closing = False
        threading.Thread(target=self.serve, daemon=True).start()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def serve(self):
        while not self.closing:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.accepted.append(connection)  # kept open, never read, never answered

    def close(self):
        self.closing = True
        for connection in self.accepted:
            connection.close()
        self.listener.close()


def refusing_url():
    """A port nothing listens on (bound, then closed)."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def hung():
    server = HungServer()
    yield server
    server.close()


@pytest.fixture
def elasticsearch_at(settings):
    def configure(url, cooldown=30):
        engines._elasticsearch.clear()
        settings.ELASTICSEARCH_URL = url
        settings.ELASTICSEARCH_TIMEOUT = 0.25
        settings.ELASTICSEARCH_BREAKER_FAILURES = 3
        settings.ELASTICSEARCH_BREAKER_COOLDOWN = cooldown

    yield configure
    engines._elasticsearch.clear()


@pytest.fixture
def redis_cache(settings):
    """The cache is real Redis (our own database number), as in production."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
        }
    }
    elasticsearch_breaker().reset()
    yield cache
    elasticsearch_breaker().reset()


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - start


def search(client, text="Toledo"):
    return client.get(reverse("search"), {"q": text, "format": "json"}).json()


def suggest(client, prefix="Tole"):
    return client.get(reverse("search_suggest"), {"q": prefix}).json()["suggestions"]


def open_the_breaker(client):
    for _ in range(3):
        data = search(client)
        assert data["engine"] == "database (fallback)"
        assert data["total"] > 0
    assert elasticsearch_breaker().state()["state"] == "open"


def test_a_hung_server_opens_the_breaker_then_searches_skip_it(
    client, library, hung, elasticsearch_at
):
    elasticsearch_at(hung.url)
    data, seconds = timed(search, client)
    assert seconds >= 0.25  # the first failure waits for the timeout, once
    assert data["engine"] == "database (fallback)"
    open_the_breaker(client)
    connections = len(hung.accepted)

    data, seconds = timed(search, client)
    assert seconds < FAST
    assert data["engine"] == "database (fallback)"
    assert library.toledo.url in [hit["url"] for hit in data["hits"]]

    suggestions, seconds = timed(suggest, client)
    assert seconds < FAST
    assert any("Toledo" in s["label"] for s in suggestions)

    response, seconds = timed(client.get, reverse("search_health"))
    assert seconds < FAST
    assert response.status_code == 503
    report = response.json()
    assert report["ok"] is False
    assert report["engine"] == "database (fallback)"
    assert report["elasticsearch"]["breaker"]["state"] == "open"
    assert report["elasticsearch"]["breaker"]["retry_at"]

    assert len(hung.accepted) == connections  # nothing touched Elasticsearch once open


def test_a_refusing_server_opens_the_breaker_too(client, library, elasticsearch_at):
    elasticsearch_at(refusing_url())
    open_the_breaker(client)
    data, seconds = timed(search, client)
    assert seconds < FAST and data["engine"] == "database (fallback)"
    suggestions, seconds = timed(suggest, client)
    assert seconds < FAST and suggestions


def test_after_the_cooldown_one_request_probes_across_workers(
    client, library, hung, elasticsearch_at, redis_cache
):
    elasticsearch_at(hung.url, cooldown=0.5)
    open_the_breaker(client)
    breaker = elasticsearch_breaker()
    assert not breaker.allow()
    time.sleep(0.6)
    assert breaker.state()["state"] == "half-open"

    allowed, barrier = [], threading.Barrier(8)

    def ask():
        barrier.wait()
        allowed.append(breaker.allow())

    workers = [threading.Thread(target=ask) for _ in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert allowed.count(True) == 1  # cache.add in Redis: one probe, whoever wins

    breaker.record_failure()  # the probe failed: open for another cool-down
    assert breaker.state()["state"] == "open" and not breaker.allow()
    time.sleep(0.6)
    assert breaker.allow()
    breaker.record_success()  # the probe succeeded: closed
    assert breaker.state()["state"] == "closed"


def test_the_breaker_state_is_shared_with_other_processes(redis_cache, settings):
    settings.ELASTICSEARCH_BREAKER_FAILURES = 3
    assert elasticsearch_breaker().allow()
    # Another worker process fails three times against the same Redis...
    script = (
        "import django; django.setup()\n"
        "from search.engines.breaker import elasticsearch_breaker\n"
        "breaker = elasticsearch_breaker()\n"
        "for _ in range(3): breaker.record_failure()\n"
        "print(breaker.state()['state'])\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "network.settings.test", "REDIS_URL": REDIS_URL}
    output = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert output.strip().endswith("open")
    # ...and this one stops asking Elasticsearch.
    assert elasticsearch_breaker().state()["state"] == "open"
    assert not elasticsearch_breaker().allow()


def test_posting_never_writes_elasticsearch_in_the_request(
    forum, hung, elasticsearch_at, no_worker, django_capture_on_commit_callbacks
):
    elasticsearch_at(hung.url)
    with django_capture_on_commit_callbacks(execute=True):
        _, seconds = timed(posting.add_reply, forum.thread, forum.people.other, "A new reply.")
    assert seconds < FAST
    assert hung.accepted == []  # the push is queued for the worker, not made here
    entry = SearchEntry.objects.get(content_type=thread_content_type(), object_id=forum.thread.pk)
    assert PendingPush.objects.filter(entry_id=entry.pk).exists()

    # The worker's push meets the hung server: it gives up, keeps the rows for later.
    waiting = PendingPush.objects.count()
    assert backlog.push() is None
    assert PendingPush.objects.count() == waiting
    with pytest.raises(CommandError, match="still waiting"):
        call_command("search_index", "catch-up")
    assert PendingPush.objects.count() == waiting


def test_search_health_is_registered_and_truthful(client, settings):
    from django.apps import apps

    from search.apps import SearchConfig

    assert type(apps.get_app_config("search")) is SearchConfig  # its ready() registers
    settings.ELASTICSEARCH_URL = ""
    report = health.report()
    assert report["checks"]["search"]["ok"] is True
    assert report["checks"]["search"]["engine"] == "database"
    response = client.get(reverse("search_health"))
    assert response.status_code == 200 and response.json()["ok"] is True
