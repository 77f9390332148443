"""Malformed ids and text in the network's addresses and forms: a 400 or 404 that says
what is wrong, never a 500."""

import pytest
from django.urls import reverse

from network.core.ids import MAX_ID, parse_id
from network.models import Affiliation, FacilitatorRequest
from search.text import query_text

pytestmark = pytest.mark.django_db

TOO_BIG = str(MAX_ID + 1)  # 9223372036854775808: past the 64-bit range


def test_ids_and_query_text_are_cleaned():
    assert parse_id("42") == 42 and parse_id(" 7 ") == 7
    for bad in ("", None, "abc", "0", "-1", "4.2", "²", "١٢", TOO_BIG, "1" * 40):
        assert parse_id(bad) is None
    assert parse_id(str(MAX_ID)) == MAX_ID
    assert query_text("a\x00b\tc\n  d", 100) == "a b c d"
    assert query_text("x" * 50, 10) == "x" * 10


def test_a_facilitator_link_with_a_mangled_id_says_so(people, login):
    client = login(people.member)
    url = reverse("network:request")
    for bad in ("abc", TOO_BIG):
        response = client.get(url, {"facilitator": bad})
        assert response.status_code == 400
        assert "does not name a facilitator" in response.content.decode()
    # A POST from such a link keeps what was typed and stores nothing.
    response = client.post(
        url + "?facilitator=abc", {"service": "ibb_training", "message": "Help us, please."}
    )
    assert response.status_code == 400
    assert "Help us, please." in response.content.decode()
    assert not FacilitatorRequest.objects.exists()


@pytest.mark.parametrize("organization", ["abc", "", TOO_BIG, "0"])
def test_a_claim_without_a_real_organization_is_refused(people, login, organization):
    client = login(people.member)
    response = client.post(
        reverse("network:claim"), {"organization": organization, "position": "Teacher"}
    )
    assert response.status_code == 400
    assert "Choose an organization from the list." in response.content.decode()
    assert not Affiliation.objects.filter(user=people.member).exists()


def test_nul_bytes_in_the_directories_search_boxes(people, login):
    client = login(people.member)
    for name in ("network:members", "network:organizations", "network:claim", "network:like_mine"):
        assert client.get(reverse(name), {"q": "Test\x00ville"}).status_code == 200
    assert client.get(reverse("network:facilitators"), {"topic": "\x00"}).status_code == 200


def test_profile_ids_past_64_bits_are_not_found(people, login):
    client = login(people.member)
    assert client.get(f"/members/{TOO_BIG}/").status_code == 404
    assert client.get(f"/members/{TOO_BIG}/contact/").status_code == 404
    assert client.get(f"/members/{people.president.pk}/").status_code == 200
