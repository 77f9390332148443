"""The faceted directories of members and of organizations.

A directory is a queryset, a text filter and a list of facets. Facets combine as the
site's search does: OR within a facet, AND across facets, and each facet's counts are
taken with every other facet's selection applied but not its own (so choosing "MA" still
shows how many there are in each other state). A request makes a fixed number of
queries: one count per facet, the total, and the page.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count, Q

from network.core.pagination import paginate
from resources.choices import Locale, SizeBand, Stage, UnionAffiliation, USState
from resources.models import Topic
from search.text import query_text

from .models import MemberProfile, MemberRole, Organization, OrganizationKind
from .regions import Region

PAGE_SIZE = 24
QUERY_MAX_LENGTH = 100


@dataclass
class Facet:
    name: str  # the URL parameter
    label: str
    field: str  # a field of the listed model; for ``many``, the M2M field
    choices: list = field(default_factory=list)  # (value, label); topics are read per request
    many: bool = False

    def condition(self, model, values):
        if self.many:
            # The link table alone: the outer query already applies every other condition,
            # and a subquery on the listed model would scan it again.
            m2m = model._meta.get_field(self.field)
            links = m2m.remote_field.through.objects.filter(
                **{f"{m2m.m2m_reverse_field_name()}__slug__in": values}
            )
            return Q(pk__in=links.values(m2m.m2m_column_name()))
        return Q(**{f"{self.field}__in": values})


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetResult:
    facet: Facet
    options: list

    @property
    def name(self):
        return self.facet.name

    @property
    def label(self):
        return self.facet.label

    @property
    def any_selected(self):
        return any(option.selected for option in self.options)


@dataclass
class Listing:
    page_obj: object
    facets: list
    query: str
    selected: dict
    extra_query: str  # the filters as a query string, for pagination links

    @property
    def active_filters(self):
        labels = {}
        for result in self.facets:
            for option in result.options:
                if option.selected:
                    labels.setdefault(result.label, []).append(option.label)
        return labels


def topic_choices():
    return list(Topic.objects.order_by("name").values_list("slug", "name"))


class Directory:
    facets: list = []
    text_field = ""

    def base(self):
        raise NotImplementedError

    def matching_text(self, queryset, text):
        return queryset.filter(**{f"{self.text_field}__icontains": text})

    def choices_for(self, facet, topics):
        return facet.choices or topics

    def read(self, params, topics):
        """The valid selections in ``params`` (a QueryDict) and the text query."""
        selected = {}
        for facet in self.facets:
            valid = {value for value, _ in self.choices_for(facet, topics)}
            values = [v for v in dict.fromkeys(params.getlist(facet.name)) if v in valid]
            if values:
                selected[facet.name] = values
        text = query_text(params.get("q"), QUERY_MAX_LENGTH)
        return selected, text

    def filtered(self, selected, text, skip=None):
        queryset = self.base()
        if text:
            queryset = self.matching_text(queryset, text)
        for facet in self.facets:
            if facet.name != skip and facet.name in selected:
                # For topics, a subquery: a member with two chosen topics is still one row.
                queryset = queryset.filter(facet.condition(queryset.model, selected[facet.name]))
        return queryset

    def counts(self, facet, queryset):
        if facet.many:
            # Link rows are unique per (item, topic): counting them needs no DISTINCT.
            m2m = queryset.model._meta.get_field(facet.field)
            item, topic = m2m.m2m_field_name(), m2m.m2m_reverse_field_name()
            rows = (
                m2m.remote_field.through.objects.filter(**{f"{item}__in": queryset.values("pk")})
                .values(f"{topic}__slug")
                .annotate(n=Count("*"))
                .order_by()
            )
            return {row[f"{topic}__slug"]: row["n"] for row in rows}
        rows = queryset.values(facet.field).annotate(n=Count("pk")).order_by()
        return {row[facet.field]: row["n"] for row in rows}

    def run(self, request):
        topics = topic_choices() if any(facet.many for facet in self.facets) else []
        selected, text = self.read(request.GET, topics)
        results = []
        for facet in self.facets:
            counts = self.counts(facet, self.filtered(selected, text, skip=facet.name))
            chosen = selected.get(facet.name, [])
            options = [
                Option(value, label, counts.get(value, 0), value in chosen)
                for value, label in self.choices_for(facet, topics)
                if counts.get(value) or value in chosen
            ]
            results.append(FacetResult(facet, options))
        page_obj = paginate(request, self.ordered(self.filtered(selected, text)), PAGE_SIZE)
        pairs = [(name, value) for name, values in selected.items() for value in values]
        if text:
            pairs.append(("q", text))
        return Listing(page_obj, results, text, selected, urlencode(pairs))

    def ordered(self, queryset):
        return queryset


class MemberDirectory(Directory):
    facets = [
        Facet("role", "Role", "role", MemberRole.choices),
        Facet("state", "State", "state", USState.choices),
        Facet("locale", "Locale", "locale", Locale.choices),
        Facet("size", "District size", "size_band", SizeBand.choices),
        Facet("topic", "Topics", "topics", many=True),
        Facet("stage", "Stage of collaboration", "stage", Stage.choices),
        Facet("affiliation", "Union affiliation", "union_affiliation", UnionAffiliation.choices),
    ]
    text_field = "search_text"

    def base(self):
        return MemberProfile.objects.filter(listed=True)

    def matching_text(self, queryset, text):
        # ``search_text`` is stored lower-case, so a plain ``contains`` needs no UPPER().
        return queryset.filter(search_text__contains=text.lower())

    def ordered(self, queryset):
        return queryset.select_related("user", "user__facilitator", "organization").order_by(
            "user__last_name", "user__first_name", "user_id"
        )


class OrganizationDirectory(Directory):
    facets = [
        Facet("kind", "Kind", "kind", OrganizationKind.choices),
        Facet("state", "State", "state", USState.choices),
        Facet("region", "Region", "region", Region.choices),
        Facet("locale", "Locale", "locale", Locale.choices),
        Facet("size", "Enrollment", "size_band", SizeBand.choices),
        Facet("topic", "Topics", "topics", many=True),
        Facet("stage", "Stage of collaboration", "stage", Stage.choices),
        Facet("affiliation", "Union affiliation", "union_affiliation", UnionAffiliation.choices),
    ]
    text_field = "name"

    def base(self):
        return Organization.objects.all()

    def ordered(self, queryset):
        return queryset.order_by("name", "pk")
