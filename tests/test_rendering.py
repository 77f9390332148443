"""Every page type renders, with the facts a visitor came for."""

import pytest
from django.core.files.base import ContentFile
from django.test import TestCase
from django.urls import reverse
from wagtail.models import PageViewRestriction

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from home.factories import StandardPageFactory
from home.models import HomePage, HomePageFeature, StandardPage
from network.factories import OrganizationFactory
from network.models import Organization
from resources.factories import DocumentFactory, ResourcePageFactory, TopicFactory
from resources.models import ResourceDocument, ResourceIndexPage, State, Topic

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def case_study(**fields):
    # The listing reads the search index, which publishing fills on commit.
    with TestCase.captureOnCommitCallbacks(execute=True):
        return CaseStudyPageFactory(parent=CaseStudyIndexPage.objects.get(), **fields)


def feature(*case_studies):
    """Put ``case_studies`` on the home page, in this order."""
    home = HomePage.objects.get()
    for number, page in enumerate(case_studies):
        HomePageFeature.objects.create(page=home, case_study=page, sort_order=number)
    return home


@pytest.fixture
def par():
    return TopicFactory(name="Peer assistance and review", slug="peer-assistance-and-review")


@pytest.fixture
def featured(par):
    """A case study tagged with a topic and featured on the home page."""
    page = case_study(title="Toledo Peer Assistance and Review", topics=[par])
    feature(page)
    return page


def test_home_page_shows_featured_newest_and_topics(client, featured, par):
    ResourcePageFactory(parent=ResourceIndexPage.objects.get(), topics=[par])
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="skip-link" href="#main"' in html
    assert featured.title in html
    assert "Newest resources" in html
    assert reverse("topic_detail", args=[par.slug]) in html


@pytest.mark.demo
@pytest.mark.parametrize(
    "key, program_fragment, state",
    [
        ("toledo", "Toledo", "Ohio"),
        ("baltimore", "Baltimore", "Maryland"),
        ("sacramento", "Sacramento", "California"),
    ],
)
def test_flagship_case_studies_show_program_state_and_citations(
    client, demo, key, program_fragment, state
):
    """The shipped flagship case studies: their programs, states and seed citations."""
    page = demo[key]
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert page.program_name in html.replace("&#x27;", "'").replace("&quot;", '"')
    assert state in html
    assert "Sources" in html
    assert "seed 00" in html


def test_case_study_index_paginates(client, monkeypatch):
    for number in range(3):
        case_study(title=f"Paginated case study {number}")
    monkeypatch.setattr(CaseStudyIndexPage, "per_page", 2)  # three case studies make two pages
    index = CaseStudyIndexPage.objects.get()
    first = client.get(index.url)
    assert first.status_code == 200
    total = CaseStudyPage.objects.live().count()
    assert f"{total} case studies" in first.content.decode()
    last = client.get(index.url, {"page": 999})
    assert last.status_code == 200
    assert "Page 2 of 2" in last.content.decode()
    assert client.get(index.url, {"page": "nonsense"}).status_code == 200


def test_resource_page_offers_documents_and_clauses(client):
    document = DocumentFactory(title="The agreement", file=ContentFile(PDF, name="agreement.pdf"))
    resource = ResourcePageFactory(
        parent=ResourceIndexPage.objects.get(),
        resource_type="contract_language",
        clauses=[("clause", {"heading": "Peer review panel", "text": "The panel decides."})],
        document_links=[ResourceDocument(document=document)],
    )
    html = client.get(resource.url).content.decode()
    assert "Clause excerpts" in html
    link = resource.document_links.first()
    assert link.document.url in html
    download = client.get(link.document.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content)[:4] in (b"%PDF", b"PK\x03\x04")


def test_resource_index_and_about_page(client):
    StandardPageFactory(
        parent=HomePage.objects.get(),
        title="About",
        slug="about",
        intro="A learning network and resource clearinghouse.",
    )
    assert client.get(ResourceIndexPage.objects.get().url).status_code == 200
    about = StandardPage.objects.get(slug="about")
    assert "clearinghouse" in client.get(about.url).content.decode()


def test_topic_pages_list_tagged_items(client, featured, par):
    listing = client.get(reverse("topic_list"))
    assert listing.status_code == 200
    topic = Topic.objects.get(slug=par.slug)
    detail = client.get(reverse("topic_detail", args=[topic.slug]))
    assert detail.status_code == 200
    assert featured.title in detail.content.decode()
    assert client.get(reverse("topic_detail", args=["no-such-topic"])).status_code == 404


def test_private_pages_are_hidden_from_lists(client, featured, par):
    lists = (reverse("topic_detail", args=[par.slug]), CaseStudyIndexPage.objects.get().url, "/")
    # Listed everywhere while public, so its absence below is the restriction's doing.
    assert all(featured.title.encode() in client.get(url).content for url in lists)
    PageViewRestriction.objects.create(page=featured, restriction_type="login")
    topic_html = client.get(reverse("topic_detail", args=[par.slug])).content
    assert featured.title.encode() not in topic_html
    assert featured.title.encode() not in client.get(CaseStudyIndexPage.objects.get().url).content
    assert featured.title.encode() not in client.get("/").content
    assert client.get(featured.url).status_code == 302  # to the login page


def test_unpublished_pages_are_hidden(client):
    page = case_study(title="Sacramento Priority Schools")
    assert client.get(f"/case-studies/{page.slug}/").status_code == 200
    page.unpublish()
    assert client.get(f"/case-studies/{page.slug}/").status_code == 404
    assert page.title.encode() not in client.get(CaseStudyIndexPage.objects.get().url).content


def test_organization_page(client):
    org = OrganizationFactory(name="Toledo Public Schools")
    page = case_study(title="Toledo Peer Assistance and Review", organizations=[org])
    org = Organization.objects.get(slug="toledo-public-schools")
    response = client.get(org.get_absolute_url())
    assert response.status_code == 200
    assert page.title in response.content.decode()


def test_search_finds_case_studies(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # indexed as on commit
        page = case_study(title="Toledo Peer Assistance and Review")
        case_study(title="Baltimore Career Pathways")
    response = client.get(reverse("search"), {"q": "Toledo"})
    assert response.status_code == 200
    assert page.title in response.content.decode()
    assert "Baltimore Career Pathways" not in response.content.decode()
    long_query = client.get(reverse("search"), {"q": "x" * 5000})
    assert long_query.status_code == 200


def test_unknown_url_gets_a_helpful_404(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "couldn’t find that page" in html
    assert reverse("topic_list") in html


def test_server_error_page_is_static(rf):
    from home.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert b"Something went wrong" in response.content


def test_print_stylesheet_is_linked(client):
    assert 'media="print"' in client.get(case_study().url).content.decode()


def test_sitemap_lists_public_pages_only(client):
    public, private = case_study(), case_study()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    xml = client.get("/sitemap.xml").content.decode()
    assert public.slug in xml
    assert private.slug not in xml


def count_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def tagged_case_studies(count):
    """Case studies with a topic, an organization and a state each, as cards show them."""
    topic, org = TopicFactory(), OrganizationFactory()
    states = State.objects.filter(code="OH")
    return [
        case_study(topics=[topic], organizations=[org], states=states, start_year=2000 + n)
        for n in range(count)
    ]


def test_home_page_queries_do_not_grow_with_featured_case_studies(client):
    home = feature(*tagged_case_studies(4))
    client.get("/")  # warm caches (site root, content types)
    many = count_queries(client, "/")
    assert home.featured_links.count() >= 4
    home.featured_links.exclude(pk=home.featured_links.first().pk).delete()
    assert count_queries(client, "/") == many


def test_index_queries_do_not_grow_with_items(client, monkeypatch):
    tagged_case_studies(5)
    index = CaseStudyIndexPage.objects.get()
    client.get(index.url)
    monkeypatch.setattr(CaseStudyIndexPage, "per_page", 3)
    few = count_queries(client, index.url)
    monkeypatch.setattr(CaseStudyIndexPage, "per_page", 20)
    assert count_queries(client, index.url) == few
