"""The faceted directories: counts, filters, privacy and query counts."""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from network.directory import MemberDirectory
from network.models import MemberProfile

pytestmark = pytest.mark.django_db


def listing(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.context["listing"]


def counts(result):
    return {f.name: {o.value: o.count for o in f.options} for f in result.facets}


def test_anonymous_visitors_get_an_explanation_and_no_member_data(people, client):
    for url in (
        reverse("network:members"),
        reverse("network:member", args=[people.president.pk]),
        reverse("network:contact", args=[people.president.pk]),
        reverse("network:organizations"),
        reverse("network:like", args=[people.district.slug]),
        reverse("network:like_mine"),
        reverse("network:facilitators"),
        reverse("network:request"),
    ):
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 200, url
        assert "open to signed-in members only" in html, url
        assert "President" not in html and "Superintendent Tester" not in html, url
        assert reverse("account_signup") in html


def test_hidden_members_are_not_listed(people, login):
    result = listing(login(people.member), reverse("network:members"), q="tester")
    shown = {profile.user.username for profile in result.page_obj}
    assert {"president", "superintendent", "member"} <= shown
    assert "hidden" not in shown


def test_facet_counts_match_brute_force(people, login):
    client = login(people.member)
    directory = MemberDirectory()
    everyone = list(directory.base().select_related("user"))
    for role, state in itertools.product(["", "union_leader"], ["", "MA"]):
        params = {k: v for k, v in (("role", role), ("state", state)) if v}
        result = listing(client, reverse("network:members"), **params)
        got = counts(result)
        # The state facet ignores its own selection but applies the role's.
        expected_states = {}
        for profile in everyone:
            if role and profile.role != role:
                continue
            if profile.state:
                expected_states[profile.state] = expected_states.get(profile.state, 0) + 1
        assert got["state"] == expected_states
        matching = [
            p for p in everyone if (not role or p.role == role) and (not state or p.state == state)
        ]
        assert result.page_obj.paginator.count == len(matching)


def test_topics_and_organization_facets(people, login):
    profile = MemberProfile.objects.get(user=people.superintendent)
    profile.expertise.add(people.par)
    profile.interests.add(people.par)  # in both lists: still one member
    profile.sync_topics()
    client = login(people.member)
    result = listing(client, reverse("network:members"), topic=people.par.slug, locale="suburban")
    assert [p.user.username for p in result.page_obj] == ["superintendent"]
    assert counts(result)["topic"][people.par.slug] == 1
    assert counts(result)["size"] == {"medium": 1}


def test_text_search_and_bad_values(people, login):
    client = login(people.member)
    result = listing(client, reverse("network:members"), q="TESTVILLE education")
    assert [p.user.username for p in result.page_obj] == ["president"]
    result = listing(client, reverse("network:members"), role="emperor", state="ZZ")
    assert result.selected == {}  # unknown values are ignored, not an error


def test_the_directory_makes_a_fixed_number_of_queries(people, login):
    client = login(people.member)
    url = reverse("network:members")
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url, {"role": "union_leader", "state": "MA", "topic": people.par.slug})
    for n in range(30):
        MemberProfile.objects.create(
            user=type(people.member).objects.create_user(f"extra{n}", f"extra{n}@example.org"),
            role="union_leader",
            state="MA",
        )
    with CaptureQueriesContext(connection) as many:
        client.get(url, {"role": "union_leader", "state": "MA", "topic": people.par.slug})
    assert len(few) == len(many)


def test_organization_directory(people, login):
    client = login(people.member)
    result = listing(client, reverse("network:organizations"), q="Testville", kind="district")
    assert [org.name for org in result.page_obj] == ["Testville Public Schools"]
    assert counts(result)["kind"] == {"district": 1, "union": 1}


def test_organization_pages_show_members_to_members_only(people, client, login):
    url = people.district.get_absolute_url()
    anonymous = client.get(url).content.decode()
    assert "Superintendent Tester" not in anonymous
    assert "Log in" in anonymous
    html = login(people.member).get(url).content.decode()
    assert "Superintendent Tester" in html
    assert "Hidden Tester" not in html  # hidden members are never listed
    assert people.union.name in html  # the labor-management partner


def test_no_member_data_in_sitemap_or_search(people, client):
    assert "/members/" not in client.get("/sitemap.xml").content.decode()
    found = client.get(reverse("search"), {"q": "Superintendent Tester", "format": "json"})
    assert "Tester" not in str(found.json()["hits"])
    suggestions = client.get(reverse("search_suggest"), {"q": "Superintend"}).content.decode()
    assert "Tester" not in suggestions


def test_deactivated_accounts_leave_the_directory(people, login):
    client = login(people.member)
    url = reverse("network:members")
    assert "president" in {p.user.username for p in listing(client, url, q="tester").page_obj}
    people.president.is_active = False
    people.president.save()
    assert "president" not in {p.user.username for p in listing(client, url, q="tester").page_obj}
    people.president.is_active = True
    people.president.save(update_fields=["is_active"])
    assert "president" in {p.user.username for p in listing(client, url, q="tester").page_obj}


def test_hiding_oneself_takes_effect_at_once(people, login):
    profile = MemberProfile.objects.get(user=people.superintendent)
    profile.visibility = "hidden"
    profile.save()
    client = login(people.member)
    shown = {
        p.user.username for p in listing(client, reverse("network:members"), q="tester").page_obj
    }
    assert "superintendent" not in shown
    page = client.get(people.district.get_absolute_url()).content.decode()
    assert "Superintendent Tester" not in page
