"""Serve from Elasticsearch, and from the database whenever Elasticsearch fails."""

import logging

from .base import SearchEngine

logger = logging.getLogger("search")


class FallbackEngine(SearchEngine):
    def __init__(self, primary, fallback):
        self.primary = primary
        self.fallback = fallback

    @property
    def name(self):
        return self.primary.name

    def _call(self, method, *args, **kwargs):
        try:
            return getattr(self.primary, method)(*args, **kwargs), self.primary.name
        except Exception as error:  # noqa: BLE001 - any failure means: answer from the database
            logger.warning(
                "Elasticsearch failed (%s: %s); the database engine is answering.",
                type(error).__name__,
                error,
            )
            return getattr(self.fallback, method)(
                *args, **kwargs
            ), f"{self.fallback.name} (fallback)"

    def search(self, query):
        results, engine = self._call("search", query)
        results.engine = engine
        return results

    def suggest(self, prefix, limit=8):
        return self._call("suggest", prefix, limit)[0]

    def health(self):
        primary = self.primary.health()
        serving = self.primary.name if primary.get("ok") else f"{self.fallback.name} (fallback)"
        return {"engine": serving, "ok": True, "elasticsearch": primary}
