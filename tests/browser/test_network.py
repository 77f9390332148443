"""The member network in Chromium: a new member's walk, accessibility, and privacy.

The walk: someone signs up and confirms the address from the verification email (real
SMTP, to an aiosmtpd server in the test process), fills in a profile with an avatar,
finds districts like a demo district and opens a peer's page, then asks the staff for a
facilitator; the staff get the request by email.

Then axe-core on every network page a member sees, and the members' directory as an
anonymous visitor sees it: an explanation and a sign-up prompt, never member data.
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .conftest import axe_violations
from .helpers import account_nav, sign_in, sign_up, text_of

pytestmark = pytest.mark.django_db(transaction=True)

MEMBER = "network-walk@district.example"
STAFF = "network-staff@sameside.example"
FIRST_NAME = "Pat"
LAST_NAME = "Okafor-Lindqvist"
ROLE = "Union president or leader"
STATE = "Massachusetts"
BIO = "President of our teachers' association; we are preparing our first interest-based talks."
EXPERTISE = "Interest-based bargaining"
SERVICE = "Interest-based bargaining training"
REQUEST = "Our district and association want joint training for both bargaining teams by March."
# A suburban Massachusetts demo district (home/demo/content/demo-organizations/), else a case-study
# district (home/demo/content/organizations/): (what to type in the search, its name).
DISTRICTS = [
    ("Maple Valley", "Maple Valley Public Schools (demo)"),
    ("Toledo", "Toledo Public Schools"),
]


# Fixtures --------------------------------------------------------------------------------
@pytest.fixture
def mail_site(mail_site, settings):
    """The live site sending email over SMTP, with a staff address for requests."""
    settings.NETWORK_STAFF_EMAILS = [STAFF]  # who hears of facilitator requests
    return mail_site


@pytest.fixture
def avatar_file(tmp_path):
    """A small PNG, as a member would pick from their computer."""
    from PIL import Image, ImageDraw

    path = tmp_path / "my-photo.png"
    image = Image.new("RGB", (120, 90), "#2b6cb0")
    ImageDraw.Draw(image).ellipse((30, 15, 90, 75), fill="#f6e05e")
    image.save(path, format="PNG")
    return path


# Helpers ---------------------------------------------------------------------------------
def demo_district():
    """(search text, name, slug) of the first of ``DISTRICTS`` loaded in the demo."""
    from network.models import Organization

    for query, name in DISTRICTS:
        organization = Organization.objects.filter(name=name).first()
        if organization:
            return query, name, organization.slug
    pytest.fail(f"None of the demo districts {[name for _, name in DISTRICTS]} is loaded")


def field(page, label):
    """A form field by its label, which Django ends with a colon."""
    return page.get_by_label(re.compile(rf"^{re.escape(label)}:?$"))


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
def test_member_walk_profile_like_mine_peer_facilitator_request(
    page, mail_site, inbox, avatar_file
):
    from django.contrib.auth import get_user_model
    from PIL import Image

    from network.models import Facilitator, FacilitatorRequest, MemberProfile

    site = mail_site
    query, district, district_slug = demo_district()

    # 1. Sign up at /accounts/signup/ and confirm the address from the email.
    sign_up(page, site, inbox, MEMBER)
    member = get_user_model().objects.get(email=MEMBER)

    # 2. "Your profile" in the header: name, role, state, bio, expertise and an avatar.
    account_nav(page).get_by_role("link", name="Your profile").click()
    page.wait_for_url("**/members/profile/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your profile")
    field(page, "First name").fill(FIRST_NAME)
    field(page, "Last name").fill(LAST_NAME)
    field(page, "Role").select_option(label=ROLE)
    field(page, "State").select_option(label=STATE)
    field(page, "Short bio").fill(BIO)
    page.get_by_role("group", name="Topics of expertise").get_by_label(EXPERTISE).check()
    field(page, "Avatar").set_input_files(avatar_file)
    page.get_by_role("button", name="Save profile").click()
    page.wait_for_url("**/members/profile/")
    expect(page.get_by_role("status")).to_contain_text("Your profile is saved.")

    profile = MemberProfile.objects.get(user=member)
    member.refresh_from_db()
    assert (member.first_name, member.last_name) == (FIRST_NAME, LAST_NAME)
    assert (profile.get_role_display(), profile.get_state_display()) == (ROLE, STATE)
    assert profile.bio == BIO
    assert [topic.name for topic in profile.expertise.all()] == [EXPERTISE]
    assert profile.avatar, "the avatar was not stored"
    stored = Path(profile.avatar.path)
    assert stored.is_file(), stored
    with Image.open(stored) as image:  # re-encoded to a 256-pixel square PNG
        assert (image.format, image.size) == ("PNG", (256, 256))

    # 3. "Districts like mine": no confirmed organization yet, so choose one by name.
    page.goto(site.url + "/organizations/like-mine/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Districts like mine")
    page.get_by_label("Organization name").fill(query)
    page.get_by_role("button", name="Find", exact=True).click()
    page.wait_for_url(re.compile(r"/organizations/like-mine/\?q="))
    page.get_by_role("main").get_by_role("link", name=district, exact=True).click()
    page.wait_for_url(f"**/organizations/{district_slug}/like/")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Districts like {district}")

    # Every peer says why it matched, with at least one reason.
    matches = page.locator("ol.match-list > li.match")
    expect(matches.first).to_be_visible()
    assert matches.count() >= 1
    for index in range(matches.count()):
        match = matches.nth(index)
        expect(match.get_by_role("heading", name="Why it matched")).to_be_visible()
        reasons = match.locator("h3:text-is('Why it matched') + ul > li")
        assert reasons.count() >= 1, match.inner_text()
        assert reasons.first.inner_text().strip(), match.inner_text()

    # 4. A peer's own page, from the list.
    peer_link = matches.first.get_by_role("heading", level=2).get_by_role("link")
    peer = peer_link.inner_text().strip()
    assert peer and peer != district
    peer_link.click()
    page.wait_for_url(re.compile(r"/organizations/[\w-]+/$"))
    assert not page.url.endswith(f"/organizations/{district_slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(peer)
    expect(page.get_by_role("heading", name="Members", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name=re.compile(r"like this one$"))).to_be_visible()

    # 5. The facilitators' roster: ask for a particular facilitator if one takes requests.
    page.goto(site.url + "/facilitators/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Facilitators")
    chosen = Facilitator.objects.filter(accepting_requests=True, user__is_active=True).first()
    if chosen:
        page.get_by_role("link", name=f"Request {chosen}", exact=True).click()
    else:
        page.get_by_role("link", name="Request a facilitator", exact=True).click()
    page.wait_for_url(re.compile(r"/facilitators/request/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Request a facilitator")
    if chosen:
        expect(page.get_by_role("main")).to_contain_text(f"You are asking for {chosen}.")
    field(page, "What do you need?").select_option(label=SERVICE)
    field(page, "Topic").select_option(label=EXPERTISE)
    field(page, "Message").fill(REQUEST)
    page.get_by_role("button", name="Send request").click()
    page.wait_for_url("**/facilitators/")
    expect(page.get_by_role("status").filter(has_text="Your request")).to_contain_text(
        "Your request is saved and queued for the staff"
    )

    [request] = FacilitatorRequest.objects.filter(requester=member)
    assert request.get_service_display() == SERVICE
    assert request.message == REQUEST
    assert request.topic.name == EXPERTISE
    assert request.facilitator == chosen
    assert request.status == "new"

    # The staff hear of it by email.
    [notice] = inbox.wait_for(
        STAFF, lambda m: "Facilitator request" in m["Subject"], "facilitator request email"
    )
    assert notice["Subject"] == f"[SameSide] Facilitator request: {SERVICE}"
    body = text_of(notice)
    assert f"{FIRST_NAME} {LAST_NAME} asks for a facilitator." in body
    assert REQUEST in body
    assert f"Facilitator asked for: {chosen if chosen else 'any who fits'}" in body
    assert all(STAFF not in message["To"] for message in inbox.to(MEMBER))

    # 6. The member's profile as others see it: the bio, and the avatar as an image.
    account_nav(page).get_by_role("link", name="Your profile").click()
    page.get_by_role("link", name="See your profile as others do").click()
    page.wait_for_url(f"**/members/{member.pk}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"{FIRST_NAME} {LAST_NAME}")
    expect(page.locator(".post-body")).to_contain_text(BIO)
    expect(page.get_by_role("main")).to_contain_text(f"{ROLE} · {STATE}")
    expect(page.get_by_role("main").get_by_role("link", name=EXPERTISE)).to_be_visible()
    avatar = page.locator(".profile-header img.avatar")
    src = avatar.get_attribute("src")
    assert src == profile.avatar.url, src
    # The live server serves MEDIA_ROOT (Django's live server test handler does, with
    # DEBUG off too; in production the front-end web server does).
    response = page.request.get(site.url + src)
    assert response.status == 200, f"{src} answered {response.status}"
    assert response.headers["content-type"] == "image/png"
    expect(avatar).to_have_js_property("complete", True)
    assert avatar.evaluate("img => img.naturalWidth") == 256


# Accessibility ---------------------------------------------------------------------------
def test_network_pages_have_no_axe_violations(page, site):
    from network.models import Facilitator, MemberProfile, Organization, Visibility

    member = sign_in(page, site, "browser-network-member")
    MemberProfile.objects.update_or_create(
        user=member, defaults={"role": "teacher", "state": "MA", "bio": "A *short* bio."}
    )
    query, _, district_slug = demo_district()
    other = (
        MemberProfile.objects.filter(visibility=Visibility.MEMBERS, user__is_active=True)
        .exclude(user=member)
        .order_by("user_id")
        .first()
    )
    facilitator = Facilitator.objects.filter(accepting_requests=True).first()
    peer = Organization.objects.exclude(slug=district_slug).order_by("name").first()
    paths = [
        ("profile edit", "/members/profile/"),
        ("own profile", f"/members/{member.pk}/"),
        ("members directory", "/members/"),
        ("members directory search", "/members/?q=a"),
        ("organizations directory", "/organizations/"),
        ("organization", f"/organizations/{district_slug}/"),
        ("organization (other)", f"/organizations/{peer.slug}/"),
        ("like mine chooser", f"/organizations/like-mine/?q={query}"),
        ("like mine", f"/organizations/{district_slug}/like/"),
        ("facilitators", "/facilitators/"),
        ("request form", "/facilitators/request/"),
    ]
    if other:
        paths.append(("member profile", f"/members/{other.user_id}/"))
    if facilitator:
        paths += [
            ("facilitator profile", f"/members/{facilitator.user_id}/"),
            ("request form (facilitator)", f"/facilitators/request/?facilitator={facilitator.pk}"),
        ]

    failures = []
    for name, path in paths:
        response = page.goto(site.url + path)
        assert response.status == 200, f"{name} ({path}) answered {response.status}"
        violations = axe_violations(page)
        if violations:
            failures.append((name, path, violations))

    # The request form again, sent empty: its error messages must be accessible too.
    page.goto(site.url + "/facilitators/request/")
    page.get_by_role("button", name="Send request").click()
    page.wait_for_load_state()
    expect(page.get_by_role("alert")).to_contain_text("Please correct the problem below")
    expect(page.get_by_role("main")).to_contain_text("Tell the staff what you need help with.")
    violations = axe_violations(page)
    if violations:
        failures.append(("request form with errors", "/facilitators/request/ (POST)", violations))

    assert not failures, "axe violations:\n" + violation_report(failures)


# Privacy ---------------------------------------------------------------------------------
def test_anonymous_visitor_sees_no_member_data(page, site):
    from network.models import MemberProfile, Visibility

    listed = list(
        MemberProfile.objects.filter(visibility=Visibility.MEMBERS, user__is_active=True)
        .select_related("user")
        .order_by("user_id")[:20]
    )
    assert listed, "the demo has no listed member to hide"

    response = page.goto(site.url + "/members/")
    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text("For members of the network")
    main = page.get_by_role("main")
    expect(main).to_contain_text("the members' directory is open to signed-in members only")
    signup = main.get_by_role("link", name="Sign up: it is free")
    expect(signup).to_have_attribute("href", "/accounts/signup/")
    expect(main.get_by_role("link", name="log in")).to_have_attribute(
        "href", "/accounts/login/?next=/members/"
    )
    # No member is named or linked, and there is no directory to search.
    text = main.inner_text()
    for profile in listed:
        assert profile.name not in text, profile.name
    assert page.locator('main a[href^="/members/"]').count() == 0
    assert page.locator("main .member-list, main .member-card").count() == 0

    # A profile's own address gets the same explanation.
    page.goto(site.url + f"/members/{listed[0].user_id}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("For members of the network")
    assert listed[0].name not in page.get_by_role("main").inner_text()
    violations = axe_violations(page)
    assert not violations, violation_report([("members only", "/members/<id>/", violations)])

    # The prompt leads to the sign-up form.
    page.goto(site.url + "/members/")
    page.get_by_role("main").get_by_role("link", name="Sign up: it is free").click()
    page.wait_for_url("**/accounts/signup/")
