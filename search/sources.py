"""What content apps give search: one ``IndexSource`` per searchable model, registered in
the app's ``AppConfig.ready()``, each turning an item into an ``EntryData``.

Search knows no content type. A new searchable thing is one ``search.py`` in its own app:
a source (what is indexed, which entry each item makes, which items follow it), the
kind it registers (``search.facets.register_kind``), and ``registry.register(...)`` in
``ready()``. ``search.indexing`` then keeps its entries, withdrawals and rebuilds.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete
from wagtail.models import Page

from .terms import name_key

# SearchEntry columns an entry may fill through ``EntryData.facets``, with their blanks.
FACET_VALUES = {
    "resource_type": "",
    "locale": "",
    "size_band": "",
    "stage": "",
    "status": "",
    "student_outcomes_reported": False,
    "start_year": None,
    "end_year": None,
}


@dataclass(frozen=True)
class EntryData:
    """What one item puts in the index; ``search.indexing`` turns it into a SearchEntry."""

    kind: str  # a value given to search.facets.register_kind
    url: str
    title: str
    summary: str = ""
    body: str = ""
    published_at: datetime | None = None
    topics: Sequence = ()  # Topic instances (slug, name)
    states: Sequence = ()  # State instances (code)
    facets: Mapping[str, object] = field(default_factory=dict)  # keys of FACET_VALUES
    document_text: str = ""
    documents: Sequence[dict] = ()  # [{id, title}] of attached documents
    rank_boost: int = 0  # a tie-breaker after the text score: 1 for an accepted answer
    # What the item is known by, searched with the title's weight, and an exact match on
    # one puts the item first: a program's name, the organizations involved and their
    # short forms ("Toledo" for "Toledo Public Schools"), its topics.
    names: Sequence[str] = ()
    # Library pages (0) come before other kinds (1) and discussions (2) for the same
    # match (docs/search.md, "Relevance").
    standing: int = 1

    def __post_init__(self):
        unknown = set(self.facets) - set(FACET_VALUES)
        if unknown:
            raise ValueError(f"Unknown facet fields for a search entry: {sorted(unknown)}")

    def entry_values(self):
        """The SearchEntry column values (topics and states are set apart)."""
        return {
            "kind": self.kind,
            "url": self.url or "",
            "title": self.title,
            "summary": self.summary or "",
            "body": self.body or "",
            "document_text": self.document_text or "",
            "documents": list(self.documents),
            "published_at": self.published_at,
            "rank_boost": self.rank_boost,
            "names": entry_names(self.names),
            "standing": self.standing,
            **{
                name: blank if self.facets.get(name) is None else self.facets[name]
                for name, blank in FACET_VALUES.items()
            },
        }


def entry_names(names):
    """``SearchEntry.names``: the name keys (``search.terms.name_key``), one a line."""
    keys = []
    for name in names:
        key = name_key(name or "")
        if key and key not in keys:
            keys.append(key)
    return "\n".join(keys)


class IndexSource:
    """How one model's items become search entries. Subclass it in the content app."""

    model = None

    def indexed_objects(self):
        """What a rebuild visits (with the prefetches ``entry_for`` needs)."""
        return self.model._default_manager.all()

    def entry_for(self, obj) -> EntryData | None:
        """The entry for ``obj``; None when it must not be findable (a draft, held...)."""
        raise NotImplementedError

    def dependents(self, obj) -> Iterable:
        """Items whose entries follow ``obj`` and are re-synced with it (a community's
        threads)."""
        return ()

    def is_public(self, obj):
        """Whether visitors may see ``obj`` and what it owns. A page must also be live and
        unrestricted (``search.indexing.is_public``), whatever its source says. When this
        turns false, the entries ``obj`` owns are withdrawn at once, in the transaction."""
        return True

    def owner_page_id(self, obj):
        """The page whose privacy the entry follows (``SearchEntry.owner_page_id``):
        withdrawing that page, or a section above it, deletes the entry at once."""
        return obj.pk if isinstance(obj, Page) else None


def entry_content_type(obj_or_model):
    """The content type that, with the item's id, names its entry. All pages share
    Wagtail's ``Page`` (a page's id is unique among pages, whatever its type)."""
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    if issubclass(model, Page):
        model = Page
    return ContentType.objects.get_for_model(model)


class SourceRegistry:
    def __init__(self):
        self._sources = {}
        self._on_delete = None

    def register(self, source):
        """Register a source (an instance, or a class to instantiate). Returns it."""
        source = source() if isinstance(source, type) else source
        self._sources[source.model] = source
        if self._on_delete is not None:
            self._connect(source.model)
        return source

    def unregister(self, model):
        source = self._sources.pop(model, None)
        if source is not None:
            post_delete.disconnect(sender=model, dispatch_uid=self._uid(model))
        return source

    def for_instance(self, obj):
        """The source for ``obj`` (pass ``page.specific``), found along its classes."""
        return self.for_model(type(obj))

    def for_model(self, model):
        """The source for items of ``model``, found along its classes."""
        for cls in model.__mro__:
            if cls in self._sources:
                return self._sources[cls]
        return None

    def __iter__(self):
        return iter(list(self._sources.values()))

    def content_types(self):
        """The content types of every registered source's entries."""
        return {entry_content_type(model).pk for model in self._sources}

    def connect_delete_signals(self, receiver):
        """Call ``receiver(instance)`` when an item of any registered model (now or
        later) is deleted, so its entry goes in the same transaction."""
        self._on_delete = receiver
        for model in self._sources:
            self._connect(model)

    def _connect(self, model):
        receiver = self._on_delete
        post_delete.connect(
            lambda sender, instance, **kwargs: receiver(instance),
            sender=model,
            weak=False,
            dispatch_uid=self._uid(model),
        )

    @staticmethod
    def _uid(model):
        return f"search.remove.{model._meta.label_lower}"


registry = SourceRegistry()
