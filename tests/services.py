"""The local services the tests share, split so that test processes never meet.

Under pytest-xdist each worker ("gw0", "gw1"...) gets Redis databases of its own: the
account tests and the breaker tests empty theirs, and must not empty another worker's.
``TEST_REDIS_URL`` names the first database to use (default ``redis://127.0.0.1:6379/1``).
"""

import os
import re

PURPOSES = ("accounts", "breaker")
REDIS_DATABASES = 16  # Redis's default number of databases


def worker_number():
    match = re.fullmatch(r"gw(\d+)", os.environ.get("PYTEST_XDIST_WORKER", ""))
    return int(match.group(1)) if match else 0


def redis_url(purpose):
    base = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/1")
    server, _, first = base.rpartition("/")
    number = int(first or 0) + len(PURPOSES) * worker_number() + PURPOSES.index(purpose)
    if number >= REDIS_DATABASES:
        raise RuntimeError(
            f"Redis database {number} does not exist: run fewer test workers "
            "or start TEST_REDIS_URL at a lower database"
        )
    return f"{server}/{number}"
