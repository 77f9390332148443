"""What a comparison holds: which clauses (picked, or all on a provision, topic or
search), read from the clause index at query time, and arranged in columns by district
and union.

Every read goes through ``visible_clauses``: the rows of live pages that no view
restriction covers *now*, so a page withdrawn or restricted since a row was written (or
since a comparison was saved) drops out even before the index catches up.
"""

import re
from dataclasses import dataclass, field

from django.db.models import Q

from resources.choices import Provision
from resources.models import LibraryPage, Topic

from .models import Clause

MAX_CLAUSES = 100  # picked in one comparison (URL, session or saved)
MAX_QUERY = 200
CLAUSE_ID = re.compile(r"^[0-9A-Za-z-]{8,64}$")
SLUG = re.compile(r"^[-\w]{1,100}$")
CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # never in a query (PostgreSQL refuses NUL)
# Organization kinds (network.models.OrganizationKind, named: compare sits below network).
DISTRICT_KINDS = {"district", "charter_network"}
UNION_KINDS = {"union"}


def visible_clauses():
    public = LibraryPage.objects.live().public().values("pk")
    return (
        Clause.objects.filter(page__in=public)
        .select_related("page")
        .prefetch_related("page__organizations")
    )


def clean_ids(values):
    """Clause ids from a request or a saved comparison: well formed, once each, in order."""
    ids = [value.strip() for value in values if CLAUSE_ID.fullmatch(value.strip())]
    return list(dict.fromkeys(ids))[:MAX_CLAUSES]


def picked(ids):
    """The visible clauses with these block ids, in the order given."""
    ids = clean_ids(ids)
    by_id = {}
    for clause in visible_clauses().filter(block_id__in=ids):
        by_id.setdefault(clause.block_id, clause)  # a block id copied to two pages: first
    return [by_id[i] for i in ids if i in by_id]


@dataclass
class Choice:
    """What the visitor asked to compare, read from the query string."""

    ids: list = field(default_factory=list)
    provision: str = ""
    topic: Topic | None = None
    text: str = ""
    asked: bool = False  # the query string asked for something, valid or not

    @classmethod
    def from_params(cls, params):
        provision = params.get("provision", "")
        slug = params.get("topic", "")
        return cls(
            ids=clean_ids(params.getlist("c")),
            provision=provision if provision in Provision.values else "",
            topic=Topic.objects.filter(slug=slug).first() if SLUG.fullmatch(slug) else None,
            text=" ".join(CONTROL.sub(" ", params.get("q", "")).split())[:MAX_QUERY],
            asked=any(params.get(name) for name in ("c", "provision", "topic", "q")),
        )

    @property
    def is_empty(self):
        return not (self.ids or self.provision or self.topic or self.text)

    @property
    def provision_label(self):
        return Provision(self.provision).label if self.provision else ""

    def clauses(self):
        if self.ids:
            return picked(self.ids)
        if self.is_empty:
            return []
        clauses = visible_clauses()
        if self.provision:
            clauses = clauses.filter(provision=self.provision)
        if self.topic is not None:
            clauses = clauses.filter(page__topic_items__tag=self.topic)
        for word in self.text.split()[:10]:
            clauses = clauses.filter(
                Q(heading__icontains=word)
                | Q(text__icontains=word)
                | Q(parties__icontains=word)
                | Q(page__title__icontains=word)
            )
        return list(clauses.distinct()[:MAX_CLAUSES])

    def query_items(self):
        """(name, value) pairs of the query string that asks for this comparison again."""
        if self.ids:
            return [("c", i) for i in self.ids]
        items = [("provision", self.provision)] if self.provision else []
        items += [("topic", self.topic.slug)] if self.topic else []
        items += [("q", self.text)] if self.text else []
        return items


def first_word(name):
    return re.split(r"[\s,]+", name.strip(), maxsplit=1)[0]


def named_in(organization, text):
    word = first_word(organization.name)
    return bool(word) and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I) is not None


def district_and_union(clause):
    """(district, union) names a clause is compared under.

    A page about one district gives its organizations' names when the clause's parties
    (or heading) name that district; of its unions, those the parties name (all, if
    none is named). Otherwise (a compendium of several districts, or a clause from
    elsewhere quoted on the page) the clause's own parties, as its source gives them,
    stand for both.
    """
    organizations = list(clause.page.organizations.all())
    districts = [o for o in organizations if o.kind in DISTRICT_KINDS]
    unions = [o for o in organizations if o.kind in UNION_KINDS]
    said = f"{clause.parties} {clause.heading}"
    if len(districts) == 1 and named_in(districts[0], said):
        unions = [o for o in unions if named_in(o, said)] or unions  # the ones it names
        return districts[0].name, "; ".join(sorted(o.name for o in unions))
    return clause.parties or clause.page.title, ""


@dataclass
class Column:
    district: str
    union: str
    clauses: list = field(default_factory=list)

    @property
    def label(self):
        return f"{self.district} and {self.union}" if self.union else self.district


def columns(clauses):
    """The clauses side by side: one column per district and union, in first-seen order."""
    by_key = {}
    for clause in clauses:
        district, union = district_and_union(clause)
        clause.district, clause.union = district, union
        by_key.setdefault((district, union), Column(district, union)).clauses.append(clause)
    return list(by_key.values())


def pages_of(clauses):
    """The distinct pages of the clauses, in order (for citations)."""
    return list({clause.page_id: clause.page for clause in clauses}.values())
