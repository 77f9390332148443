"""The fact check's findings stay fixed: each test reads the loaded demo site (or its data
files) and fails if the defect comes back."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from casestudies.models import CaseStudyPage
from forums.models import Post
from network.models import Affiliation, MemberProfile, Organization, OrganizationKind
from resources.models import LibraryPage, ResourcePage, Source, Topic

from .demo_data import CONTENT

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

DEMO_BADGE = '<span class="badge demo"'


def page_html(client, slug, model=LibraryPage):
    page = model.objects.get(slug=slug)
    response = client.get(page.url)
    assert response.status_code == 200, slug
    return response.content.decode()


def clauses(page):
    page = page.specific
    for name in ("agreed", "clauses"):
        for block in getattr(page, name, []):
            if block.block_type == "clause":
                yield block.value


def test_a_citation_shows_the_report_links_its_library_page_and_the_lines(client):
    html = page_html(client, "toledo-peer-assistance-and-review")
    report = Source.objects.get(key="002")
    assert report.page.slug == "report-collaborative-approaches-massachusetts"
    assert f'<a href="{report.page.url}">{report.title}</a>' in html
    assert f"{report.authors}, {report.year}." in html
    assert "Lines 1666–1705 of the text edition</span>." in html


def test_a_citation_links_the_public_original_only_where_the_report_names_it(client):
    assert Source.objects.exclude(url="").get().key == "003"
    html = page_html(client, "report-forward-together")
    assert '<a href="http://www.wested.org/lmc" rel="external">The public original</a>' in html
    assert 'rel="external">The public original' not in page_html(
        client, "report-mep-first-two-years"
    )


def test_report_narration_is_not_shown_as_the_agreements_text(client):
    """Sacramento 002:2174-2175 (narrated, from interviews at 2189-2190) and Green Dot
    002:2292-2293 are the report's own words, not the agreements'."""
    for slug, locator in (
        ("sacramento-priority-schools-mou", "seed 002, lines 2174-2175"),
        ("green-dot-school-staffing", "seed 002, lines 2292-2293"),
    ):
        page = LibraryPage.objects.get(slug=slug)
        narrated = [c for c in clauses(page) if c["source"].startswith(locator)]
        assert narrated and all(c["kind"] == "report" for c in narrated), slug
        html = page_html(client, slug)
        assert "Quoted from the report's own account" in html, slug
    for page in LibraryPage.objects.all():
        for clause in clauses(page):
            if "2174-2175" in clause["source"] or "2292-2293" in clause["source"]:
                assert clause["kind"] == "report", page.slug


def test_the_provenance_line_names_what_the_text_is(client):
    html = page_html(client, "denver-procomp")
    assert "Summarised from state law (Colorado, as applied in Denver)" in html
    guide = page_html(client, "par-program-design-guide")
    assert "from a union framework (Massachusetts Teachers Association)" in guide
    for page in LibraryPage.objects.all():
        for clause in clauses(page):
            parties = clause["parties"].lower()
            assert "state law" not in parties and "framework" not in parties, page.slug
    for slug in LibraryPage.objects.values_list("slug", flat=True):
        assert "agreement between Colorado" not in page_html(client, slug), slug


def test_demo_posts_claim_nothing_the_library_does_not_say():
    bodies = " ".join(Post.objects.values_list("body", flat=True)).lower()
    for claim in ("voting together", "checklist", "seniority intact"):
        assert claim not in bodies, claim
    assert "selects and evaluates the consulting teachers" in bodies  # the PAR guide's words
    assert "every former staff member was reassigned" in bodies  # the Sacramento page's


def test_topics_cite_where_they_are_described_and_each_has_items():
    par = next(t for t in CONTENT.topics if t["slug"] == "peer-assistance-and-review")
    assert [(c["source"], c["lines"]) for c in par["citations"]] == [
        ("002", "1666-1851"),
        ("004", "199-214"),
    ]
    assert not Topic.objects.filter(slug="innovation-schools").exists()
    for topic in Topic.objects.all():
        assert LibraryPage.objects.filter(topics=topic).exists(), topic.slug


def test_abc_was_one_of_the_first_efforts_and_the_pilots_are_future_tense():
    abc = CaseStudyPage.objects.get(slug="abc-unified-partnership")
    assert "first joint effort" not in abc.approach
    assert "One of their first efforts at joint problem solving, in 1999" in abc.approach
    evaluation = ResourcePage.objects.get(slug="massachusetts-educator-evaluation-2011")
    text = str(evaluation.body)
    assert "The first districts to pilot it will be those" in text
    assert "pilot it were" not in text


def test_green_dot_is_described_as_a_charter_network():
    org = Organization.objects.get(slug="green-dot-public-schools")
    assert org.description.startswith("A charter school network")
    assert org.kind == OrganizationKind.CHARTER_NETWORK
    assert org.get_kind_display() == "Charter school network"
    case = CaseStudyPage.objects.get(slug="green-dot-school-staffing")
    text = " ".join([case.summary, case.challenge, case.approach, case.lessons])
    assert not re.search(r"Green Dot (school )?district", text)


def test_organization_stage_and_case_study_stage_agree():
    for case in CaseStudyPage.objects.all():
        for org in case.organizations.filter(kind__in=["district", "union"]).exclude(stage=""):
            assert org.stage == case.stage, (case.slug, org.slug)


def test_no_demo_person_belongs_to_a_real_organization():
    demo = MemberProfile.objects.filter(is_demo=True)
    assert demo.exists()
    assert not demo.exclude(organization=None).filter(organization__is_demo=False).exists()
    assert not Affiliation.objects.filter(user__profile__is_demo=True, organization__is_demo=False)


def test_demo_people_are_marked_wherever_they_are_listed(client):
    viewer = get_user_model().objects.create_user("viewer-11c", password="x")
    MemberProfile.objects.create(user=viewer, role="teacher", state="MA")
    client.force_login(viewer)
    html = client.get(reverse("network:members")).content.decode()
    cards = html.split('<li class="member-card">')[1:]
    assert cards and all(DEMO_BADGE in card for card in cards if "demo" in card.lower())
    assert html.count(DEMO_BADGE) >= 10

    org = Organization.objects.get(slug="demo-quarry-hill-public-schools")
    html = client.get(org.get_absolute_url()).content.decode()
    members = MemberProfile.objects.filter(organization=org, is_demo=True).count()
    assert members and html.count(DEMO_BADGE) == members

    html = client.get(reverse("network:facilitators")).content.decode()
    cards = html.split('<li class="member-card">')[1:]
    assert cards and all(DEMO_BADGE in card for card in cards)
