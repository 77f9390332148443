"""The facets of the clearinghouse search: what can be narrowed, and the allowed values.

Every engine facets on the same denormalised fields of ``SearchEntry``. Topics and
states are many-valued; the rest hold one value per entry. Values OR within a facet
and AND across facets; counts are disjunctive (see ``engines/database.py``).
"""

from dataclasses import dataclass

from resources.choices import Locale, ResourceType, SizeBand, Stage, Status, USState


class ContentKind:
    CASE_STUDY = "case_study"
    RESOURCE = "resource"
    DISCUSSION = "discussion"
    CHOICES = {CASE_STUDY: "Case study", RESOURCE: "Resource", DISCUSSION: "Discussion"}


@dataclass(frozen=True)
class Facet:
    name: str  # the GET parameter
    label: str
    field: str  # the SearchEntry field (for many-valued facets, the relation)
    many: bool = False
    static_choices: tuple = ()

    def choices(self):
        """Allowed values -> labels, in display order."""
        if self.name == "topic":
            from resources.models import Topic

            return dict(Topic.objects.order_by("name").values_list("slug", "name"))
        return dict(self.static_choices)


FACETS = (
    Facet("topic", "Topic", "topics", many=True),
    Facet("type", "Content type", "kind", static_choices=tuple(ContentKind.CHOICES.items())),
    Facet("resource_type", "Resource type", "resource_type", static_choices=ResourceType.choices),
    Facet("state", "State", "states", many=True, static_choices=USState.choices),
    Facet("locale", "Locale", "locale", static_choices=Locale.choices),
    Facet("size", "District size", "size_band", static_choices=SizeBand.choices),
    Facet("stage", "Stage of collaboration", "stage", static_choices=Stage.choices),
    Facet("status", "Status", "status", static_choices=Status.choices),
)
FACETS_BY_NAME = {facet.name: facet for facet in FACETS}

# Many-valued facets join through these models and value fields.
MANY_VALUE_FIELD = {"topic": "topics__slug", "state": "states__code"}

YEAR_MIN = 1900
