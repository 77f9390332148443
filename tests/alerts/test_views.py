"""Saving a search from the search page, and the owner's list: rename, frequency,
delete; CSRF on every POST; another member's saved search is a 404; a privacy matrix
over every route of the app."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client

from alerts.models import SavedSearch, SeenResult
from alerts.sending import unsubscribe_token

from .conftest import publish_resource, save_search

pytestmark = pytest.mark.django_db


def test_the_search_page_offers_to_save_the_search(library, login, people):
    # Signed out: a GET form to sign in and come back, with no CSRF token (the page is
    # served from the anonymous page cache).
    html = login(None).get("/search/?q=peer+review&state=OH").content.decode()
    assert 'action="/accounts/login/"' in html
    assert 'name="next" value="/search/?q=peer+review&amp;state=OH"' in html
    assert "Sign in to save this search" in html
    assert 'name="csrfmiddlewaretoken"' not in html
    assert 'action="/saved-searches/save/"' in login(people.owner).get("/search/").content.decode()
    html = login(people.owner).get("/search/?q=peer+review&state=OH").content.decode()
    assert "Save this search" in html and 'name="csrfmiddlewaretoken"' in html


def test_a_member_saves_a_search_normalised_with_what_it_finds_now_as_seen(library, login, people):
    client = login(people.owner)
    response = client.post(
        "/saved-searches/save/",
        {"query": "state=OH&q=peer+review&page=3&sort=title&state=nowhere", "frequency": "daily"},
    )
    assert response.status_code == 302 and response["Location"] == "/saved-searches/"
    saved = SavedSearch.objects.get()
    assert saved.owner == people.owner and saved.frequency == "daily"
    assert saved.query_string == "q=peer+review&state=OH"
    assert saved.name == "“peer review” · Ohio"
    assert SeenResult.objects.filter(saved_search=saved).count() >= 1
    html = client.get("/saved-searches/").content.decode()
    assert "“peer review” · Ohio" in html and 'href="/search/?q=peer+review&amp;state=OH"' in html

    # The same search again is not saved twice.
    client.post("/saved-searches/save/", {"query": "q=peer+review&state=OH", "frequency": "weekly"})
    assert SavedSearch.objects.count() == 1


def test_signed_out_visitors_sign_in_and_come_back_to_the_same_search(library, client):
    response = client.post(
        "/saved-searches/save/", {"query": "q=peer+review&state=OH", "frequency": "weekly"}
    )
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == "/accounts/login/"
    assert parse_qs(location.query)["next"] == ["/search/?q=peer+review&state=OH"]
    assert not SavedSearch.objects.exists()


def test_the_owner_renames_changes_frequency_and_deletes(login, people):
    saved = save_search(people.owner, "q=panel", frequency="weekly", name="Old name")
    client = login(people.owner)
    prefix = f"s{saved.pk}"
    response = client.post(
        f"/saved-searches/{saved.pk}/",
        {
            f"{prefix}-name": "  Panel   votes ",
            f"{prefix}-frequency": "daily",
            f"{prefix}-subscribed": "on",
        },
    )
    assert response.status_code == 302
    saved.refresh_from_db()
    assert (saved.name, saved.frequency, saved.subscribed) == ("Panel votes", "daily", True)

    response = client.post(
        f"/saved-searches/{saved.pk}/", {f"{prefix}-name": " ", f"{prefix}-frequency": "daily"}
    )
    assert response.status_code == 400 and "Give the saved search a name." in response.text
    response = client.post(
        f"/saved-searches/{saved.pk}/", {f"{prefix}-name": "X", f"{prefix}-frequency": "hourly"}
    )
    assert response.status_code == 400
    saved.refresh_from_db()
    assert saved.name == "Panel votes" and saved.frequency == "daily"  # nothing lost

    assert client.get(f"/saved-searches/{saved.pk}/delete/").status_code == 200
    assert client.post(f"/saved-searches/{saved.pk}/delete/").status_code == 302
    assert not SavedSearch.objects.exists()


def test_turning_the_email_off_and_on_starts_again_from_now(library, login, people):
    saved = save_search(people.owner, "q=panel+vote", name="Votes")
    client = login(people.owner)
    fields = {f"s{saved.pk}-name": "Votes", f"s{saved.pk}-frequency": "daily"}
    client.post(f"/saved-searches/{saved.pk}/", fields)  # "Email me" unticked
    saved.refresh_from_db()
    assert not saved.subscribed and saved.unsubscribed_at
    page = publish_resource("A panel vote while off", "A panel vote.")
    client.post(f"/saved-searches/{saved.pk}/", {**fields, f"s{saved.pk}-subscribed": "on"})
    saved.refresh_from_db()
    assert saved.subscribed and saved.unsubscribed_at is None
    assert saved.seen.filter(url=page.url).exists()  # what came meanwhile is not news


def test_every_post_needs_the_csrf_token(people):
    saved = save_search(people.owner, "q=panel")
    client = Client(enforce_csrf_checks=True)
    client.force_login(people.owner)
    prefix = f"s{saved.pk}"
    assert client.post("/saved-searches/save/", {"query": "q=x"}).status_code == 403
    assert (
        client.post(
            f"/saved-searches/{saved.pk}/", {f"{prefix}-name": "Y", f"{prefix}-frequency": "daily"}
        ).status_code
        == 403
    )
    assert client.post(f"/saved-searches/{saved.pk}/delete/").status_code == 403
    saved.refresh_from_db()
    assert saved.name == "Peer review" and SavedSearch.objects.count() == 1
    # The one exemption: the signed one-click unsubscribe (RFC 8058).
    token = unsubscribe_token(saved)
    assert client.post(f"/saved-searches/unsubscribe/{token}/").status_code == 200


def test_member_text_is_escaped(login, people):
    save_search(people.owner, "q=panel", name="<script>alert(1)</script>")
    html = login(people.owner).get("/saved-searches/").content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_the_account_menu_and_the_members_page_link_to_saved_searches(login, people):
    html = login(people.owner).get("/saved-searches/").content.decode()
    assert html.count('href="/saved-searches/"') >= 1


# Privacy matrix: anonymous, the owner (a member), another member (an outsider to the
# owner's searches), an editor (staff and superuser). Only the owner reaches a saved
# search; the unsubscribe link works for whoever holds it (the signed token is the key).
ROUTES = ["list", "edit", "edit_post", "delete", "delete_post", "unsubscribe"]
EXPECTED = {
    #            list  edit  edit_post delete delete_post unsubscribe
    "anonymous": (302, 302, 302, 302, 302, 200),
    "owner": (200, 200, 302, 200, 302, 200),
    "outsider": (200, 404, 404, 404, 404, 200),
    "editor": (200, 404, 404, 404, 404, 200),
}


@pytest.mark.parametrize("who", list(EXPECTED))
def test_privacy_matrix(who, login, people):
    saved = save_search(people.owner, "q=panel", name="Owner's secret search")
    user = {
        "anonymous": None,
        "owner": people.owner,
        "outsider": people.other,
        "editor": people.editor,
    }[who]
    client = login(user)
    prefix = f"s{saved.pk}"
    requests = {
        "list": lambda: client.get("/saved-searches/"),
        "edit": lambda: client.get(f"/saved-searches/{saved.pk}/"),
        "edit_post": lambda: client.post(
            f"/saved-searches/{saved.pk}/",
            {f"{prefix}-name": "Renamed", f"{prefix}-frequency": "daily"},
        ),
        "delete": lambda: client.get(f"/saved-searches/{saved.pk}/delete/"),
        "delete_post": lambda: client.post(f"/saved-searches/{saved.pk}/delete/"),
        "unsubscribe": lambda: client.get(
            f"/saved-searches/unsubscribe/{unsubscribe_token(saved)}/"
        ),
    }
    for route, expected in zip(ROUTES, EXPECTED[who], strict=True):
        if route == "delete_post" and who == "owner":
            continue  # checked last: it deletes the search
        response = requests[route]()
        assert response.status_code == expected, (who, route)
        if response.status_code == 302 and user is None:
            assert response["Location"].startswith("/accounts/login/")
        if route in ("list", "edit", "delete") and who in ("outsider", "editor"):
            assert "Owner&#x27;s secret search" not in response.content.decode()
    saved.refresh_from_db()
    assert saved.name == ("Renamed" if who == "owner" else "Owner's secret search")
    if who == "owner":
        assert requests["delete_post"]().status_code == 302
        assert not SavedSearch.objects.exists()
