"""The staff's tools: the registrants page (confirmed, the waiting list in order, the
cancelled count), the attendance sheet, and the CSV export with its formula guard."""

import csv
import io
import re

import pytest
from django.test import Client
from django.urls import reverse

from events import registration, staff_csv, wagtail_hooks
from events.choices import RegistrationStatus
from events.factories import EventPageFactory
from events.models import Registration
from network.core.factories import UserFactory
from network.factories import OrganizationFactory
from network.models import MemberProfile
from teams.factories import MembershipFactory, TeamFactory


@pytest.fixture
def event(events_index):
    event = EventPageFactory(parent=events_index, title="Summit", capacity=2, slug="summit")
    people = {
        name: UserFactory(username=name, first_name=name.title(), last_name="Doe")
        for name in ("ann", "bob", "cat", "dan", "eve")
    }
    for name in ("ann", "bob", "cat", "dan", "eve"):
        registration.register(event, people[name])
    registration.cancel(Registration.objects.get(user=people["eve"]), people["eve"])
    event.people = people
    return event


def test_the_registrants_page_lists_both_lists_and_the_cancelled_count(client, cast, event):
    client.force_login(cast.manager)
    response = client.get(reverse("events:registrants", args=[event.slug]))
    content = response.content.decode()
    assert response.status_code == 200
    assert "2 registered of 2 places · 2 on the waiting list · 1 cancelled" in content
    waiting = content[content.index("Waiting list</h2>") :]
    assert waiting.index("Cat Doe") < waiting.index("Dan Doe")
    assert "Eve Doe" not in content


def test_attendance_is_recorded_with_who_and_when(client, cast, event):
    ann = Registration.objects.get(user=event.people["ann"])
    bob = Registration.objects.get(user=event.people["bob"])
    client.force_login(cast.moderator)
    url = reverse("events:registrants", args=[event.slug])
    response = client.post(url, {f"attended-{ann.pk}": "yes", f"attended-{bob.pk}": "no"})
    assert response.status_code == 302
    ann.refresh_from_db()
    bob.refresh_from_db()
    assert (ann.attended, bob.attended) == (True, False)
    assert ann.attendance_marked_by == cast.moderator and ann.attendance_marked_at
    # Unchanged rows are left alone; "not marked" clears.
    marked_at = ann.attendance_marked_at
    client.post(url, {f"attended-{ann.pk}": "yes", f"attended-{bob.pk}": ""})
    ann.refresh_from_db()
    bob.refresh_from_db()
    assert ann.attendance_marked_at == marked_at and bob.attended is None
    page = client.get(url).content.decode()
    checked = re.findall(
        r'<input type="radio" name="(attended-\d+)" value="(\w*)"[^>]*checked', page
    )
    assert sorted(checked) == sorted([(f"attended-{ann.pk}", "yes"), (f"attended-{bob.pk}", "")])


def test_a_bad_attendance_value_is_a_400_and_saves_nothing(client, cast, event):
    ann = Registration.objects.get(user=event.people["ann"])
    client.force_login(cast.manager)
    url = reverse("events:registrants", args=[event.slug])
    response = client.post(url, {f"attended-{ann.pk}": "maybe"})
    assert response.status_code == 400
    ann.refresh_from_db()
    assert ann.attended is None


def test_attendance_needs_the_csrf_token(cast, event):
    client = Client(enforce_csrf_checks=True)
    client.force_login(cast.manager)
    ann = Registration.objects.get(user=event.people["ann"])
    response = client.post(
        reverse("events:registrants", args=[event.slug]), {f"attended-{ann.pk}": "yes"}
    )
    assert response.status_code == 403
    ann.refresh_from_db()
    assert ann.attended is None


def test_the_csv_has_every_registrant_with_status_team_position_and_organization(
    client, cast, event
):
    district = OrganizationFactory(name="Testville Public Schools")
    MemberProfile.objects.create(user=event.people["ann"], organization=district)
    team = TeamFactory(name="Testville joint team")
    MembershipFactory(team=team, user=event.people["bob"])
    Registration.objects.filter(user=event.people["bob"]).update(team=team, attended=True)
    client.force_login(cast.manager)
    response = client.get(reverse("events:registrants_csv", args=[event.slug]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="summit-registrants.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == staff_csv.HEADER
    by_name = {row[0]: row for row in rows[1:]}
    assert [row[0] for row in rows[1:]] == ["Ann Doe", "Bob Doe", "Cat Doe", "Dan Doe", "Eve Doe"]
    assert by_name["Ann Doe"][1:3] == ["ann@example.org", "Testville Public Schools"]
    assert by_name["Bob Doe"][3:5] == ["Testville joint team", "Registered"]
    assert by_name["Bob Doe"][7] == "yes"
    assert by_name["Cat Doe"][4] == "On the waiting list"
    assert [by_name["Cat Doe"][6], by_name["Dan Doe"][6]] == ["1", "2"]
    assert by_name["Eve Doe"][4] == "Cancelled"
    assert by_name["Ann Doe"][5].endswith(("-0500", "-0400"))


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Plain Name", "Plain Name"),
    ],
    ids=["equals", "plus", "minus", "at", "plain"],
)
def test_cells_that_a_spreadsheet_would_run_are_quoted(client, cast, events_index, typed, written):
    event = EventPageFactory(parent=events_index)
    registration.register(event, UserFactory(first_name=typed))
    client.force_login(cast.manager)
    response = client.get(reverse("events:registrants_csv", args=[event.slug]))
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1][0] == written


def test_a_waiting_place_removed_by_staff_says_so(client, cast, event):
    cat = Registration.objects.get(user=event.people["cat"])
    client.force_login(cast.manager)
    confirm = client.get(reverse("events:cancel", args=[event.slug]), {"registration": cat.pk})
    assert b"Cancel the place of Cat Doe?" in confirm.content
    client.post(reverse("events:cancel", args=[event.slug]), {"registration": cat.pk})
    cat.refresh_from_db()
    assert cat.status == RegistrationStatus.CANCELLED


def test_the_admin_page_listing_links_to_the_registrants(client, event, events_index, cast):
    admin = UserFactory(username="admin", is_staff=True, is_superuser=True)
    client.force_login(admin)
    listing = client.get(f"/admin/pages/{events_index.pk}/").content.decode()
    assert reverse("events:registrants", args=[event.slug]) in listing
    assert list(wagtail_hooks.registrants_button(event, cast.editor)) == []
    assert list(wagtail_hooks.registrants_button(events_index, admin)) == []
