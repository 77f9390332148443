"""Where snippets find the text of attached documents, given by the app that extracts it:
``register(lookup)`` from an ``AppConfig.ready()``.

Entries list their documents as ``[{id, title}]``; when only a document's text matched a
search, the database engine shows a snippet of it. ``lookup(ids)`` returns {id: text} for
the documents whose text is known (missing ids have none).
"""

_lookup = None


def register(lookup):
    global _lookup  # noqa: PLW0603 - one lookup for the whole site, set once at start-up
    _lookup = lookup
    return lookup


def texts(document_ids):
    if not document_ids or _lookup is None:
        return {}
    return dict(_lookup(list(document_ids)))
