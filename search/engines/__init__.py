"""Choose the engine: Elasticsearch when ELASTICSEARCH_URL is set (with the database
engine as its fallback), otherwise the database engine. ``get_writers()``: every engine
whose index must be kept (the database's always, Elasticsearch when configured)."""

from django.conf import settings

from .database import DatabaseEngine
from .fallback import FallbackEngine

_elasticsearch = {}


def elasticsearch_engine():
    """The Elasticsearch engine for the configured URL, or None when none is configured."""
    url = settings.ELASTICSEARCH_URL
    if not url:
        return None
    if url not in _elasticsearch:
        from .elasticsearch import ElasticsearchEngine  # loads the client only when configured

        _elasticsearch.clear()
        _elasticsearch[url] = ElasticsearchEngine(url, settings.ELASTICSEARCH_INDEX)
    return _elasticsearch[url]


def get_engine():
    primary = elasticsearch_engine()
    if primary is None:
        return DatabaseEngine()
    return FallbackEngine(primary, DatabaseEngine())


def get_writers():
    """The engines a rebuild writes, database first (Elasticsearch is filled from it)."""
    engines = [DatabaseEngine()]
    elasticsearch = elasticsearch_engine()
    if elasticsearch is not None:
        engines.append(elasticsearch)
    return engines
