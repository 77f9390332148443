"""Events in Chromium: a member's walk through the demo events, and accessibility.

The walk: a member of the Maple Valley demo team filters the events index down to
trainings, opens the IBB training and registers the whole team from the register page;
the page says so, and "Add to calendar (.ics)" downloads a file that vobject reads with
the event's UID, title and zoned start. On the full Northeast regional meeting (three
places, one person waiting) the member joins the waiting list at position 2; two members
holding places cancel through the confirmation page, and the list moves: position 1,
then a place, on the event page and in "Your events", with the promotion email in the
outbox. The online call's join link is not on its page until the member registers.

Then axe-core on every events page: 0 violations.
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .conftest import axe_violations
from .helpers import sign_in

pytestmark = [pytest.mark.demo, pytest.mark.django_db(transaction=True)]

# home/demo/content/events/ and teams/
TRAINING = "ibb-training-for-bargaining-teams-demo"
REGIONAL = "northeast-regional-meeting-demo"
WEBINAR = "action-plan-progress-call-demo"
SESSION = "ibb-community-session-demo"
COMMUNITY = "interest-based-bargaining"
TEAM = "demo-maple-valley-joint-team"
HOLDERS = ["demo-james-whitaker", "demo-ana-pereira"]  # the first two of the three places
FIRST_WAITING = "demo-robert-kim"
JOIN_URL = "https://example.org/demo/join/action-plan-call"
JOIN_DETAILS = "Passcode 4321 (demo)"


# Fixtures --------------------------------------------------------------------------------
@pytest.fixture
def new_page(browser):
    """Opens pages in browser contexts of their own (own cookies), closed afterwards."""
    contexts = []

    def open_page():
        context = browser.new_context(accept_downloads=True)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    yield open_page
    for context in contexts:
        context.close()


# Helpers ---------------------------------------------------------------------------------
def event(slug):
    from events.models import EventPage

    return EventPage.objects.get(slug=slug)


def team_member(username, first_name):
    """A new member of the Maple Valley demo team."""
    from network.core.factories import UserFactory
    from teams.models import Membership, Team

    user = UserFactory(username=username, first_name=first_name, last_name="Browser")
    Membership.objects.create(team=Team.objects.get(slug=TEAM), user=user, side="management")
    return user


def flash(page, text):
    return page.get_by_role("status").filter(has_text=text)


def registration_box(page):
    return page.get_by_role("region", name="Registration")


def download_ics(page):
    with page.expect_download() as info:
        page.get_by_role("link", name="Add to calendar (.ics)").click()
    download = info.value
    assert download.suggested_filename.endswith(".ics"), download.suggested_filename
    # Unfolded (RFC 5545 3.1): where a long line breaks depends on the site's address.
    return Path(download.path()).read_bytes().replace(b"\r\n ", b"")


def cancel_place(page, site, slug):
    """From the event page, through the confirmation page."""
    page.goto(site.url + f"/events/{slug}/")
    registration_box(page).get_by_role("link", name="Cancel my place").click()
    page.wait_for_url(f"**/events/{slug}/cancel/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Cancel your place at {event(slug).title}?"
    )
    page.get_by_role("button", name="Cancel the place").click()
    page.wait_for_url(f"**/events/{slug}/")
    expect(flash(page, "is cancelled")).to_contain_text(
        "The first person on the waiting list has the place now."
    )


def violation_report(failures):
    lines = []
    for name, path, violations in failures:
        for violation in violations:
            lines.append(
                f"{name} ({path}): {violation['id']} [{violation['impact']}] "
                f"{len(violation['nodes'])} node(s): {violation['help']}"
            )
            for node in violation["nodes"][:3]:
                lines.append(f"    {node['target']}: {node['html'][:200]}")
    return "\n".join(lines)


# The walk --------------------------------------------------------------------------------
def test_events_walk_find_register_team_calendar_cancel_waiting_list(page, new_page, site):
    from django.contrib.auth import get_user_model

    from events.models import Registration
    from network.core.models import OutgoingEmail
    from teams.models import Team
    from tests.events.ical import parse, vevents

    User = get_user_model()
    team = Team.objects.get(slug=TEAM)
    training = event(TRAINING)
    member = team_member("browser-events-member", "Nadia")
    sign_in(page, site, member.username)

    # 1. The index, filtered to trainings, finds the IBB training.
    page.goto(site.url + "/events/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    kinds = page.get_by_role("group", name="Kind")
    kinds.get_by_label(re.compile(r"^Training \(\d+\)$")).check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"/events/\?.*kind=training"))
    results = page.get_by_role("region", name="Upcoming events")
    expect(results.get_by_role("heading", level=3)).to_have_text([training.title])
    results.get_by_role("link", name=training.title).click()
    page.wait_for_url(f"**/events/{TRAINING}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(training.title)

    # 2. ... and registers the team together, from the register page.
    registration_box(page).get_by_role("link", name="Register with one of your teams").click()
    page.wait_for_url(f"**/events/{TRAINING}/register/")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Register for {training.title}")
    choice = page.get_by_role("group", name=re.compile("Who are you registering"))
    choice.get_by_label(f"All of {team.name} (every current member)").check()
    page.get_by_role("main").get_by_role("button", name="Register", exact=True).click()
    page.wait_for_url(f"**/events/{TRAINING}/")
    expect(flash(page, f"Registered 3 of {team.name} for {training.title}")).to_be_visible()
    expect(registration_box(page)).to_contain_text(f"You are registered with {team.name}.")
    registered = Registration.objects.filter(event=training, team=team)
    assert sorted(registered.values_list("user__username", flat=True)) == sorted(
        ["demo-grace-oconnell", "demo-sam", member.username]
    )
    assert {r.status for r in registered} == {"confirmed"}
    assert {r.registered_by for r in registered} == {member}

    # 3. "Add to calendar": a file a calendar client reads.
    content = download_ics(page)
    [entry] = vevents(parse(content))
    assert entry.uid.value == training.calendar_uid()
    assert entry.summary.value == training.title
    assert re.search(rb"DTSTART;TZID=America/New_York:\d{8}T083000", content), content[:600]
    assert str(entry.dtstart.value.tzinfo) and entry.dtstart.value.hour == 8
    assert entry.dtstart.value.date() == training.start_date

    # 4. The full regional meeting: the member joins the waiting list, behind one person.
    regional = event(REGIONAL)
    page.goto(site.url + f"/events/{REGIONAL}/")
    expect(registration_box(page)).to_contain_text("Full: all 3 places are taken")
    registration_box(page).get_by_role("button", name="Join the waiting list").click()
    page.wait_for_url(f"**/events/{REGIONAL}/")
    expect(flash(page, "you are on the waiting list")).to_contain_text(
        f"{regional.title} is full: you are on the waiting list, position 2."
    )
    expect(registration_box(page)).to_contain_text("You are on the waiting list, position 2.")

    # 5. Two members holding places cancel; the list moves up, one place at a time.
    first, second = (User.objects.get(username=name) for name in HOLDERS)
    holder = new_page()
    sign_in(holder, site, first.username)
    cancel_place(holder, site, REGIONAL)
    robert = Registration.objects.get(event=regional, user__username=FIRST_WAITING)
    assert robert.status == "confirmed" and robert.promoted_at is not None
    page.reload()
    expect(registration_box(page)).to_contain_text("You are on the waiting list, position 1.")
    assert not OutgoingEmail.objects.filter(purpose="events.promotion", user=member).exists()

    holder = new_page()
    sign_in(holder, site, second.username)
    cancel_place(holder, site, REGIONAL)
    page.reload()
    expect(registration_box(page)).to_contain_text("You are registered.")
    expect(registration_box(page).get_by_role("link", name="Cancel my place")).to_be_visible()
    own = Registration.objects.get(event=regional, user=member)
    assert own.status == "confirmed" and own.promoted_at is not None

    # ... in "Your events" too, and the promotion email is in the outbox.
    page.goto(site.url + "/events/mine/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your events")
    entry = page.get_by_role("listitem").filter(
        has=page.get_by_role("link", name=regional.title, exact=True)
    )
    expect(entry).to_contain_text("Registered")
    expect(entry).not_to_contain_text("waiting list")
    [promotion] = OutgoingEmail.objects.filter(purpose="events.promotion", user=member)
    assert promotion.to == [member.email]
    assert regional.title in " ".join(promotion.subject.split())
    assert OutgoingEmail.objects.filter(purpose="events.promotion", user=robert.user).count() == 1

    # 6. The online call: no join link for a member who has not registered; then there.
    page.goto(site.url + f"/events/{WEBINAR}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(event(WEBINAR).title)
    assert JOIN_URL not in page.content()
    assert JOIN_DETAILS not in page.content()
    assert JOIN_URL.encode() not in download_ics(page)
    registration_box(page).get_by_role("button", name="Register", exact=True).click()
    page.wait_for_url(f"**/events/{WEBINAR}/")
    expect(flash(page, "You are registered for")).to_be_visible()
    join = registration_box(page).get_by_role("link", name=JOIN_URL)
    expect(join).to_have_attribute("href", JOIN_URL)
    expect(registration_box(page)).to_contain_text(JOIN_DETAILS)
    assert JOIN_URL.encode() in download_ics(page)


# Accessibility ---------------------------------------------------------------------------
def test_event_pages_have_no_axe_violations(page, new_page, site):
    from events import registration
    from forums.models import CommunityPage

    member = team_member("browser-events-axe", "Ines")
    sign_in(page, site, member.username)
    training, regional, webinar = event(TRAINING), event(REGIONAL), event(WEBINAR)
    registration.register(training, member)
    registration.register(webinar, member)
    registration.register(regional, member)  # full: the waiting list

    failures = []

    def check(name, target=page):
        violations = axe_violations(target)
        if violations:
            failures.append((name, target.url, violations))

    def visit(name, path, target=page, expected=None):
        response = target.goto(site.url + path)
        assert response.status == 200, f"{name} ({path}) answered {response.status}"
        if expected:
            expect(target.get_by_role("main")).to_contain_text(expected)
        check(name, target)

    # Signed out.
    anonymous = new_page()
    visit("index, signed out", "/events/", anonymous, "Upcoming events")
    visit("event, signed out", f"/events/{REGIONAL}/", anonymous, "Log in to register")
    visit("archive, signed out", "/events/?when=past", anonymous, "Past events")

    # A member: registered, waiting, and not yet registered.
    visit("index, filtered", "/events/?kind=training&topic=interest-based-bargaining", page)
    expect(page.get_by_role("main").get_by_role("link", name=training.title)).to_be_visible()
    visit("event, registered", f"/events/{TRAINING}/", page, "You are registered.")
    visit("online event, registered", f"/events/{WEBINAR}/", page, JOIN_URL)
    visit("event, waiting", f"/events/{REGIONAL}/", page, "on the waiting list, position 2")
    visit("register page", f"/events/{SESSION}/register/", page, "Who are you registering?")
    visit("register page, full", f"/events/{REGIONAL}/register/", page, "The event is full")
    visit("cancel confirmation", f"/events/{TRAINING}/cancel/", page, "Cancel your place")
    visit("leave the waiting list", f"/events/{REGIONAL}/cancel/", page, "Leave the waiting list")
    visit("your events", "/events/mine/", page, training.title)
    visit("archive event", "/events/denver-labor-management-conference-2011/", page)

    # A message on the page (after registering) is checked too.
    page.goto(site.url + f"/events/{SESSION}/")
    registration_box(page).get_by_role("button", name="Register", exact=True).click()
    expect(flash(page, "You are registered for")).to_be_visible()
    check("event, just registered (message)")

    # A superuser: the registrants sheet, and a community's scheduling form.
    staff = new_page()
    staff_user = sign_in(staff, site, "browser-events-staff")
    staff_user.is_superuser = True
    staff_user.save(update_fields=["is_superuser"])
    visit("registrants", f"/events/{REGIONAL}/registrants/", staff, "Waiting list")
    holder = regional.registrations.filter(status="confirmed").order_by("pk").first()
    cancel_path = f"/events/{REGIONAL}/cancel/?registration={holder.pk}"
    visit("cancel someone's place", cancel_path, staff, "Cancel the place of")

    # The community session form, as the community's facilitator.
    facilitator = CommunityPage.objects.get(slug=COMMUNITY).facilitators.order_by("pk").first()
    assert facilitator is not None, "the demo community has a facilitator"
    scheduler = new_page()
    sign_in(scheduler, site, facilitator.username)
    path = f"/communities/{COMMUNITY}/sessions/new/"
    visit("schedule a session", path, scheduler, "Schedule a session")
    scheduler.get_by_role("main").get_by_role("button", name="Schedule the session").click()
    scheduler.wait_for_load_state()
    expect(scheduler.get_by_role("heading", level=1)).to_have_text("Schedule a session")
    check("schedule a session, with errors", scheduler)

    assert not failures, "axe violations:\n" + violation_report(failures)
