"""District teams in Chromium: a team's walk from founding to feedback, and accessibility.

The walk: a superintendent signs up (confirming the address from the email, over real
SMTP to an aiosmtpd server in the test process), starts a team for a demo district and
its union on the management side, and invites the union president by email. The
president follows the emailed link, logs in through the login form and accepts: the team
is no longer one-sided. The superintendent opens an assessment round; both members answer
through the form and three staff through the round's link, each in a fresh browser with
no account; with five answers the results show the chart. A member writes the
principles and a goal with a step, shares the plan with the network; a member of another
team logs in, reads the shared plan and comments; the team sees the comment, and gets it
by email.

Then axe-core on every team page: 0 violations.
"""

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from .conftest import axe_violations
from .helpers import account_nav, sign_in, sign_up, text_of

pytestmark = pytest.mark.django_db(transaction=True)

SUPERINTENDENT = "team-walk-super@district.example"
PRESIDENT = "team-walk-president@union.example"
PEER = "team-walk-peer@othertown.example"
TEAM = "Maple Valley walk team"
DISTRICT = "demo-maple-valley-public-schools"  # home/demo/content/demo-organizations/
UNION = "demo-maple-valley-education-association"
DEMO_TEAM = "demo-maple-valley-joint-team"  # home/demo/content/teams/
PEER_TEAM = "demo-cedar-brook-joint-team"
PRINCIPLES = "We solve problems together before we bargain over them."
GOAL = "A joint induction programme for new teachers"
STEP = "Agree the mentors' release time"
COMMENT = "Our panel met monthly in its first year; quarterly was too slow."
ONE_SIDED = "This team is one-sided"


# Fixtures --------------------------------------------------------------------------------
@pytest.fixture
def new_page(browser):
    """Opens pages in browser contexts of their own (own cookies), closed afterwards."""
    contexts = []

    def open_page():
        context = browser.new_context()
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15_000)
        return page

    yield open_page
    for context in contexts:
        context.close()


# Helpers ---------------------------------------------------------------------------------
def field(page, label):
    """A form field by its label, which Django ends with a colon."""
    return page.get_by_label(re.compile(rf"^{re.escape(label)}:?$"))


def organization_label(organization):
    state = f" ({organization.state})" if organization.state else ""
    return f"{organization.name}{state}"


def log_in(page, email, password):
    """The allauth login form, reached from a "Log in" link already clicked."""
    page.wait_for_url(re.compile(r"/accounts/login/"))
    page.get_by_label(re.compile(r"^Email")).fill(email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(password)
    page.get_by_role("main").get_by_role("button", name=re.compile("sign in|log in", re.I)).click()


def answer_round(page, values, stage_label):
    """Fill the partnership questions (1-4, in order) and the stage, then send."""
    from teams.choices import SCALE_LABELS, PartnershipQuestion

    questions = [
        PartnershipQuestion.COMMUNICATION,
        PartnershipQuestion.COLLABORATION,
        PartnershipQuestion.OPENNESS,
    ]
    for question, value in zip(questions, values, strict=True):
        group = page.get_by_role("group", name=re.compile(re.escape(question.label)))
        group.get_by_label(f"{value} – {SCALE_LABELS[value]}", exact=True).check()
    stage = page.get_by_role("group", name=re.compile("How far along is the collaboration"))
    stage.get_by_label(stage_label, exact=True).check()
    page.get_by_role("button", name="Send my answer").click()


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
def test_team_walk_found_invite_assess_plan_share_feedback(page, new_page, mail_site, inbox):
    from django.contrib.auth import get_user_model

    from network.core.factories import PASSWORD, UserFactory
    from network.models import Organization
    from teams.choices import Stage
    from teams.models import AssessmentRound, Comment, Membership, Team

    site = mail_site
    district = Organization.objects.get(slug=DISTRICT)
    union = Organization.objects.get(slug=UNION)
    preliminary = Stage.choices[1][1]

    # 1. The superintendent signs up and confirms the address from the email.
    sign_up(page, site, inbox, SUPERINTENDENT)
    superintendent = get_user_model().objects.get(email=SUPERINTENDENT)

    # 2. ... and starts a team from "Your teams": district, union, the management side.
    account_nav(page).get_by_role("link", name="Your teams").click()
    page.wait_for_url("**/teams/")
    expect(page.get_by_role("main")).to_contain_text("You are not on a team yet.")
    page.get_by_role("main").get_by_role("link", name="Start a team").click()
    page.wait_for_url("**/teams/new/")
    field(page, "Team name").fill(TEAM)
    field(page, "District or charter network").select_option(label=organization_label(district))
    field(page, "Local union(s)").select_option(label=organization_label(union))
    page.get_by_role("group", name=re.compile("Your side on the team")).get_by_label(
        "Management", exact=True
    ).check()
    field(page, "Your role (optional)").fill("Superintendent")
    page.get_by_role("button", name="Start the team").click()
    page.wait_for_url(re.compile(r"/teams/[\w-]+/members/$"))
    team = Team.objects.get(name=TEAM)
    assert page.url == site.url + f"/teams/{team.slug}/members/"
    assert (team.district, list(team.unions.all())) == (district, [union])
    assert Membership.objects.get(team=team, user=superintendent).side == "management"
    expect(page.get_by_role("status").filter(has_text="is started")).to_contain_text(
        f"{TEAM} is started. Invite the rest of the team."
    )
    expect(page.get_by_role("main")).to_contain_text(ONE_SIDED)
    expect(page.get_by_role("table", name=re.compile("Members of"))).to_contain_text(
        "Superintendent"
    )

    # 3. The union president is invited by email from the members page.
    field(page, "Their email address").fill(PRESIDENT)
    page.get_by_role("group", name=re.compile("Their side on the team")).get_by_label(
        "Union", exact=True
    ).check()
    field(page, "Their role (optional)").fill("Association president")
    page.get_by_role("button", name="Send the invitation").click()
    page.wait_for_url(f"**/teams/{team.slug}/members/")
    invitations = page.locator("table.invitations")
    expect(invitations).to_contain_text(PRESIDENT)
    expect(invitations).to_contain_text("Pending until")

    [invitation_email] = inbox.wait_for(
        PRESIDENT, lambda m: "invitation" in m["Subject"].lower(), "invitation email"
    )
    assert invitation_email["Subject"] == f"[SameSide] An invitation to {TEAM}"
    body = text_of(invitation_email)
    links = re.findall(r"https?://\S+/teams/invitations/\S+/", body)
    assert len(links) == 1, body
    assert links[0].startswith(site.url + "/"), links[0]
    assert "You would join as: Union (Association president)" in body

    # 4. The president, who has an account, follows the link, logs in and accepts.
    UserFactory(username="team-walk-president", email=PRESIDENT, first_name="Rosa")
    president_page = new_page()
    president_page.goto(links[0])
    expect(president_page.get_by_role("heading", level=1)).to_have_text(f"An invitation to {TEAM}")
    president_page.get_by_role("link", name="Log in to accept").click()
    log_in(president_page, PRESIDENT, PASSWORD)
    president_page.wait_for_url(links[0])
    president_page.get_by_role("button", name="Accept and join the team").click()
    president_page.wait_for_url(f"**{team.get_absolute_url()}")
    president = get_user_model().objects.get(email=PRESIDENT)
    assert Membership.objects.get(team=team, user=president).side == "union"
    expect(president_page.get_by_role("main")).not_to_contain_text(ONE_SIDED)
    page.reload()
    expect(page.get_by_role("main")).to_contain_text("Accepted")
    expect(page.get_by_role("main")).not_to_contain_text(ONE_SIDED)

    # 5. The superintendent opens a round for the district and gets its link.
    page.get_by_role("navigation", name="Team sections").get_by_role(
        "link", name="Assessment"
    ).click()
    page.wait_for_url(f"**/teams/{team.slug}/assessments/")
    expect(page.get_by_role("main")).to_contain_text("No round yet.")
    page.get_by_role("button", name="Open the round").click()
    page.wait_for_url(re.compile(rf"/teams/{team.slug}/assessments/\d+/$"))
    expect(page.get_by_role("status").filter(has_text="Round opened.")).to_be_visible()
    round_url = page.url
    round_ = AssessmentRound.objects.get(team=team)
    link = page.get_by_label("Answer link").input_value()
    assert link.startswith(site.url + f"/teams/{team.slug}/assessments/by-link/"), link

    # 6. Five answers: the two members through the form, three staff through the link.
    page.get_by_role("link", name="Give or change your answer").click()
    answer_round(page, (3, 2, 2), preliminary)
    page.wait_for_url(round_url)
    expect(page.get_by_role("status").filter(has_text="Your answer is saved.")).to_be_visible()

    president_page.goto(round_url)
    president_page.get_by_role("link", name="Give or change your answer").click()
    answer_round(president_page, (2, 3, 2), preliminary)
    president_page.wait_for_url(round_url)
    expect(president_page.get_by_role("main")).to_contain_text("2 answers so far.")
    expect(president_page.get_by_role("main")).to_contain_text("results appear once 5")
    assert president_page.locator("main svg").count() == 0

    for values in [(4, 3, 3), (3, 3, 2), (2, 2, 1)]:
        staff_page = new_page()  # no account, no cookies
        staff_page.goto(link)
        expect(staff_page.get_by_role("heading", level=1)).to_contain_text(
            "Partnership self-assessment"
        )
        answer_round(staff_page, values, preliminary)
        staff_page.wait_for_url(re.compile(r"\?done=1$"))
        expect(staff_page.get_by_role("main")).to_contain_text(re.compile("thank", re.I))
    assert round_.responses.count() == 5
    assert round_.responses.filter(user__isnull=True).count() == 3

    # 7. The results: the chart, an image with a title, and the table.
    page.goto(round_url)
    expect(page.get_by_role("main")).to_contain_text("5 answers so far.")
    chart = page.locator('main figure svg[role="img"]')
    expect(chart).to_have_count(1)
    title = chart.locator(":scope > title")
    expect(title).to_have_count(1)
    assert title.text_content().strip()
    # Named by its title and description, which give the means: (3+2+4+3+2)/5 = 2.80 ...
    name = re.compile(rf"^{re.escape(title.text_content().strip())}.*communicate.*2\.80")
    expect(chart).to_have_accessible_name(name)
    expect(page.get_by_role("table", name="Answers per question, this round")).to_be_visible()

    # 8. The president writes the principles, a goal and a step.
    president_page.get_by_role("navigation", name="Team sections").get_by_role(
        "link", name="Principles and plan"
    ).click()
    president_page.wait_for_url(f"**/teams/{team.slug}/plan/")
    president_page.get_by_role("link", name="Write the principles").click()
    president_page.wait_for_url(f"**/teams/{team.slug}/plan/principles/")
    field(president_page, "Principles").fill(PRINCIPLES + "\n\n- We share the data early.")
    president_page.get_by_role("button", name="Save the principles").click()
    president_page.wait_for_url(f"**/teams/{team.slug}/plan/")
    principles = president_page.get_by_role("region", name="Principles")
    expect(principles).to_contain_text(PRINCIPLES)
    expect(principles.get_by_role("listitem")).to_have_text("We share the data early.")

    president_page.get_by_role("link", name="Add a goal").click()
    field(president_page, "Goal").fill(GOAL)
    president_page.get_by_role("button", name="Add the goal").click()
    president_page.wait_for_url(f"**/teams/{team.slug}/plan/")
    president_page.get_by_role("link", name=f"Add a step to “{GOAL}”").click()
    field(president_page, "Step").fill(STEP)
    field(president_page, "Owner").select_option(index=1)
    due = date.today() + timedelta(days=30)
    field(president_page, "Due date").fill(due.isoformat())
    president_page.get_by_role("button", name="Add the step").click()
    president_page.wait_for_url(f"**/teams/{team.slug}/plan/")
    goals = president_page.get_by_role("region", name="Goals and steps")
    expect(goals.get_by_role("heading", level=3)).to_have_text(GOAL)
    expect(goals.get_by_role("table")).to_contain_text(STEP)
    expect(president_page.locator(".plan-status")).to_contain_text(
        "A plan, with nothing implemented yet"
    )

    # 9. ... and shares it with the network.
    president_page.get_by_role("link", name="Sharing and feedback").click()
    president_page.wait_for_url(f"**/teams/{team.slug}/plan/sharing/")
    field(president_page, "Share with the network").check()
    president_page.get_by_role("button", name="Save sharing").click()
    president_page.wait_for_url(f"**/teams/{team.slug}/plan/sharing/")
    expect(
        president_page.get_by_role("status").filter(has_text="Sharing is saved.")
    ).to_be_visible()
    team.plan.refresh_from_db()
    assert team.plan.shared_with_network

    # 10. A member of another team logs in, reads the shared plan and comments.
    peer = UserFactory(username="team-walk-peer", email=PEER, first_name="Omar")
    Membership.objects.create(team=Team.objects.get(slug=PEER_TEAM), user=peer, side="union")
    peer_page = new_page()
    peer_page.goto(site.url + "/")
    account_nav(peer_page).get_by_role("link", name=re.compile("^log in$", re.I)).click()
    log_in(peer_page, PEER, PASSWORD)
    expect(account_nav(peer_page).get_by_role("button", name="Log out")).to_be_visible()
    peer_page.goto(site.url + f"/teams/{team.slug}/plan/")
    expect(peer_page.get_by_role("main")).to_contain_text(GOAL)
    expect(peer_page.get_by_role("main")).to_contain_text(PRINCIPLES)
    field(peer_page, "Comment").fill(COMMENT)
    peer_page.get_by_role("button", name="Post the comment").click()
    peer_page.wait_for_url(re.compile(rf"/teams/{team.slug}/plan/#comment-\d+$"))
    comment = Comment.objects.get(plan=team.plan)
    assert comment.author == peer and comment.body == COMMENT

    # 11. The team sees it on the plan, and hears of it by email.
    page.goto(site.url + f"/teams/{team.slug}/plan/")
    feedback = page.get_by_role("region", name="Feedback")
    expect(feedback.locator(f"#comment-{comment.pk}")).to_contain_text(COMMENT)
    expect(feedback.locator(f"#comment-{comment.pk}")).to_contain_text("Omar")
    [notice] = inbox.wait_for(SUPERINTENDENT, lambda m: COMMENT in text_of(m), "comment email")
    assert TEAM in notice["Subject"] or "plan" in notice["Subject"].lower(), notice["Subject"]
    assert all(COMMENT not in text_of(m) for m in inbox.to(PEER))


# Accessibility ---------------------------------------------------------------------------
def test_team_pages_have_no_axe_violations(page, new_page, site):
    from teams import assessments
    from teams.models import AssessmentRound, Invitation, Membership, Team

    team = Team.objects.get(slug=DEMO_TEAM)
    member = sign_in(page, site, "browser-team-member")
    Membership.objects.create(team=team, user=member, side="management", title="Principal")

    # A round below 5 answers with its staff survey, and one above (the demo's).
    small, token = assessments.open_round(
        team, member, school="Maple Valley High School", network_survey=True
    )
    full = AssessmentRound.objects.filter(team=team).exclude(pk=small.pk).order_by("-opened_at")[0]
    assert full.responses.count() >= 5

    paths = [
        ("team list", "/teams/"),
        ("new team", "/teams/new/"),
        ("overview", f"/teams/{team.slug}/"),
        ("members and invitations", f"/teams/{team.slug}/members/"),
        ("facilitator", f"/teams/{team.slug}/facilitator/"),
        ("assessments", f"/teams/{team.slug}/assessments/"),
        ("results, below 5", f"/teams/{team.slug}/assessments/{small.pk}/"),
        ("results, 5 or more", f"/teams/{team.slug}/assessments/{full.pk}/"),
        ("member answer form", f"/teams/{team.slug}/assessments/{small.pk}/answer/"),
        ("link answer form", f"/teams/{team.slug}/assessments/by-link/{token}/"),
        ("staff-list upload", f"/teams/{team.slug}/assessments/{small.pk}/staff/"),
        ("plan", f"/teams/{team.slug}/plan/"),
        ("principles", f"/teams/{team.slug}/plan/principles/"),
        ("plan details", f"/teams/{team.slug}/plan/details/"),
        ("new goal", f"/teams/{team.slug}/plan/goals/add/"),
        ("plan history", f"/teams/{team.slug}/plan/history/"),
        ("sharing and feedback", f"/teams/{team.slug}/plan/sharing/"),
        ("print view", f"/teams/{team.slug}/plan/print/"),
        ("network summary", "/teams/network/"),
    ]
    goal = team.plan.goals.first()
    step = goal.steps.first()
    paths += [
        ("goal", f"/teams/{team.slug}/plan/goals/{goal.pk}/"),
        ("new step", f"/teams/{team.slug}/plan/goals/{goal.pk}/steps/add/"),
        ("step", f"/teams/{team.slug}/plan/steps/{step.pk}/"),
    ]

    failures = []

    def check(name, target=page, path=None):
        violations = axe_violations(target)
        if violations:
            failures.append((name, path or target.url, violations))

    for name, path in paths:
        response = page.goto(site.url + path)
        assert response.status == 200, f"{name} ({path}) answered {response.status}"
        check(name, path=path)

    # The pages were the ones meant: results with the chart, and below the threshold.
    page.goto(site.url + f"/teams/{team.slug}/assessments/{full.pk}/")
    expect(page.locator('main figure svg[role="img"]')).to_have_count(1)
    page.goto(site.url + f"/teams/{team.slug}/assessments/{small.pk}/")
    expect(page.get_by_role("main")).to_contain_text("0 of the 5 answers needed")
    page.goto(site.url + f"/teams/{team.slug}/assessments/{small.pk}/staff/")
    expect(field(page, "Staff list (CSV)")).to_be_visible()

    # The new-team form sent empty, with its errors.
    page.goto(site.url + "/teams/new/")
    page.get_by_role("button", name="Start the team").click()
    page.wait_for_load_state()
    expect(page.get_by_role("main")).to_contain_text("Give the team a name.")
    check("new team with errors", path="/teams/new/ (POST)")

    # Feedback: asked of a peer team, then the form sent empty with its error.
    page.goto(site.url + f"/teams/{team.slug}/plan/sharing/")
    page.get_by_role("group", name=re.compile("Ask these peer teams")).get_by_role(
        "checkbox"
    ).first.check()
    page.get_by_role("button", name="Ask for feedback").click()
    expect(
        page.get_by_role("status").filter(has_text="Your request for feedback is sent.")
    ).to_be_visible()
    check("feedback asked", path=f"/teams/{team.slug}/plan/sharing/ (feedback sent)")
    page.get_by_role("button", name="Ask for feedback").click()
    page.wait_for_load_state()
    expect(page.get_by_role("main")).to_contain_text(
        "Choose the facilitator, a peer team, or both."
    )
    check("feedback with errors", path=f"/teams/{team.slug}/plan/feedback/ (POST)")

    # A comment on the plan, so the feedback list is not empty.
    page.goto(site.url + f"/teams/{team.slug}/plan/")
    field(page, "Comment").fill("A *first* comment.")
    page.get_by_role("button", name="Post the comment").click()
    page.wait_for_url(re.compile(r"#comment-\d+$"))
    expect(page.get_by_role("region", name="Feedback")).to_contain_text("A first comment.")
    check("plan with a comment")

    # An invitation, signed out and signed in (as someone not yet on the team).
    _, invitation_token = Invitation.issue(
        team, "team-axe-invitee@union.example", "union", member, title="Teacher"
    )
    invitation_url = site.url + f"/teams/invitations/{invitation_token}/"
    anonymous = new_page()
    anonymous.goto(invitation_url)
    expect(anonymous.get_by_role("link", name="Log in to accept")).to_be_visible()
    check("invitation, signed out", anonymous)
    anonymous.goto(site.url + "/teams/network/")
    check("network summary, signed out", anonymous)
    invitee = new_page()
    sign_in(invitee, site, "browser-team-invitee")
    invitee.goto(invitation_url)
    expect(invitee.get_by_role("button", name="Accept and join the team")).to_be_visible()
    check("invitation, signed in", invitee)
    page.goto(invitation_url)
    expect(page.get_by_role("main")).to_contain_text("already a member")
    check("invitation, already a member")

    # A team with no facilitator: the roster to choose from.
    other = Team.objects.filter(facilitator__isnull=True).first()
    if other:
        Membership.objects.create(team=other, user=member, side="management")
        page.goto(site.url + f"/teams/{other.slug}/facilitator/")
        check("facilitator, choosing")

    # The shared plan as a member of another team reads it.
    peer_team = Team.objects.get(slug=PEER_TEAM)
    peer = new_page()
    peer_user = sign_in(peer, site, "browser-team-peer")
    Membership.objects.create(team=peer_team, user=peer_user, side="union")
    assert team.plan.shared_with_network
    peer.goto(site.url + f"/teams/{team.slug}/plan/")
    expect(peer.get_by_role("main")).to_contain_text(team.plan.title)
    check("shared plan, another team", peer)

    # The staff summary, as staff.
    staff = new_page()
    staff_user = sign_in(staff, site, "browser-team-staff")
    staff_user.is_staff = True
    staff_user.save(update_fields=["is_staff"])
    response = staff.goto(site.url + "/teams/network/staff/")
    assert response.status == 200, response.status
    check("staff summary", staff)

    assert not failures, "axe violations:\n" + violation_report(failures)
