"""Serve from Elasticsearch, and from the database whenever Elasticsearch fails.

A circuit breaker (``breaker.py``, shared by every worker through the cache) counts the
failures: once it opens, requests go straight to the database without touching
Elasticsearch, so a hung server costs a few requests one timeout each, not every request.
"""

import logging

from .base import IndexBehind, SearchEngine
from .breaker import elasticsearch_breaker

logger = logging.getLogger("search")


class FallbackEngine(SearchEngine):
    def __init__(self, primary, fallback, breaker=None):
        self.primary = primary
        self.fallback = fallback
        self.breaker = breaker or elasticsearch_breaker()

    @property
    def name(self):
        return self.primary.name

    @property
    def fallback_name(self):
        return f"{self.fallback.name} (fallback)"

    def _call(self, method, *args, **kwargs):
        if self.breaker.allow():
            try:
                result = getattr(self.primary, method)(*args, **kwargs)
            except IndexBehind as error:
                # Elasticsearch is up but behind on withdrawals: not a failure of the server.
                logger.warning("%s; the database engine is answering.", error)
            except Exception as error:  # noqa: BLE001 - any failure means: answer from the database
                self.breaker.record_failure()
                logger.warning(
                    "Elasticsearch failed (%s: %s); the database engine is answering.",
                    type(error).__name__,
                    error,
                )
            else:
                self.breaker.record_success()
                return result, self.primary.name
        return getattr(self.fallback, method)(*args, **kwargs), self.fallback_name

    def search(self, query):
        results, engine = self._call("search", query)
        results.engine = engine
        return results

    def suggest(self, prefix, limit=8):
        return self._call("suggest", prefix, limit)[0]

    def health(self):
        """Elasticsearch's own report, with the breaker's state, without waiting on a
        server the breaker has given up on. ``ok`` is Elasticsearch's."""
        breaker = self.breaker.state()
        if self.breaker.allow():
            primary = self.primary.health()
            if primary.get("ok"):
                self.breaker.record_success()
            else:
                self.breaker.record_failure()
            breaker = self.breaker.state()
        else:
            primary = {
                "engine": self.primary.name,
                "ok": False,
                "error": "Elasticsearch failed repeatedly; the database engine answers "
                "until the circuit breaker's cool-down is over.",
            }
            if hasattr(self.primary, "describe"):
                primary |= self.primary.describe()
        primary["breaker"] = breaker
        serving = self.primary.name if primary.get("ok") else self.fallback_name
        return {"engine": serving, "ok": bool(primary.get("ok")), "elasticsearch": primary}
