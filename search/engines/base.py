"""The interface every search engine implements."""


class SearchEngine:
    name = "base"

    def search(self, query):
        """Run a ``SearchQuery``; return ``SearchResults``."""
        raise NotImplementedError

    def suggest(self, prefix, limit=8):
        """Titles and topics for autocomplete: a list of {label, url, kind}."""
        raise NotImplementedError

    def health(self):
        """A dict describing whether the engine can serve requests."""
        return {"engine": self.name, "ok": True}
