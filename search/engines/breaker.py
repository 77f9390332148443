"""A circuit breaker for Elasticsearch, with its state in the Django cache.

The cache is Redis in production, so every worker process sees the same state: once a
few requests have failed, no worker waits on a hung server until the cool-down is over.

* closed: requests go to Elasticsearch; each failure is counted (the count expires after
  ``ELASTICSEARCH_BREAKER_WINDOW`` seconds), a success clears the count;
* open: after ``ELASTICSEARCH_BREAKER_FAILURES`` failures in a row, requests skip
  Elasticsearch until ``ELASTICSEARCH_BREAKER_COOLDOWN`` seconds have passed;
* half-open: after the cool-down, the one caller that wins ``cache.add`` on the probe key
  tries Elasticsearch; everyone else keeps skipping it. A success closes the breaker, a
  failure opens it for another cool-down.

If the cache itself fails, the breaker stays out of the way (requests are allowed): a
broken cache must not stop search.
"""

import datetime
import logging
import time

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger("search")

PREFIX = "search:breaker"


class CircuitBreaker:
    def __init__(self, name="elasticsearch"):
        self.name = name
        self.failures_key = f"{PREFIX}:{name}:failures"
        self.open_key = f"{PREFIX}:{name}:open-until"
        self.probe_key = f"{PREFIX}:{name}:probe"

    @property
    def threshold(self):
        return max(1, int(getattr(settings, "ELASTICSEARCH_BREAKER_FAILURES", 3)))

    @property
    def window(self):
        return float(getattr(settings, "ELASTICSEARCH_BREAKER_WINDOW", 60))

    @property
    def cooldown(self):
        return float(getattr(settings, "ELASTICSEARCH_BREAKER_COOLDOWN", 30))

    @property
    def probe_timeout(self):
        # Long enough for the probe request to finish; if its worker dies, another probes.
        return max(self.cooldown, 10 * float(getattr(settings, "ELASTICSEARCH_TIMEOUT", 0.5)))

    def allow(self):
        """Whether this caller may contact Elasticsearch now."""
        try:
            open_until = cache.get(self.open_key)
            if open_until is None:
                return True
            if time.time() < open_until:
                return False
            return cache.add(self.probe_key, True, timeout=self.probe_timeout)
        except Exception as error:  # noqa: BLE001 - a broken cache must not stop search
            logger.warning("The search circuit breaker cannot read the cache: %s", error)
            return True

    def record_success(self):
        try:
            if cache.get_many([self.failures_key, self.open_key, self.probe_key]):
                cache.delete_many([self.failures_key, self.open_key, self.probe_key])
                logger.info("Elasticsearch answered again; the circuit breaker is closed.")
        except Exception as error:  # noqa: BLE001
            logger.warning("The search circuit breaker cannot write the cache: %s", error)

    def record_failure(self):
        try:
            probing = cache.get(self.open_key) is not None
            cache.add(self.failures_key, 0, timeout=self.window)
            try:
                failures = cache.incr(self.failures_key)
            except ValueError:  # expired between add and incr
                cache.set(self.failures_key, 1, timeout=self.window)
                failures = 1
            if probing or failures >= self.threshold:
                self.trip()
        except Exception as error:  # noqa: BLE001
            logger.warning("The search circuit breaker cannot write the cache: %s", error)

    def trip(self):
        """Open the breaker for one cool-down (also after a failed probe)."""
        # No expiry: the state is the timestamp, and only a success clears it.
        cache.set(self.open_key, time.time() + self.cooldown, timeout=None)
        cache.delete_many([self.failures_key, self.probe_key])
        logger.warning(
            "Elasticsearch failed repeatedly; the database engine answers for %s s.",
            self.cooldown,
        )

    def reset(self):
        cache.delete_many([self.failures_key, self.open_key, self.probe_key])

    def state(self):
        """{"state": "closed" | "open" | "half-open", ...}, for the health report."""
        try:
            values = cache.get_many([self.failures_key, self.open_key, self.probe_key])
        except Exception as error:  # noqa: BLE001
            return {"state": "unknown", "error": f"The cache did not answer: {error}"}
        report = {
            "state": "closed",
            "failures": values.get(self.failures_key, 0),
            "threshold": self.threshold,
            "cooldown_seconds": self.cooldown,
        }
        open_until = values.get(self.open_key)
        if open_until is not None:
            report["state"] = "open" if time.time() < open_until else "half-open"
            report["retry_at"] = datetime.datetime.fromtimestamp(
                open_until, datetime.UTC
            ).isoformat(timespec="seconds")
        return report


def elasticsearch_breaker():
    return CircuitBreaker("elasticsearch")
