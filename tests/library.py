"""A small published library that the search tests share, indexed as on a live site.

On SQLite it is built once per test process and then restored from a snapshot
(``tests/database_state.py``) for every test that asks for the ``library`` fixture;
elsewhere each such test builds it.
"""

from types import SimpleNamespace

from django.test import TestCase

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from home.models import HomePage
from resources.factories import DocumentFactory, ResourcePageFactory, TopicFactory
from resources.models import ResourceDocument, ResourceIndexPage, ResourcePage, State, Topic

SLUGS = {
    "toledo": (CaseStudyPage, "toledo-peer-assistance-and-review"),
    "baltimore": (CaseStudyPage, "baltimore-career-pathways"),
    "sacramento": (CaseStudyPage, "sacramento-priority-schools"),
    "par_guide": (ResourcePage, "par-program-design-guide"),
    "mou": (ResourcePage, "sacramento-priority-schools-mou"),
    "guide": (ResourcePage, "collaboration-guide"),
    "handbook": (ResourcePage, "joint-committee-handbook"),
}
TOPICS = [
    ("peer-assistance-and-review", "Peer assistance and review"),
    ("teacher-evaluation", "Teacher evaluation"),
    ("compensation", "Compensation"),
    ("transfers-and-staffing", "Transfers and staffing"),
]


def states(*codes):
    return list(State.objects.filter(code__in=codes))


def fetch():
    """The library's pages and topics, as the database holds them now."""
    pages = {name: model.objects.get(slug=slug) for name, (model, slug) in SLUGS.items()}
    topics = {slug: Topic.objects.get(slug=slug) for slug, _ in TOPICS}
    return SimpleNamespace(home=HomePage.objects.get(), topic=topics, **pages)


def build():
    """Build the library (the search sync and text extraction run as on commit).

    Three case studies, each the only one in its state: ``toledo`` (Ohio, peer assistance and
    review, advanced, running since 1981), ``baltimore`` (Maryland, compensation,
    advanced, 2010-2013) and ``sacramento`` (California, staffing, preliminary,
    2009-2012). Four resources: ``par_guide`` (Ohio, with a document), ``mou``
    (California; only its document says "SEIU allied trades"), ``guide`` (Massachusetts,
    the one title with "collaboration") and ``handbook`` (Maryland, advanced, an end year
    without a start). No document says "teacher": ``test_fulltext.py`` counts the queries
    of a search for it before and after adding entries, and a hit matched only in a
    document costs one more query while it is on the first page."""
    topic = {slug: TopicFactory(slug=slug, name=name) for slug, name in TOPICS}
    with TestCase.captureOnCommitCallbacks(execute=True):  # the documents' text extraction
        par_document = DocumentFactory(
            title="Designing a PAR program: decisions and examples",
            text="As in Toledo, consulting colleagues observe interns and report to a panel.",
        )
        mou_document = DocumentFactory(
            title="Sacramento priority schools agreement (text)",
            text="Signed by the district, the association and the SEIU allied trades.",
        )
    cases = CaseStudyIndexPage.objects.get()
    resources = ResourceIndexPage.objects.get()
    with TestCase.captureOnCommitCallbacks(execute=True):  # the search entries
        CaseStudyPageFactory(
            parent=cases,
            title="Toledo: peer assistance and review",
            slug="toledo-peer-assistance-and-review",
            program_name="Toledo Plan",
            summary="Consulting teachers in Toledo mentor new teachers and review veterans.",
            challenge="<p>Evaluations of new teachers had become a formality.</p>",
            approach="<p>A joint panel of teachers and administrators reviews every case.</p>",
            topics=[topic["peer-assistance-and-review"], topic["teacher-evaluation"]],
            states=states("OH"),
            locale_type="urban",
            size_band="large",
            stage="advanced",
            status="evaluated",
            start_year=1981,
        )
        CaseStudyPageFactory(
            parent=cases,
            title="Baltimore career pathways",
            slug="baltimore-career-pathways",
            summary="Teachers in Baltimore earn more as they move along career pathways.",
            approach="<p>A Joint Oversight Committee runs the pathways until its sunset.</p>",
            topics=[topic["compensation"]],
            states=states("MD"),
            locale_type="urban",
            size_band="very_large",
            stage="advanced",
            status="implemented",
            start_year=2010,
            end_year=2013,
        )
        CaseStudyPageFactory(
            parent=cases,
            title="Sacramento priority schools",
            slug="sacramento-priority-schools",
            summary="Sacramento staffed its priority schools through voluntary reassignment.",
            topics=[topic["transfers-and-staffing"]],
            states=states("CA"),
            locale_type="urban",
            size_band="large",
            stage="preliminary",
            status="pilot",
            start_year=2009,
            end_year=2012,
        )
        ResourcePageFactory(
            parent=resources,
            title="Designing a peer assistance and review (PAR) program",
            slug="par-program-design-guide",
            summary="The decisions a district and its union make together to start PAR.",
            topics=[topic["peer-assistance-and-review"]],
            states=states("OH"),
            document_links=[ResourceDocument(document=par_document)],
        )
        ResourcePageFactory(
            parent=resources,
            title="Sacramento Priority Schools MOU",
            slug="sacramento-priority-schools-mou",
            resource_type="mou",
            summary="The memorandum behind the priority schools.",
            topics=[topic["transfers-and-staffing"]],
            states=states("CA"),
            start_year=2009,
            end_year=2012,
            document_links=[ResourceDocument(document=mou_document)],
        )
        ResourcePageFactory(
            parent=resources,
            title="Labor-management collaboration for teacher evaluation",
            slug="collaboration-guide",
            resource_type="article",
            summary="How teachers and schools agree on evaluation together.",
            topics=[topic["teacher-evaluation"]],
            states=states("MA"),
            locale_type="suburban",
            stage="preliminary",
            start_year=2012,
        )
        ResourcePageFactory(
            parent=resources,
            title="Joint committee handbook",
            slug="joint-committee-handbook",
            resource_type="contract_language",
            summary="Sample language for a standing joint committee.",
            states=states("MD"),
            stage="advanced",
            end_year=2004,
        )
    return fetch()
