"""Rate limits: anonymous clients get a 429 with Retry-After past the limit; signed-in
members a higher limit or none. (The test settings turn the limits off; these tests turn
them on.)"""

import pytest
from django.test import override_settings

from network.core.factories import UserFactory

pytestmark = pytest.mark.django_db

LIMITED = [
    "/api/v2/pages/",
    "/api/v2/documents/",
    "/api/v1/search/?q=x",
    "/search/?q=x&format=json",
]


@override_settings(API_RATE_LIMIT_ANONYMOUS=3, API_RATE_LIMIT_SIGNED_IN=0, API_RATE_LIMIT_WINDOW=60)
@pytest.mark.parametrize("url", LIMITED)
def test_anonymous_clients_get_a_clear_429(client, url):
    for _ in range(3):
        assert client.get(url).status_code == 200
    response = client.get(url)
    assert response.status_code == 429
    retry_after = int(response["Retry-After"])
    assert 1 <= retry_after <= 60
    body = response.json()
    assert body["error"] == "rate_limited"
    assert body["retry_after"] == retry_after
    assert body["limit"] == 3 and body["window"] == 60
    assert "Try again in" in body["message"]


@override_settings(API_RATE_LIMIT_ANONYMOUS=2, API_RATE_LIMIT_SIGNED_IN=0)
def test_the_routes_share_one_count_per_client(client):
    assert client.get("/api/v2/pages/").status_code == 200
    assert client.get("/search/?format=json").status_code == 200
    assert client.get("/api/v1/search/").status_code == 429
    # Another address has its own count.
    assert client.get("/api/v1/search/", REMOTE_ADDR="10.0.0.9").status_code == 200


@override_settings(API_RATE_LIMIT_ANONYMOUS=2, API_RATE_LIMIT_SIGNED_IN=0)
def test_the_html_search_page_is_not_limited(client):
    for _ in range(4):
        assert client.get("/search/", {"q": "x"}).status_code == 200


@override_settings(API_RATE_LIMIT_ANONYMOUS=2, API_RATE_LIMIT_SIGNED_IN=0)
def test_signed_in_members_are_not_limited_when_their_limit_is_off(client):
    client.force_login(UserFactory())
    for _ in range(5):
        assert client.get("/api/v2/pages/").status_code == 200


@override_settings(API_RATE_LIMIT_ANONYMOUS=1, API_RATE_LIMIT_SIGNED_IN=3)
def test_signed_in_members_have_their_own_higher_limit(client):
    assert client.get("/api/v2/pages/").status_code == 200
    assert client.get("/api/v2/pages/").status_code == 429
    client.force_login(UserFactory())
    for _ in range(3):
        assert client.get("/api/v2/pages/").status_code == 200
    assert client.get("/api/v2/pages/").status_code == 429


@override_settings(API_RATE_LIMIT_ANONYMOUS=0)
def test_a_limit_of_zero_turns_it_off(client):
    for _ in range(5):
        assert client.get("/api/v1/search/").status_code == 200


def test_the_defaults_are_on_outside_the_tests():
    from network.settings import base

    assert base.API_RATE_LIMIT_ANONYMOUS == 60
    assert base.API_RATE_LIMIT_SIGNED_IN == 600
    assert base.API_RATE_LIMIT_WINDOW == 60
