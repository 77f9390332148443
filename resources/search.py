"""How the library reaches the site's search: the resource index source, the fields every
library page shares (``library_entry``, used by the case-study source too), and what
search is given from this app in ``ResourcesConfig.ready()`` (``register``): the
taxonomy facets and their labels, topic suggestions, and documents' extracted text.
"""

import re

from network.core import per_request
from search import document_text, facets, suggestions
from search.indexing import stream_text
from search.sources import EntryData, IndexSource, registry

from .choices import Locale, ResourceType, SizeBand, Stage, Status, USState
from .models import DocumentText, ExtractionStatus, ResourcePage, Topic

RESOURCE = "resource"
SUGGEST_TOPICS = 4


# Words that say what kind of body an organization is, not which: "Toledo Public
# Schools" and "Toledo Federation of Teachers" are both "Toledo" to a reader.
GENERIC_WORDS = frozenset(
    """
    public city county unified regional school schools district districts federation
    teachers teacher educators union association of the in for
    """.split()
)
LEADING_WORDS = frozenset(
    ["the", "city", "school", "district", "in"]
)  # "City School District in Rochester"
PARENTHESES = re.compile(r"\(([^)]*)\)")
BEFORE_PARENTHESES = re.compile(r"([^:,()]+)\(")  # the name a parenthesis explains


def short_forms(name):
    """A name and the shorter names it goes by: without its parentheses, what they hold
    and what they explain ("Baltimore Teachers Union (BTU)": "BTU"; "ProComp
    (Professional Compensation System) and ...": "ProComp"), before a comma or a colon ("Glenview,
    Illinois": "Glenview"), and without generic words at either end ("Green Dot Public
    Schools": "Green Dot")."""
    forms = [name]
    bare = " ".join(PARENTHESES.sub(" ", name).split())
    forms += [bare, *(inner.strip() for inner in PARENTHESES.findall(name))]
    forms += [explained.strip() for explained in BEFORE_PARENTHESES.findall(name)]
    forms += [form.split(",")[0] for form in list(forms)]
    forms += [form.split(":")[0] for form in list(forms)]
    for form in list(forms):
        words = form.split()
        while words and words[-1].lower().strip(".") in GENERIC_WORDS:
            words.pop()
        while words and words[0].lower() in LEADING_WORDS:
            words.pop(0)
        if words:
            forms.append(" ".join(words))
    # A state is where an organization is, not its name ("Massachusetts Teachers
    # Association" is not "Massachusetts"); a year in brackets is no name either.
    states = {label.lower() for _, label in USState.choices}
    forms = [form.strip() for form in forms if form.strip() and not form.strip().isdigit()]
    return [form for form in dict.fromkeys(forms) if form == name or form.lower() not in states]


def title_names(title):
    """The names a library page's title gives: what stands before its colon ("Toledo:
    peer assistance and review") and what its brackets hold ("(PAR)")."""
    names = [inner.strip() for inner in PARENTHESES.findall(title)]
    if ":" in title:
        names.append(title.split(":")[0])
    return [name for name in names if name.strip() and not name.strip().isdigit()]


# What each kind of resource is called by someone looking for one ("an MOU", "a
# template"): a query naming the kind puts those resources first, as a name does.
RESOURCE_TYPE_NAMES = {
    ResourceType.CONTRACT_LANGUAGE: ["sample contract language", "contract language"],
    ResourceType.MOU: ["memorandum of understanding", "MOU", "memoranda of understanding"],
    ResourceType.TOOLKIT: ["toolkit"],
    ResourceType.TEMPLATE: ["template", "worksheet"],
    ResourceType.RESEARCH_REPORT: ["research report"],
    ResourceType.ARTICLE: ["article"],
    ResourceType.VIDEO: ["video"],
    ResourceType.POLICY: ["state policy", "legislation", "state law"],
}


def library_names(page, program_name="", resource_type=""):
    """What a library page is known by: the names its title gives, its program, its
    organizations with their short forms, its topics and, for a resource, what its kind
    is called (``EntryData.names``)."""
    names = title_names(page.title)
    if program_name:
        names += short_forms(program_name)
    for organization in page.organizations.all():
        names += short_forms(organization.name)
    names += [topic.name for topic in page.topics.all()]
    names += RESOURCE_TYPE_NAMES.get(resource_type, [])
    return names


def library_entry(
    page, kind, parts, resource_type="", documents=(), document_text="", program_name=""
):
    """The entry for a library page (case study or resource): ``parts`` are the texts of
    its own fields; the summary, facets, topics, states and names are shared. Library
    pages come before discussions for the same match (``standing`` 0)."""
    return EntryData(
        kind=kind,
        url=page.url or "",
        title=page.title,
        summary=page.summary,
        body=" ".join(part for part in parts if part),
        names=library_names(page, program_name, resource_type),
        standing=0,
        published_at=page.first_published_at,
        topics=list(page.topics.all()),
        states=list(page.states.all()),
        facets={
            "resource_type": resource_type,
            "locale": page.locale_type,
            "size_band": page.size_band,
            "stage": page.stage,
            "status": page.status,
            "student_outcomes_reported": page.student_outcomes_reported,
            "start_year": page.start_year,
            "end_year": page.end_year,
        },
        documents=list(documents),
        document_text=document_text,
    )


def live_library_pages(model):
    """What a rebuild visits for a library page type: its live, public pages."""
    return model.objects.live().public().specific()


class ResourceSource(IndexSource):
    model = ResourcePage

    def indexed_objects(self):
        return live_library_pages(self.model)

    def entry_for(self, page):
        documents, texts = [], []
        for link in page.document_links.select_related("document", "document__extracted"):
            document = link.document
            documents.append({"id": document.pk, "title": link.title})
            extracted = getattr(document, "extracted", None)
            if extracted is not None and extracted.status == ExtractionStatus.EXTRACTED:
                texts.append(extracted.text)
        return library_entry(
            page,
            RESOURCE,
            [stream_text(page.body), stream_text(page.clauses), page.rights],
            resource_type=page.resource_type,
            documents=documents,
            document_text="\n".join(texts),
        )


def _read_topic_choices():
    return dict(Topic.objects.order_by("name").values_list("slug", "name"))


def topic_choices():
    # Asked twice per search (the query's choices, the facet's labels): read once.
    return dict(per_request.remember("topic_choices", _read_topic_choices))


def topic_suggestions(prefix):
    """Topics whose name contains ``prefix``, as autocomplete suggestions."""
    return [
        {"label": name, "url": f"/search/?topic={slug}", "kind": "topic"}
        for slug, name in Topic.objects.filter(name__icontains=prefix)
        .order_by("name")
        .values_list("slug", "name")[:SUGGEST_TOPICS]
    ]


def extracted_texts(document_ids):
    return DocumentText.objects.filter(
        document_id__in=document_ids, status=ExtractionStatus.EXTRACTED
    ).values_list("document_id", "text")


def register():
    """Give search the library's vocabulary, suggestions, document text and source."""
    facets.register_kind(RESOURCE, "Resource", order=20)
    facets.register("topic", "Topic", "topics", choices=topic_choices, order=10)
    facets.register(
        "resource_type", "Resource type", "resource_type", choices=ResourceType.choices, order=30
    )
    facets.register("state", "State", "states", choices=USState.choices, order=40)
    facets.register("locale", "Locale", "locale", choices=Locale.choices, order=50)
    facets.register("size", "District size", "size_band", choices=SizeBand.choices, order=60)
    facets.register("stage", "Stage of collaboration", "stage", choices=Stage.choices, order=70)
    facets.register("status", "Status", "status", choices=Status.choices, order=80)
    suggestions.register(topic_suggestions)
    document_text.register(extracted_texts)
    registry.register(ResourceSource)
