"""The facets of the clearinghouse search: what can be narrowed, and the allowed values.

Every engine facets on the same denormalised fields of ``SearchEntry`` (``FACET_FIELDS``).
Search owns those columns and the "Content type" facet; which other columns are facets,
under what label and with which values, is registered by the apps that own the
vocabulary (``register``, called from an ``AppConfig.ready()``: the resources app
registers the taxonomy). Content kinds are registered the same way (``register_kind``),
so a new searchable type needs no change here.

Topics and states are many-valued; the rest hold one value per entry. Values OR within a
facet and AND across facets; counts are disjunctive (see ``engines/database.py``).
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

# SearchEntry columns a facet may read. Many-valued ones join through a relation whose
# value field is given here; their copies on the row are in ``facet_sql.LIST_COLUMNS``.
SINGLE_VALUE_FIELDS = ("kind", "resource_type", "locale", "size_band", "stage", "status")
MANY_VALUE_FIELDS = {"topics": "topics__slug", "states": "states__code"}
FACET_FIELDS = (*SINGLE_VALUE_FIELDS, *MANY_VALUE_FIELDS)
DEFAULT_ORDER = 100

YEAR_MIN = 1900


class ContentKind:
    """The content kinds of the entries, value -> label in display order, filled by
    ``register_kind`` (each index source registers its own)."""

    CHOICES: dict[str, str] = {}
    _order: dict[str, int] = {}


def register_kind(value, label, order=DEFAULT_ORDER):
    """Make ``value`` a kind entries may have, shown as ``label`` under "Content type"."""
    ContentKind._order[value] = order
    ContentKind.CHOICES[value] = label
    ranked = sorted(ContentKind.CHOICES, key=lambda v: ContentKind._order[v])
    ContentKind.CHOICES = {v: ContentKind.CHOICES[v] for v in ranked}
    FACETS.register(replace(FACETS["type"], static_choices=tuple(ContentKind.CHOICES.items())))
    return value


def unregister_kind(value):
    ContentKind.CHOICES.pop(value, None)
    ContentKind._order.pop(value, None)
    FACETS.register(replace(FACETS["type"], static_choices=tuple(ContentKind.CHOICES.items())))


def kind_label(value):
    return ContentKind.CHOICES.get(value, value)


@dataclass(frozen=True)
class Facet:
    name: str  # the GET parameter
    label: str
    field: str  # the SearchEntry field (for many-valued facets, the relation)
    many: bool = False
    static_choices: tuple = ()
    # For values stored in the database (topics): called for each request.
    dynamic_choices: Callable[[], Mapping] | None = None
    order: int = DEFAULT_ORDER  # display order; ties keep the order of registration

    def choices(self):
        """Allowed values -> labels, in display order."""
        if self.dynamic_choices is not None:
            return dict(self.dynamic_choices())
        return dict(self.static_choices)


class FacetRegistry:
    """The registered facets: iterating gives ``Facet`` objects in display order, and
    ``FACETS[name]`` looks one up by its GET parameter."""

    def __init__(self):
        self._facets = {}

    def register(self, facet):
        # Facet names are GET parameters and appear in the counting SQL as literals.
        if not re.fullmatch(r"[a-z][a-z_]{0,29}", facet.name):
            raise ValueError(f"A facet name is lower-case letters and _, not {facet.name!r}.")
        if facet.field not in FACET_FIELDS:
            raise ValueError(f"{facet.field!r} is not a facet field of SearchEntry.")
        if facet.many != (facet.field in MANY_VALUE_FIELDS):
            raise ValueError(f"Facet {facet.name!r}: many= must match its field {facet.field!r}.")
        self._facets[facet.name] = facet
        self._facets = dict(
            sorted(
                self._facets.items(),
                key=lambda item: (item[1].order, list(self._facets).index(item[0])),
            )
        )
        return facet

    def unregister(self, name):
        self._facets.pop(name, None)

    def __getitem__(self, name):
        return self._facets[name]

    def __iter__(self):
        return iter(list(self._facets.values()))

    def __len__(self):
        return len(self._facets)

    def __contains__(self, name):
        return name in self._facets

    def get(self, name, default=None):
        return self._facets.get(name, default)


class ManyValueFields(Mapping):
    """{facet name: relation value field} of the registered many-valued facets."""

    def __init__(self, facets):
        self._registry = facets

    def _fields(self):
        return {f.name: MANY_VALUE_FIELDS[f.field] for f in self._registry if f.many}

    def __getitem__(self, name):
        return self._fields()[name]

    def __iter__(self):
        return iter(self._fields())

    def __len__(self):
        return len(self._fields())


FACETS = FacetRegistry()
FACETS_BY_NAME = FACETS  # lookups by name; kept for the callers that read it so
MANY_VALUE_FIELD = ManyValueFields(FACETS)


def register(name, label, field, *, choices, many=None, order=DEFAULT_ORDER):
    """Register a facet over a ``SearchEntry`` field. ``choices`` is a sequence of
    (value, label) pairs, or a callable returning a mapping for values in the database."""
    many = field in MANY_VALUE_FIELDS if many is None else many
    facet = Facet(
        name,
        label,
        field,
        many=many,
        static_choices=() if callable(choices) else tuple(choices),
        dynamic_choices=choices if callable(choices) else None,
        order=order,
    )
    return FACETS.register(facet)


FACETS.register(Facet("type", "Content type", "kind", order=20))
