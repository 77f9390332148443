"""The search page, its JSON form, autocomplete and health: what visitors and scripts get."""

import json

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db


def get(client, **params):
    return client.get(reverse("search"), params)


def test_search_page_shows_hits_facets_and_counts(client, library):
    response = get(client, q="Toledo")
    assert response.status_code == 200
    html = response.content.decode()
    assert library.toledo.title in html
    assert "Narrow your search" in html
    assert 'name="topic"' in html and "(" in html
    assert "<mark>Toledo</mark>" in html


def test_the_page_works_without_javascript(client, library):
    html = get(client, topic="peer-assistance-and-review").content.decode()
    assert 'method="get"' in html
    assert 'type="submit"' in html
    assert 'value="peer-assistance-and-review" checked' in html


def test_json_returns_the_same_search(client, library):
    data = get(client, q="Toledo", format="json").json()
    assert data["total"] >= 1
    assert data["hits"][0]["url"] == library.toledo.url
    assert {"topic", "type", "state"} <= set(data["facets"])
    html_total = get(client, q="Toledo").content.decode()
    assert f"{data['total']} result" in html_total


def test_bad_input_gets_notices_not_errors(client, library):
    response = get(client, q="x" * 500, state=["OH", "NOPE"], year_from="19x0", sort="weird")
    assert response.status_code == 200
    html = response.content.decode()
    assert "was cut" in html
    assert "NOPE" in html and "Ignored" in html
    assert "Ignored the year" in html


def test_out_of_range_pages(client, library):
    response = get(client, type="case_study", page="500")
    assert response.status_code == 200
    assert "showing the last one" in response.content.decode()
    assert get(client, page="100000").status_code == 404


def test_no_results_helps(client, library):
    html = get(client, q="collaboraton", state="OH").content.decode()
    assert 'Did you mean <a href="?q=collaboration&amp;state=OH">' in html
    assert "Search without" in html


def test_member_text_is_escaped(client, library):
    html = get(client, q='<script>alert("x")</script>').content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html


def test_private_and_unpublished_pages_never_appear(
    client, library, django_capture_on_commit_callbacks
):
    toledo, sacramento = library.toledo, library.sacramento
    with django_capture_on_commit_callbacks(execute=True):  # as when the change commits
        PageViewRestriction.objects.create(page=toledo, restriction_type="login")
        sacramento.unpublish()
    for params in ({"q": "Toledo"}, {"q": "Sacramento"}, {"state": "OH"}, {"state": "CA"}):
        data = get(client, format="json", **params).json()
        urls = [hit["url"] for hit in data["hits"]]
        assert toledo.url not in urls and sacramento.url not in urls
    data = get(client, format="json", type="case_study").json()
    ohio = [o for o in data["facets"]["state"]["options"] if o["value"] == "OH"]
    assert not ohio  # Toledo was the only case study in Ohio
    labels = [
        s["label"]
        for s in client.get(reverse("search_suggest"), {"q": "Tole"}).json()["suggestions"]
    ]
    assert toledo.title not in labels


def test_autocomplete(client, library):
    response = client.get(reverse("search_suggest"), {"q": "Sacra"})
    assert response.status_code == 200
    labels = [s["label"] for s in response.json()["suggestions"]]
    assert any("Sacramento" in label for label in labels)
    assert client.get(reverse("search_suggest"), {"q": "x"}).json()["suggestions"] == []


def test_health_reports_the_serving_engine(client, settings):
    settings.ELASTICSEARCH_URL = ""
    data = json.loads(client.get(reverse("search_health")).content)
    assert data["engine"] == "database"


def test_header_search_box_shows_the_query_text(client, library):
    html = get(client, q="peer review").content.decode()
    assert 'id="header-q" type="search" name="q" value="peer review"' in html
    assert "SearchQuery(" not in html


@pytest.mark.parametrize(
    "text", ['a"b', 'pe"er', "peer\x00", "\x00\x00", "AND OR", "(peer*", "-x:y"]
)
def test_autocomplete_takes_any_text(client, library, text):
    response = client.get(reverse("search_suggest"), {"q": text})
    assert response.status_code == 200
    assert "\x00" not in response.json()["query"]


def test_a_nul_byte_in_the_search_box(client, library):
    response = get(client, q="Toledo\x00")
    assert response.status_code == 200
    assert library.toledo.title in response.content.decode()
