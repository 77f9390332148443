"""The member network's demo content: the case-study organizations' facets, the fictional
districts and unions, demo members and facilitators (loaded once for the tests marked demo, by
``tests/database_state.py``)."""

import pytest
from django.contrib.auth import get_user_model

from home.demo import loader as demo_loader
from home.models import HomePage
from network.models import (
    MANAGEMENT_LEADERS,
    UNION_LEADERS,
    Affiliation,
    AffiliationStatus,
    Facilitator,
    MemberProfile,
    MemberRole,
    Organization,
    Service,
    Visibility,
)
from network.regions import Region

from . import demo_data
from .demo_data import (
    SOURCES,
    citation_ranges,
    cited_ranges,
    copy_content,
    seed_length,
    seeds_missing,
)
from .test_loader import edit

# Every test here reads the loaded demo network or its data files.
pytestmark = pytest.mark.demo

# The districts the guide lists (GUIDE.md section 2), by organization key.
GUIDE_DISTRICTS = [
    "toledo-public-schools",
    "baltimore-city-public-schools",
    "sacramento-city-unified",
    "denver-public-schools",
    "hillsborough-county-schools",
    "new-haven-school-district",
    "plattsburgh-school-district",
    "abc-unified-school-district",
    "montgomery-county-public-schools",
    "st-francis-mn-district",
    "helena-mt-district",
    "saint-paul-public-schools",
    "green-dot-public-schools",
    "rochester-ny-district",
    "springfield-ma-district",
    "boston-public-schools",
    "leominster-ma-district",
    "brockton-ma-district",
    "malden-ma-district",
    "boylston-elementary-ma",
    "berkshire-hills-regional-school-district",
    "jefferson-county-co-district",
    "glenview-il-district",
    "natrona-county-wy-district",
]
# The local unions the sources name.
NAMED_UNIONS = [
    "toledo-federation-of-teachers",
    "baltimore-teachers-union",
    "sacramento-teachers-association",
    "sacramento-seiu-allied-trades",
    "new-haven-federation-of-teachers",
    "abc-federation-of-teachers",
    "saint-paul-federation-of-teachers",
    "boston-teachers-union",
]
NEW_ENGLAND_AND_NEW_YORK = {"MA", "CT", "RI", "NH", "VT", "ME", "NY"}
# The word a citation's note uses for each facet it supports.
FACET_WORDS = {
    "stage": "stage",
    "locale": "locale",
    "size_band": "size",
    "union_affiliation": "affiliation",
    "topics": "topic",
}


def network_snapshot():
    return {
        "users": get_user_model().objects.count(),
        "organizations": Organization.objects.count(),
        "organization_topics": Organization.topics.through.objects.count(),
        "profiles": MemberProfile.objects.count(),
        "affiliations": Affiliation.objects.count(),
        "facilitators": Facilitator.objects.count(),
    }


def network_loader(refresh=False):
    loader = demo_loader.DemoLoader(refresh=refresh)
    loader.ensure_topics()
    loader.ensure_organizations()
    return loader


def demo_org_keys(kind=None):
    return [
        org["key"] for org in demo_data.demo_organizations() if kind is None or org["kind"] == kind
    ]


@pytest.mark.django_db
def test_loading_the_network_again_creates_nothing():
    before = network_snapshot()
    loader = network_loader()
    loader.ensure_network()
    assert not loader.report.changed, loader.report.lines()
    assert network_snapshot() == before


@pytest.mark.django_db
def test_refresh_reapplies_the_network_data_without_duplicates():
    before = network_snapshot()
    org = Organization.objects.get(slug="demo-quarry-hill-public-schools")
    org.stage = "not_yet_ready"
    org.save()
    org.topics.clear()
    user = get_user_model().objects.get(username="demo-linda-chen")
    user.profile.bio = "Changed by hand."
    user.profile.save()
    Affiliation.objects.filter(user=user).delete()
    Affiliation.objects.create(
        user=user, organization=org, position="Moved", status=AffiliationStatus.CONFIRMED
    )
    facilitator = Facilitator.objects.get(user__username="demo-lee")
    facilitator.services = []
    facilitator.save()

    loader = network_loader(refresh=True)
    loader.ensure_network()

    org.refresh_from_db()
    assert org.stage == "advanced"
    assert org.topics.filter(slug="peer-assistance-and-review").exists()
    profile = MemberProfile.objects.get(user=user)
    assert profile.bio.startswith(demo_loader.MEMBER_MARK)
    assert profile.organization.slug == "demo-quarry-hill-federation-of-teachers"
    assert list(Affiliation.objects.filter(user=user).values_list("position", flat=True)) == [
        "Union president"
    ]
    facilitator.refresh_from_db()
    assert facilitator.services == ["ibb_training", "facilitated_negotiations"]
    assert network_snapshot() == before


@pytest.mark.django_db
def test_every_case_study_district_and_union_exists():
    slugs = set(Organization.objects.values_list("slug", flat=True))
    for case in demo_data.all_case_studies():
        missing = set(case["organizations"]) - slugs
        assert not missing, (case["slug"], missing)
    assert not set(GUIDE_DISTRICTS) - slugs
    assert not set(NAMED_UNIONS) - slugs
    kinds = dict(Organization.objects.values_list("slug", "kind"))
    # Green Dot is a charter school network (issue 11's fact check), the rest districts.
    assert kinds.pop("green-dot-public-schools") == "charter_network"
    assert {kinds[key] for key in GUIDE_DISTRICTS if key in kinds} == {"district"}
    assert {kinds[key] for key in NAMED_UNIONS} == {"union"}


@pytest.mark.django_db
def test_case_study_organizations_carry_their_stage_and_topics():
    for data in demo_data.all_organizations():
        org = Organization.objects.get(slug=data["key"])
        assert org.stage == data.get("stage", ""), org.slug
        topics = set(org.topics.values_list("slug", flat=True))
        assert topics == set(data.get("topics", [])), org.slug
    districts = Organization.objects.filter(slug__in=GUIDE_DISTRICTS)
    assert districts.exclude(stage="").count() >= 18
    assert not districts.filter(topics=None).exists()
    toledo = Organization.objects.get(slug="toledo-public-schools")
    assert toledo.stage == "advanced"
    assert toledo.topics.filter(slug="peer-assistance-and-review").exists()


def test_every_case_study_facet_is_cited_or_admitted_unknown():
    """A facet filled on a real organization has a citation whose note names it; a
    district or union whose stage is not known says so in its description."""
    for data in demo_data.all_organizations():
        notes = " ".join(c.get("note", "") for c in data["citations"]).lower()
        for facet, word in FACET_WORDS.items():
            if data.get(facet):
                assert word in notes, (data["key"], facet)
        if data["kind"] in ("district", "union") and not data.get("stage"):
            assert "not stated in the source" in data["description"].lower(), data["key"]


@pytest.mark.skipif(bool(seeds_missing()), reason=seeds_missing() or "seeds present")
@pytest.mark.django_db
def test_organization_citations_point_at_real_lines_of_a_real_seed():
    lengths = {seed: seed_length(seed) for seed in SOURCES}
    checked = 0
    for data in demo_data.all_organizations():
        for citation in data["citations"]:
            for seed, start, end in citation_ranges(citation):
                assert seed in lengths, (data["key"], citation)
                assert 1 <= start <= end <= lengths[seed], (data["key"], citation)
                checked += 1
    texts = [
        (org.slug, org.source) for org in Organization.objects.exclude(slug__in=demo_org_keys())
    ]
    for key, text in texts:
        for seed, start, end in cited_ranges(text):
            assert seed in lengths, (key, text)
            assert 1 <= start <= end <= lengths[seed], (key, text)
            checked += 1
    assert checked > 200
    for data in demo_data.demo_organizations():
        assert data["citations"] == [], data["key"]
        assert "seed" not in data["source"], data["key"]


@pytest.mark.django_db
def test_demo_organizations_are_marked_and_have_every_facet():
    orgs = Organization.objects.filter(slug__in=demo_org_keys())
    assert orgs.count() == len(demo_data.demo_organizations()) >= 16
    for org in orgs:
        assert org.name.endswith(" (demo)"), org.slug
        assert org.description.startswith("Demo organization:"), org.slug
        assert (
            org.source == "Demo data: a fictional organization, not drawn from the source reports."
        )
        for field in ("state", "region", "locale", "size_band", "union_affiliation", "stage"):
            assert getattr(org, field), (org.slug, field)
        assert org.topics.exists(), org.slug
        assert org.partner is not None and org.partner.partner_id == org.pk, org.slug
        assert {org.kind, org.partner.kind} == {"district", "union"}, org.slug
    districts = orgs.filter(kind="district")
    massachusetts = districts.filter(state="MA", locale="suburban")
    assert massachusetts.count() >= 5
    assert len(set(massachusetts.values_list("size_band", flat=True))) >= 3
    assert len(set(districts.values_list("state", flat=True))) >= 5
    assert set(districts.values_list("stage", flat=True)) == {
        "not_yet_ready",
        "preliminary",
        "advanced",
    }
    assert massachusetts.filter(stage="advanced", topics__slug="peer-assistance-and-review")


@pytest.mark.django_db
def test_suburban_districts_in_and_near_massachusetts_have_peers():
    nearby = Organization.objects.filter(
        locale="suburban", state__in=NEW_ENGLAND_AND_NEW_YORK, kind__in=["district", "union"]
    )
    assert nearby.count() >= 10
    assert nearby.filter(kind="district").count() >= 5

    matching = pytest.importorskip("network.matching")
    like = getattr(matching, "like", None)
    if like is None:
        pytest.skip("network.matching has no like()")
    target = Organization.objects.get(slug="demo-maple-valley-public-schools")
    matches = like(target)
    assert len(matches) >= 8
    demo_peers = [m for m in matches if m.organization.slug.startswith("demo-")]
    assert len(demo_peers) >= 5
    assert any(m.organization.stage == "advanced" for m in demo_peers)


@pytest.mark.django_db
def test_every_demo_member_is_marked_demo():
    profiles = demo_data.member_profiles()
    assert len(demo_data.member_profiles(forum=False)) >= 25
    assert len(profiles) >= 30
    users = get_user_model().objects.filter(username__in=[p["username"] for p in profiles])
    assert users.count() == len(profiles)
    for user in users.select_related("profile"):
        assert user.username.startswith("demo-")
        assert user.email == f"{user.username}@example.org"
        assert not user.has_usable_password(), user.username
        assert user.profile.is_demo, user.username
        assert user.profile.bio.startswith(demo_loader.MEMBER_MARK), user.username
        assert user.profile.role in MemberRole.values, user.username
        assert user.profile.expertise.exists(), user.username
        assert user.profile.interests.exists(), user.username
    hidden = MemberProfile.objects.filter(user__in=users, visibility=Visibility.HIDDEN).count()
    assert 2 <= hidden <= 5
    forum_names = dict(users.filter(username="demo-rosa").values_list("first_name", "last_name"))
    assert forum_names == {"Rosa": "Demo"}  # the forum's members keep their names


@pytest.mark.django_db
def test_demo_members_have_confirmed_affiliations():
    for data in demo_data.member_profiles():
        profile = MemberProfile.objects.select_related("organization").get(
            user__username=data["username"]
        )
        if data["organization"] is None:
            assert profile.organization is None, data["username"]
            continue
        affiliation = Affiliation.objects.get(user=profile.user)
        assert affiliation.status == AffiliationStatus.CONFIRMED
        assert affiliation.position == data["position"] != ""
        assert profile.organization.slug == data["organization"]
        assert profile.locale == profile.organization.locale
        assert profile.stage == profile.organization.stage


@pytest.mark.django_db
def test_each_demo_district_has_a_union_leader_and_a_management_leader():
    for org in Organization.objects.filter(slug__in=demo_org_keys("district")):
        management = MemberProfile.objects.filter(organization=org, role__in=MANAGEMENT_LEADERS)
        union = MemberProfile.objects.filter(organization=org.partner, role__in=UNION_LEADERS)
        assert management.exists(), org.slug
        assert union.exists(), org.slug


@pytest.mark.django_db
def test_demo_facilitators():
    facilitators = Facilitator.objects.filter(
        user__username__in=[f["username"] for f in demo_data.facilitators()]
    ).select_related("user__profile")
    assert facilitators.count() == len(demo_data.facilitators()) >= 6
    ibb = 0
    for facilitator in facilitators:
        assert facilitator.is_demo
        assert facilitator.summary.startswith(demo_loader.FACILITATOR_MARK)
        assert facilitator.services and set(facilitator.services) <= set(Service.values)
        assert facilitator.regions and set(facilitator.regions) <= set(Region.values)
        assert facilitator.language_list
        profile = facilitator.user.profile
        assert profile.role == MemberRole.FACILITATOR and profile.is_demo
        ibb += profile.expertise.filter(slug="interest-based-bargaining").exists()
    assert ibb >= 2
    assert facilitators.filter(user__username__in=["demo-lee", "demo-jo"]).count() == 2


def test_validation_reports_bad_network_data(tmp_path, db):
    root = copy_content(tmp_path)
    person = root / "people" / "demo-linda-chen.toml"
    text = person.read_text(encoding="utf-8")
    broken = root / "people" / "broken-member.toml"
    broken.write_text(
        text.replace('username = "demo-linda-chen"', 'username = "broken-member"')
        .replace('role = "', 'role = "wizard" # ', 1)
        .replace('bio = """\\\n(Demo member.)', 'bio = """\\\nNo mark.')
        .replace("expertise = [", 'expertise = ["no-such-topic", ', 1)
        .replace(
            'organization = "demo-quarry-hill-federation-of-teachers"',
            'organization = "no-such-org"',
        ),
        encoding="utf-8",
    )
    org = root / "demo-organizations" / "demo-broken.toml"
    org.write_text(
        (root / "demo-organizations" / "demo-quarry-hill-public-schools.toml")
        .read_text(encoding="utf-8")
        .replace('key = "demo-quarry-hill-public-schools"', 'key = "demo-broken"')
        .replace('stage = "advanced"', 'stage = ""')
        .replace(" (demo)", ""),
        encoding="utf-8",
    )
    edit(root / "people" / "demo-lee.toml", "services = [", 'services = ["juggling", ')
    with pytest.raises(demo_loader.DemoDataError) as error:
        demo_loader.DemoLoader(root=root).load()
    message = str(error.value)
    where = "people/broken-member.toml"
    assert f"{where}: username: must be 'broken-member'" not in message
    assert f"{where}: username: demo usernames start with 'demo-'" in message
    assert f"{where}: profile.role: unknown role wizard" in message
    assert f"{where}: profile.bio: does not start with '(Demo member.)'" in message
    assert f"{where}: profile.expertise: unknown topic no-such-topic" in message
    assert f"{where}: profile.organization: unknown organization no-such-org" in message
    where = "demo-organizations/demo-broken.toml"
    assert f"{where}: name: does not end with ' (demo)'" in message
    assert f"{where}: stage: missing" in message
    assert f"{where}: partner: the partner must name it back" in message
    assert "people/demo-lee.toml: facilitator.services: unknown service juggling" in message


@pytest.mark.django_db
def test_full_load_reports_the_network(capsys):
    """The command's report names what the network part created, on a first load."""
    Facilitator.objects.filter(user__username="demo-jo").delete()
    loader = demo_loader.DemoLoader()
    loader.run()
    assert loader.report.created == {"facilitators": 1}
    assert HomePage.objects.exists()


def test_demo_organizations_are_flagged_and_real_ones_are_not(db):
    from network.models import Organization

    demo = Organization.objects.filter(name__endswith="(demo)")
    assert demo.exists() and not demo.filter(is_demo=False).exists()
    assert not Organization.objects.filter(is_demo=True).exclude(name__endswith="(demo)").exists()
