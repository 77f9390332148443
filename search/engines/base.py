"""The interface every search engine implements, and what engines share."""

from .. import suggestions


class IndexBehind(Exception):  # noqa: N818 - a state of the index, not a programming error
    """Too many withdrawals wait for the engine's index: the database engine must answer."""


def registered_suggestions(prefix):
    """What the apps registered to suggest for ``prefix`` (topics...), before titles."""
    return suggestions.suggestions(prefix)


class SearchEngine:
    name = "base"
    label = "the search engine"  # where its writes go, for the rebuild's output
    uses_backlog = False  # written through search.backlog (Elasticsearch)

    def search(self, query):
        """Run a ``SearchQuery``; return ``SearchResults``."""
        raise NotImplementedError

    def suggest(self, prefix, limit=8):
        """Titles and topics for autocomplete: a list of {label, url, kind}."""
        raise NotImplementedError

    def health(self):
        """A dict describing whether the engine can serve requests."""
        return {"engine": self.name, "ok": True}

    # Writes: entries are SearchEntry rows, written by search.indexing.
    def index_entries(self, entries, refresh=None):
        """Add or replace these entries in the engine's index. Returns how many."""
        return 0

    def delete_entries(self, ids, refresh=None):
        """Remove the entries with these ids from the engine's index. Returns how many."""
        return 0

    def rebuild(self, entries, progress=None):
        """Index every entry of ``entries`` (a queryset) afresh. Returns how many."""
        return 0
