import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision

from casestudies.models import CaseStudyPage
from forums.models import CommunityPage, Helpful, Post, Thread
from home.demo import loader as demo_loader
from home.models import LoadedPage
from network.models import Affiliation, Facilitator, MemberProfile, Organization
from resources.models import LibraryPage, ResourcePage, Source, Topic

from .demo_data import (
    CONTENT,
    SOURCES,
    cited_ranges,
    copy_content,
    forum_members,
    seed_length,
    seeds_missing,
)

# The loader, its flags and what it loaded: the demo content itself.
pytestmark = pytest.mark.demo

LINES = re.compile(r"^\d+(-\d+)?(,\s*\d+(-\d+)?)*$")


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
        "sources": Source.objects.count(),
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
            source = block.value["source"]
            assert source.title and source.page and source.page.live, page.slug
            assert LINES.match(block.value["locator"]), (page.slug, block.value["locator"])


@pytest.mark.skipif(bool(seeds_missing()), reason=seeds_missing() or "seeds present")
@pytest.mark.django_db
def test_every_citation_points_at_real_lines_of_a_real_seed():
    """Locators on citations, clauses and metrics name a seed file and lines inside it."""
    lengths = {seed: seed_length(seed) for seed in SOURCES}
    checked = 0
    for page in LibraryPage.objects.specific():
        texts = [
            f"seed {block.value['source'].key}, lines {block.value['locator']}"
            for block in page.citations
        ]
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


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_validation_reports_every_bad_reference(tmp_path, db):
    root = copy_content(tmp_path)
    toledo = root / "case-studies" / "toledo-peer-assistance-and-review.toml"
    edit(toledo, '"peer-assistance-and-review",', '"no-such-topic",')
    edit(toledo, '"toledo-public-schools",', '"no-such-org",')
    with pytest.raises(demo_loader.DemoDataError) as error:
        demo_loader.DemoLoader(root=root).load()
    message = str(error.value)
    where = "case-studies/toledo-peer-assistance-and-review.toml"
    assert f"{where}: topics: unknown topic no-such-topic" in message
    assert f"{where}: organizations: unknown organization no-such-org" in message


def test_markdown_prose_becomes_rich_text_and_raw_html_stays_text():
    html = demo_loader.render_markdown("One <b>two</b>\nthree\n\n- a\n- b & c")
    assert (
        html
        == "<p>One &lt;b&gt;two&lt;/b&gt;\nthree</p>\n<ul>\n<li>a</li>\n<li>b &amp; c</li>\n</ul>"
    )


def test_markdown_splits_a_lead_in_from_its_list():
    html = demo_loader.render_markdown("What was agreed:\n\n- six schools\n- new principals")
    assert (
        html
        == "<p>What was agreed:</p>\n<ul>\n<li>six schools</li>\n<li>new principals</li>\n</ul>"
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
            assert all(demo_loader.DEMO_MARK in post.body for post in posts), thread.title
    assert Thread.objects.exclude(accepted_post=None).exists()
    assert Helpful.objects.exists()

    private = communities.get(slug="facilitators-circle")
    assert private.private_group.name == CONTENT.site["communities"]["private_group"]
    assert communities.filter(private_group=None).count() == communities.count() - 1
    assert client.get(private.url).status_code == 404
    assert client.get(communities.get(slug="teacher-evaluation").url).status_code == 200

    usernames = [member["username"] for member in forum_members()]
    for user in get_user_model().objects.filter(username__in=usernames):
        assert not user.has_usable_password()
    assert get_user_model().objects.filter(username__in=usernames).count() == len(usernames)


def test_validation_reports_bad_community_references(tmp_path, db):
    root = copy_content(tmp_path)
    path = root / "communities" / "teacher-evaluation.toml"
    edit(path, 'facilitators = ["demo-jo"]', 'facilitators = ["nobody"]')
    edit(path, "topics = [", 'topics = ["no-such-topic", ')
    with pytest.raises(demo_loader.DemoDataError) as error:
        demo_loader.DemoLoader(root=root).load()
    message = str(error.value)
    assert "communities/teacher-evaluation.toml: topics: unknown topic no-such-topic" in message
    assert (
        "communities/teacher-evaluation.toml: facilitators: unknown facilitator nobody" in message
    )


@pytest.mark.django_db
def test_check_names_the_file_and_field_and_writes_nothing(tmp_path):
    root = copy_content(tmp_path)
    edit(
        root / "case-studies" / "baltimore-career-pathways.toml", "start_year = ", 'start_year = "'
    )
    edit(root / "topics" / "compensation.toml", 'name = "', 'nmae = "')
    before = snapshot()
    with pytest.raises(demo_loader.DemoDataError) as error:
        demo_loader.DemoLoader(root=root, check_only=True).run()
    message = str(error.value)
    assert "case-studies/baltimore-career-pathways.toml: not valid TOML" in message
    assert "topics/compensation.toml: nmae: unknown field" in message
    assert "topics/compensation.toml: name: missing" in message
    assert snapshot() == before
    # A full run stops at the same check, before writing anything.
    with pytest.raises(demo_loader.DemoDataError, match="topics/compensation.toml: name: missing"):
        demo_loader.DemoLoader(root=root).run()
    assert snapshot() == before


def test_check_passes_on_the_committed_files(capsys, db):
    call_command("load_demo_content", "--check")
    assert "no problems found" in capsys.readouterr().out


def test_check_catches_a_line_past_the_end_of_a_report(tmp_path, db):
    root = copy_content(tmp_path)
    edit(root / "topics" / "compensation.toml", 'lines = "1098-1122"', 'lines = "1098-99999"')
    with pytest.raises(demo_loader.DemoDataError, match="topics/compensation.toml: citations"):
        demo_loader.DemoLoader(root=root, check_only=True).run()


def edit_in_admin(page, **fields):
    """Save a new revision as an editor would (a user wrote it)."""
    editor = get_user_model().objects.create_superuser("editor-11c", password="x")
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision(user=editor).publish(user=editor)
    return page


@pytest.mark.django_db
def test_refresh_skips_a_page_an_editor_changed_and_says_so(capsys):
    community = CommunityPage.objects.get(slug="teacher-evaluation")
    edit_in_admin(community, description="Changed by an editor.")
    threads, posts = Thread.objects.count(), Post.objects.count()
    call_command("load_demo_content", "--refresh")
    out = capsys.readouterr().out
    assert "Skipped 1 pages an editor changed" in out
    assert "communities/teacher-evaluation.toml" in out
    community = CommunityPage.objects.get(slug="teacher-evaluation")
    assert community.description == "Changed by an editor."
    assert (Thread.objects.count(), Post.objects.count()) == (threads, posts)


@pytest.mark.django_db
def test_refresh_rewrites_an_untouched_page_whose_data_changed():
    page = CaseStudyPage.objects.get(slug="toledo-peer-assistance-and-review")
    loaded = LoadedPage.objects.get(page=page)
    loaded.digest = "stale"
    loaded.save()
    revisions = page.revisions.count()
    loader = demo_loader.DemoLoader(refresh=True)
    loader.run()
    assert loader.report.skipped == []
    assert page.revisions.count() == revisions + 1
    assert LoadedPage.objects.get(page=page).digest != "stale"


@pytest.mark.django_db
def test_refresh_without_changes_publishes_nothing():
    before = snapshot()
    demo_loader.DemoLoader(refresh=True).run()
    assert snapshot()["revisions"] == before["revisions"]


@pytest.mark.django_db
def test_force_overwrites_a_page_an_editor_changed():
    community = CommunityPage.objects.get(slug="teacher-evaluation")
    community.facilitators.set([])
    edit_in_admin(community, description="Changed by an editor.")
    call_command("load_demo_content", "--refresh", "--force", verbosity=0)
    community = CommunityPage.objects.get(slug="teacher-evaluation")
    assert community.description.startswith("Designing and running evaluation systems")
    assert [user.username for user in community.facilitators.all()] == ["demo-jo"]
