"""The search part of the site's health report: ``engine_health()``, offered as "search"
by ``SearchConfig.health_checks()``, which the site's health report collects.

``ok`` is true when every engine search is configured to use can serve: the database's
full-text index always, and Elasticsearch when ``ELASTICSEARCH_URL`` is set. When
Elasticsearch is down the database engine still answers searches, and the report says
so (``engine``: "database (fallback)"), but ``ok`` is false: a dependency is down.
The report includes the circuit breaker's state and the backlog of Elasticsearch writes.
It never raises and never waits on an Elasticsearch the breaker has given up on.
"""

from django.db import connection

from . import backlog
from .dialects import fulltext_triggers_in_place
from .engines import get_engine
from .engines.fallback import FallbackEngine


def database_health():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM search_searchentry LIMIT 1")
            cursor.fetchall()
        if not fulltext_triggers_in_place():
            return {
                "ok": False,
                "error": "The full-text triggers are missing (see search/migrations/0003).",
            }
        return {"ok": True}
    except Exception as error:  # noqa: BLE001 - a health check reports, never raises
        return {"ok": False, "error": f"{type(error).__name__}: {error}"}


def engine_health():
    try:
        engine = get_engine()
        database = database_health()
        report = {"engine": engine.name, "database": database}
        ok = database["ok"]
        if isinstance(engine, FallbackEngine):
            report |= engine.health()
            report["backlog"] = backlog.status()
            ok = ok and report["ok"]
        report["ok"] = ok
        return report
    except Exception as error:  # noqa: BLE001
        return {"ok": False, "error": f"{type(error).__name__}: {error}"}
