"""Every page type renders, with the facts a visitor came for."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from home.models import StandardPage
from network.models import Organization
from resources.models import ResourceIndexPage, ResourcePage, Topic

pytestmark = pytest.mark.django_db


def test_home_page_shows_featured_newest_and_topics(client, demo):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="skip-link" href="#main"' in html
    assert demo["toledo"].title in html
    assert "Newest resources" in html
    assert reverse("topic_detail", args=["peer-assistance-and-review"]) in html


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
    page = demo[key]
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert page.program_name in html.replace("&#x27;", "'").replace("&quot;", '"')
    assert state in html
    assert "Sources" in html
    assert "seed 00" in html


def test_case_study_index_paginates(client, demo, monkeypatch):
    monkeypatch.setattr(CaseStudyIndexPage, "per_page", 12)
    index = CaseStudyIndexPage.objects.get()
    first = client.get(index.url)
    assert first.status_code == 200
    total = CaseStudyPage.objects.live().count()
    assert f"{total} case studies" in first.content.decode()
    last = client.get(index.url, {"page": 999})
    assert last.status_code == 200
    assert "Page 2 of 2" in last.content.decode()
    assert client.get(index.url, {"page": "nonsense"}).status_code == 200


def test_resource_page_offers_documents_and_clauses(client, demo):
    resource = ResourcePage.objects.get(slug="baltimore-2010-2013-agreement")
    html = client.get(resource.url).content.decode()
    assert "Clause excerpts" in html
    link = resource.document_links.first()
    assert link.document.url in html
    download = client.get(link.document.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content)[:4] in (b"%PDF", b"PK\x03\x04")


def test_resource_index_and_about_page(client, demo):
    assert client.get(ResourceIndexPage.objects.get().url).status_code == 200
    about = StandardPage.objects.get(slug="about")
    assert "clearinghouse" in client.get(about.url).content.decode()


def test_topic_pages_list_tagged_items(client, demo):
    listing = client.get(reverse("topic_list"))
    assert listing.status_code == 200
    topic = Topic.objects.get(slug="peer-assistance-and-review")
    detail = client.get(reverse("topic_detail", args=[topic.slug]))
    assert detail.status_code == 200
    assert demo["toledo"].title in detail.content.decode()
    assert client.get(reverse("topic_detail", args=["no-such-topic"])).status_code == 404


def test_private_pages_are_hidden_from_lists(client, demo):
    toledo = demo["toledo"]
    PageViewRestriction.objects.create(page=toledo, restriction_type="login")
    topic_html = client.get(reverse("topic_detail", args=["peer-assistance-and-review"])).content
    assert toledo.title.encode() not in topic_html
    assert toledo.title.encode() not in client.get(CaseStudyIndexPage.objects.get().url).content
    assert toledo.title.encode() not in client.get("/").content
    assert client.get(toledo.url).status_code == 302  # to the login page


def test_unpublished_pages_are_hidden(client, demo):
    sacramento = demo["sacramento"]
    sacramento.unpublish()
    assert client.get("/case-studies/sacramento-priority-schools/").status_code == 404
    assert sacramento.title.encode() not in client.get(CaseStudyIndexPage.objects.get().url).content


def test_organization_page(client, demo):
    org = Organization.objects.get(slug="toledo-public-schools")
    response = client.get(org.get_absolute_url())
    assert response.status_code == 200
    assert demo["toledo"].title in response.content.decode()


def test_search_finds_case_studies(client, demo):
    response = client.get(reverse("search"), {"q": "Toledo"})
    assert response.status_code == 200
    assert demo["toledo"].title in response.content.decode()
    long_query = client.get(reverse("search"), {"q": "x" * 5000})
    assert long_query.status_code == 200


def test_unknown_url_gets_a_helpful_404(client, demo):
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


def test_print_stylesheet_is_linked(client, demo):
    assert 'media="print"' in client.get(demo["toledo"].url).content.decode()


def test_sitemap_lists_public_pages_only(client, demo):
    PageViewRestriction.objects.create(page=demo["baltimore"], restriction_type="login")
    xml = client.get("/sitemap.xml").content.decode()
    assert demo["toledo"].slug in xml
    assert demo["baltimore"].slug not in xml


def count_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_home_page_queries_do_not_grow_with_featured_case_studies(client, demo):
    home = demo["home"]
    client.get("/")  # warm caches (site root, content types)
    many = count_queries(client, "/")
    assert home.featured_links.count() >= 4
    home.featured_links.exclude(pk=home.featured_links.first().pk).delete()
    assert count_queries(client, "/") == many


def test_index_queries_do_not_grow_with_items(client, demo, monkeypatch):
    index = CaseStudyIndexPage.objects.get()
    client.get(index.url)
    monkeypatch.setattr(CaseStudyIndexPage, "per_page", 3)
    few = count_queries(client, index.url)
    monkeypatch.setattr(CaseStudyIndexPage, "per_page", 20)
    assert count_queries(client, index.url) == few
