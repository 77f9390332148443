"""The privacy matrix over every API route: anonymous, a member of the private group, an
outsider to it and an editor get the same answers, and none of them holds a private
thing (a page under a view restriction, a draft, a private community or its thread, a
document in a restricted collection or held only by private pages)."""

import pytest
from django.test import override_settings

from forums.models import CommunityIndexPage

from .conftest import SECRET

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member", "outsider", "editor"]


def routes(private):
    community_index = CommunityIndexPage.objects.get().pk
    return [
        "/api/v2/pages/?limit=20",
        "/api/v2/pages/?limit=20&type=resources.ResourcePage&fields=*",
        "/api/v2/pages/?type=forums.CommunityPage",
        f"/api/v2/pages/?search={SECRET}",
        f"/api/v2/pages/?child_of={community_index}",
        f"/api/v2/pages/?descendant_of={private.library.home.pk}&limit=20",
        f"/api/v2/pages/{private.holder.pk}/",
        "/api/v2/documents/?limit=20",
        f"/api/v2/documents/?search={SECRET}",
        "/api/v2/images/",
        f"/api/v1/search/?q={SECRET}",
        f"/search/?q={SECRET}&format=json",
        "/api/v1/search/?q=question",
    ]


def private_routes(private):
    pages = [f"/api/v2/pages/{page.pk}/" for page in private.pages]
    finds = [f"/api/v2/pages/find/?html_path=/resources/{page.slug}/" for page in private.pages]
    documents = [f"/api/v2/documents/{document.pk}/" for document in private.documents]
    return pages + finds + documents


def sign_in(client, private, role):
    if role != "anonymous":
        client.force_login(getattr(private, role))
    return client


@override_settings(API_RATE_LIMIT_ANONYMOUS=0, API_RATE_LIMIT_SIGNED_IN=0)
@pytest.mark.parametrize("role", ROLES)
def test_no_route_shows_private_content(client, private, role):
    sign_in(client, private, role)
    for url in routes(private):
        response = client.get(url)
        assert response.status_code in (200, 400), url
        # A search answer repeats the words searched for; nothing else may hold them.
        text = response.content.decode().replace(f'"query": "{SECRET}"', "")
        assert SECRET not in text, url
    for url in private_routes(private):
        assert client.get(url, follow=True).status_code == 404, url


@override_settings(API_RATE_LIMIT_ANONYMOUS=0, API_RATE_LIMIT_SIGNED_IN=0)
def test_every_role_gets_the_same_answers(client, private):
    answers = {}
    for role in ROLES:
        client.logout()
        sign_in(client, private, role)
        answers[role] = [client.get(url).content for url in routes(private)]
    assert answers["member"] == answers["anonymous"]
    assert answers["outsider"] == answers["anonymous"]
    assert answers["editor"] == answers["anonymous"]


def test_the_private_things_exist_and_are_reachable_where_they_should_be(client, private):
    """The probes above are honest: the member does see the group page and the thread on
    the site itself, and the public page holding the closed file is in the API."""
    client.force_login(private.member)
    group_page = private.pages[1]
    assert client.get(group_page.url).status_code == 200
    assert client.get(private.pages[3].url).status_code == 200  # the private community
    data = client.get(f"/api/v2/pages/{private.holder.pk}/").json()
    assert data["title"] == "Public page with a closed file"
    assert data["document_links"] == []


def test_a_page_becomes_visible_when_its_restriction_goes(client, private):
    login_page = private.pages[0]
    assert client.get(f"/api/v2/pages/{login_page.pk}/").status_code == 404
    login_page.get_view_restrictions().delete()
    assert client.get(f"/api/v2/pages/{login_page.pk}/").status_code == 200
    restricted_doc = private.documents[0]
    assert client.get(f"/api/v2/documents/{restricted_doc.pk}/").status_code == 200
