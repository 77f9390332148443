"""The interface every search engine implements, and what engines share."""

SUGGEST_TOPICS = 4


class IndexBehind(Exception):  # noqa: N818 - a state of the index, not a programming error
    """Too many withdrawals wait for the engine's index: the database engine must answer."""


def topic_suggestions(prefix):
    """Topics whose name contains ``prefix``, as autocomplete suggestions."""
    from resources.models import Topic

    return [
        {"label": name, "url": f"/search/?topic={slug}", "kind": "topic"}
        for slug, name in Topic.objects.filter(name__icontains=prefix)
        .order_by("name")
        .values_list("slug", "name")[:SUGGEST_TOPICS]
    ]


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
