"""/api/v1/search/: the versioned search JSON, and the old /search/?format=json beside it."""

import pytest

pytestmark = pytest.mark.django_db

V1 = "/api/v1/search/"
HIT_KEYS = {"title", "url", "type", "type_label", "snippet", "matched_in", "published_at"}
TOP_KEYS = {
    "version", "query", "total", "page", "num_pages", "per_page", "sort", "engine", "hits",
    "facets", "year", "suggestion", "notices", "promoted", "corrected_from", "corrected",
    "some_words", "total_is_lower_bound", "facet_counts_estimated",
}  # fmt: skip


def test_v1_has_the_documented_schema(client, library):
    response = client.get(V1, {"q": "Toledo"})
    assert response.status_code == 200
    data = response.json()
    assert set(data) == TOP_KEYS
    assert data["version"] == 1
    assert data["hits"][0]["url"] == library.toledo.url
    assert all(set(hit) == HIT_KEYS for hit in data["hits"])
    option = data["facets"]["state"]["options"][0]
    assert set(option) == {"value", "label", "count", "selected"}


def test_v1_takes_the_search_parameters(client, library):
    data = client.get(V1, {"state": "OH", "type": "case_study"}).json()
    assert [hit["url"] for hit in data["hits"]] == [library.toledo.url]
    assert data["total"] == 1
    data = client.get(V1, {"state": "NOPE"}).json()
    assert any("NOPE" in notice for notice in data["notices"])
    assert client.get(V1, {"page": "100000"}).status_code == 404


@pytest.mark.parametrize("params", [{"q": "Toledo"}, {"topic": "compensation"}, {"q": "mou"}])
def test_the_old_url_gives_the_same_payload_and_names_its_successor(client, library, params):
    new = client.get(V1, params)
    old = client.get("/search/", {**params, "format": "json"})
    assert old.status_code == 200
    assert old.json() == new.json()
    link = old["Link"]
    assert link.startswith("<http://testserver/api/v1/search/?")
    assert link.endswith('>; rel="successor-version"')
    assert "format=json" not in link
    assert list(params)[0] in link


def test_the_search_page_itself_is_unchanged(client, library):
    response = client.get("/search/", {"q": "Toledo"})
    assert response.status_code == 200
    assert "Link" not in response
    assert "text/html" in response["Content-Type"]
