"""Wagtail's API v2 at /api/v2/: pages with the library's fields and facet filters,
documents and images; read only and JSON only."""

import base64

import pytest

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/"
CASES = "casestudies.CaseStudyPage"
RESOURCES = "resources.ResourcePage"
TOLEDO, BALTIMORE = "toledo-peer-assistance-and-review", "baltimore-career-pathways"
SACRAMENTO = "sacramento-priority-schools"


def slugs(client, **params):
    response = client.get(PAGES, params)
    assert response.status_code == 200, response.content
    return {item["meta"]["slug"] for item in response.json()["items"]}


def test_pages_list_the_library_and_the_site_pages(client, library):
    response = client.get(PAGES)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    found = {item["meta"]["slug"]: item["meta"]["type"] for item in response.json()["items"]}
    assert found[library.toledo.slug] == CASES
    assert found[library.par_guide.slug] == RESOURCES
    assert found["resources"] == "resources.ResourceIndexPage"


def test_a_case_study_shows_its_facet_fields(client, library):
    data = client.get(f"{PAGES}{library.toledo.pk}/").json()
    assert data["title"] == library.toledo.title
    assert data["summary"] == library.toledo.summary
    assert data["topics"] == ["peer-assistance-and-review", "teacher-evaluation"]
    assert data["states"] == ["OH"]
    assert (data["locale_type"], data["size_band"]) == ("urban", "large")
    assert (data["stage"], data["status"]) == ("advanced", "evaluated")
    assert (data["start_year"], data["end_year"]) == (1981, None)
    assert data["program_name"] == "Toledo Plan"
    assert "formality" in data["challenge"]


def test_a_resource_shows_its_type_and_documents(client, library):
    data = client.get(f"{PAGES}{library.mou.pk}/").json()
    assert data["resource_type"] == "mou"
    [document] = data["document_links"]
    assert document["title"] == "Sacramento priority schools agreement (text)"
    assert document["download_url"].startswith("http")
    assert client.get(f"/api/v2/documents/{document['id']}/").status_code == 200


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"topic": "peer-assistance-and-review"}, {TOLEDO}),
        ({"topic": ["compensation", "transfers-and-staffing"]}, {BALTIMORE, SACRAMENTO}),
        ({"state": "OH"}, {TOLEDO}),
        ({"state": ["OH", "MD"]}, {TOLEDO, BALTIMORE}),
        ({"stage": "preliminary"}, {SACRAMENTO}),
        ({"status": ["pilot", "implemented"]}, {SACRAMENTO, BALTIMORE}),
        ({"size_band": "very_large"}, {BALTIMORE}),
        ({"locale_type": "urban", "state": "CA"}, {SACRAMENTO}),
        ({"year_from": "2013", "year_to": "2013"}, {TOLEDO, BALTIMORE}),
        ({"year_to": "2000"}, {TOLEDO}),
        ({"year_from": "2014"}, {TOLEDO}),  # still running: no end year
    ],
)
def test_case_study_filters(client, library, params, expected):
    assert slugs(client, type=CASES, **params) == expected


def test_filters_work_across_types_and_on_resources(client, library):
    ohio = slugs(client, state="OH")
    assert ohio == {"toledo-peer-assistance-and-review", "par-program-design-guide"}
    assert slugs(client, type=RESOURCES, state="OH") == {"par-program-design-guide"}
    assert slugs(client, resource_type="mou") == {"sacramento-priority-schools-mou"}
    both = slugs(client, type=RESOURCES, topic="peer-assistance-and-review", state="CA")
    assert both == set()


def test_wagtail_field_filters_and_search_still_work(client, library):
    assert slugs(client, type=CASES, slug="baltimore-career-pathways") == {
        "baltimore-career-pathways"
    }
    response = client.get(PAGES, {"type": CASES, "order": "-start_year", "fields": "start_year"})
    years = [item["start_year"] for item in response.json()["items"]]
    assert years == [2010, 2009, 1981]


@pytest.mark.parametrize(
    "params, message",
    [
        ({"topic": "no-such-topic"}, "unknown topic: no-such-topic"),
        ({"state": "ZZ"}, "unknown state: ZZ"),
        ({"stage": "finished"}, "unknown stage: finished"),
        ({"year_from": "soon"}, "year_from must be a year"),
        ({"student_outcomes_reported": "maybe"}, "must be true or false"),
        ({"colour": "red"}, "not an operation or a recognised field: colour"),
    ],
)
def test_bad_filters_are_a_400_with_a_message(client, library, params, message):
    response = client.get(PAGES, params)
    assert response.status_code == 400
    assert message in response.json()["message"]


def test_find_by_address_redirects_to_the_page(client, library):
    response = client.get(f"{PAGES}find/", {"html_path": library.baltimore.url}, follow=True)
    assert response.status_code == 200
    assert response.json()["id"] == library.baltimore.pk


def test_documents_and_images_endpoints(client, library):
    documents = client.get("/api/v2/documents/").json()
    titles = {item["title"] for item in documents["items"]}
    assert titles == {
        "Designing a PAR program: decisions and examples",
        "Sacramento priority schools agreement (text)",
    }
    images = client.get("/api/v2/images/")
    assert images.status_code == 200 and images.json()["meta"]["total_count"] == 0


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_api_is_read_only(client, library, method):
    for url in (PAGES, f"{PAGES}{library.toledo.pk}/", "/api/v2/documents/", "/api/v1/search/"):
        assert getattr(client, method)(url).status_code == 405


def test_no_http_basic_sign_in_and_no_browsable_api(client, library, make_user):
    """The API reads no credentials: with DRF's default authentication, a wrong password
    in an Authorization header would be a 403, and a right one a second way in."""
    make_user("basic@example.org")
    wrong = base64.b64encode(b"basic@example.org:not-the-password").decode()
    response = client.get(PAGES, HTTP_AUTHORIZATION=f"Basic {wrong}")
    assert response.status_code == 200
    browser = client.get(PAGES, HTTP_ACCEPT="text/html,*/*;q=0.8")
    assert browser["Content-Type"] == "application/json"
