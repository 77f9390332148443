import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision

from casestudies.models import CaseStudyPage
from forums.models import CommunityPage, Helpful, Post, Thread
from home.demo import loader as demo_loader
from home.demo.data import communities as demo_communities
from home.demo.sources import SOURCES
from home.models import HomePage
from network.models import Affiliation, Facilitator, MemberProfile, Organization
from resources.models import LibraryPage, ResourcePage, Topic

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
LOCATOR = re.compile(r"seed (\d{3}), lines? ([\d,\s-]+)")


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "documents": get_document_model().objects.count(),
        "organizations": Organization.objects.count(),
        "organization_topics": Organization.topics.through.objects.count(),
        "profiles": MemberProfile.objects.count(),
        "profile_topics": MemberProfile.expertise.through.objects.count()
        + MemberProfile.interests.through.objects.count(),
        "affiliations": Affiliation.objects.count(),
        "facilitators": Facilitator.objects.count(),
        "topics": Topic.objects.count(),
        "threads": Thread.objects.count(),
        "posts": Post.objects.count(),
        "helpful": Helpful.objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
        "latest_revision": Revision.objects.order_by("-pk").values_list("pk", flat=True).first(),
    }


@pytest.mark.django_db
def test_loader_creates_the_promised_content():
    assert CaseStudyPage.objects.live().count() >= 15
    assert ResourcePage.objects.live().count() >= 25
    for slug in (
        "toledo-peer-assistance-and-review",
        "baltimore-career-pathways",
        "sacramento-priority-schools",
    ):
        assert CaseStudyPage.objects.live().filter(slug=slug).exists(), slug
    types = set(ResourcePage.objects.values_list("resource_type", flat=True))
    assert {"contract_language", "mou", "toolkit", "template", "research_report"} <= types
    for slug in (
        "baltimore-2010-2013-agreement",
        "saint-paul-restructured-schools-staffing",
        "sacramento-priority-schools-mou",
        "boston-contract-preamble",
        "ibb-five-phases",
        "ibb-ground-rules",
        "five-ws-and-how-worksheet",
        "action-plan-template",
        "report-mep-first-two-years",
        "report-partnerships-and-student-performance",
        "report-collaborative-approaches-massachusetts",
        "report-forward-together",
        "report-shared-responsibility",
    ):
        assert ResourcePage.objects.live().filter(slug=slug).exists(), slug
    assert Topic.objects.count() >= 15
    assert Organization.objects.filter(kind="district").count() >= 10


@pytest.mark.django_db
def test_second_run_changes_nothing(capsys):
    before = snapshot()
    call_command("load_demo_content")
    assert snapshot() == before
    assert "nothing changed" in capsys.readouterr().out


@pytest.mark.django_db
def test_every_library_page_cites_its_sources():
    for page in LibraryPage.objects.specific():
        assert len(page.citations) > 0, page.slug
        for block in page.citations:
            assert block.value["title"], page.slug
            assert LOCATOR.search(block.value["locator"]), (page.slug, block.value["locator"])


def cited_ranges(text):
    for seed, spec in LOCATOR.findall(text):
        for part in re.split(r",\s*", spec.strip(" ,")):
            if not part:
                continue
            start, _, end = part.partition("-")
            yield seed, int(start), int(end or start)


def seed_length(seed):
    return len((SEEDS / SOURCES[seed]["file"]).read_text(encoding="utf-8").splitlines()) + 1


@pytest.mark.skipif(not SEEDS.exists(), reason="shared/seeds is not beside the checkout")
@pytest.mark.django_db
def test_every_citation_points_at_real_lines_of_a_real_seed():
    """Locators on citations, clauses and metrics name a seed file and lines inside it."""
    lengths = {seed: seed_length(seed) for seed in SOURCES}
    checked = 0
    for page in LibraryPage.objects.specific():
        texts = [block.value["locator"] for block in page.citations]
        for field in ("agreed", "outcomes", "clauses"):
            for block in getattr(page, field, []):
                if block.block_type in ("clause", "metric"):
                    texts.append(block.value["source"])
        for text in texts:
            for seed, start, end in cited_ranges(text):
                assert seed in lengths, (page.slug, text)
                assert 1 <= start <= end <= lengths[seed], (page.slug, text)
                checked += 1
    assert checked > 100


@pytest.mark.django_db
def test_case_studies_say_when_the_source_is_silent():
    silent = [
        page.slug
        for page in CaseStudyPage.objects.all()
        if "not stated in the source"
        in str(page.agreed).lower()
        + page.challenge.lower()
        + page.approach.lower()
        + page.lessons.lower()
        + str(page.outcomes).lower()
    ]
    assert silent, "no case study admits a gap in its sources"


@pytest.mark.django_db
def test_cross_references_resolve():
    toledo = CaseStudyPage.objects.get(slug="toledo-peer-assistance-and-review")
    assert toledo.related_resources.filter(slug="par-program-design-guide").exists()
    guide = ResourcePage.objects.get(slug="par-program-design-guide")
    assert guide.document_links.exists()
    assert guide.related_case_studies.filter(pk=toledo.pk).exists()
    districts = [org.slug for org in toledo.organizations.all()]
    assert "toledo-public-schools" in districts


def test_validation_reports_every_bad_reference(monkeypatch, db):
    bad = dict(demo_loader.all_case_studies()[0], slug="broken", topics=["no-such-topic"])
    bad["organizations"] = ["no-such-org"]
    monkeypatch.setattr(
        demo_loader.case_studies_b, "CASE_STUDIES", [*demo_loader.case_studies_b.CASE_STUDIES, bad]
    )
    with pytest.raises(demo_loader.DemoDataError) as error:
        demo_loader.validate()
    assert "broken: unknown topic no-such-topic" in str(error.value)
    assert "broken: unknown organization no-such-org" in str(error.value)


def test_text_to_html_escapes_and_structures():
    html = demo_loader.text_to_html("One <b>two</b>\nthree\n\n- a\n- b & c")
    assert html == "<p>One &lt;b&gt;two&lt;/b&gt; three</p><ul><li>a</li><li>b &amp; c</li></ul>"


def test_text_to_html_splits_a_lead_in_from_its_list():
    html = demo_loader.text_to_html("What was agreed:\n- six schools\n- new principals\nAfter.")
    assert html == (
        "<p>What was agreed:</p><ul><li>six schools</li><li>new principals</li></ul><p>After.</p>"
    )


@pytest.mark.django_db
def test_loader_creates_demo_communities(client):
    communities = CommunityPage.objects.live()
    themes = {
        "Peer assistance and review",
        "Teacher evaluation",
        "Career pathways and compensation",
        "Interest-based bargaining",
        "Turnaround and pilot schools",
        "Joint committees and district capacity",
    }
    assert themes <= set(communities.values_list("title", flat=True))
    for community in communities:
        assert community.topics.exists(), community.slug
        assert community.facilitators.exists(), community.slug
        threads = community.threads.all()
        assert 1 <= threads.count() <= 2, community.slug
        for thread in threads:
            posts = list(thread.posts.all())
            assert 2 <= len(posts) <= 4, thread.title
            assert thread.post_count == len(posts)
            assert all(demo_communities.DEMO_MARK in post.body for post in posts), thread.title
    assert Thread.objects.exclude(accepted_post=None).exists()
    assert Helpful.objects.exists()

    private = communities.get(slug="facilitators-circle")
    assert private.private_group.name == demo_communities.PRIVATE_GROUP
    assert communities.filter(private_group=None).count() == communities.count() - 1
    assert client.get(private.url).status_code == 404
    assert client.get(communities.get(slug="teacher-evaluation").url).status_code == 200

    usernames = [member["username"] for member in demo_communities.MEMBERS]
    for user in get_user_model().objects.filter(username__in=usernames):
        assert not user.has_usable_password()
    assert get_user_model().objects.filter(username__in=usernames).count() == len(usernames)


def test_validation_reports_bad_community_references(monkeypatch, db):
    community = dict(demo_communities.COMMUNITIES[0], slug="broken", topics=["no-such-topic"])
    community["facilitators"] = ["nobody"]
    monkeypatch.setattr(demo_communities, "COMMUNITIES", [*demo_communities.COMMUNITIES, community])
    with pytest.raises(demo_loader.DemoDataError) as error:
        demo_loader.validate()
    assert "broken: unknown topic no-such-topic" in str(error.value)
    assert "broken: unknown facilitator nobody" in str(error.value)


@pytest.mark.django_db
def test_refresh_reapplies_community_fields_without_duplicating_threads():
    community = CommunityPage.objects.get(slug="teacher-evaluation")
    community.description = "Changed by hand."
    community.facilitators.set([])
    community.save_revision().publish()
    threads, posts = Thread.objects.count(), Post.objects.count()

    loader = demo_loader.DemoLoader(refresh=True)
    loader.ensure_topics()
    loader.ensure_communities(HomePage.objects.get())

    community = CommunityPage.objects.get(slug="teacher-evaluation")
    assert community.description.startswith("Designing and running evaluation systems")
    assert [user.username for user in community.facilitators.all()] == ["demo-jo"]
    assert (Thread.objects.count(), Post.objects.count()) == (threads, posts)
