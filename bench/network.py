"""Benchmark: latency and SQL queries per request for the member network's pages.

Usage (from the repository root; a database with the demo content loaded, see
docs/performance.md or bench/network.sh):

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/sameside_bench_network
    DJANGO_SETTINGS_MODULE=network.settings.dev .venv/bin/python bench/network.py [--requests 50]

The first run generates the network (13,000 school districts, a local union partnered
with 4,000 of them, and 50,000 members) with bulk inserts, in one transaction; later runs
find it (organizations whose slug starts with ``bench-``, members named ``bench-net-*``)
and reuse it. ``--generate-only`` stops after generating. Requests go through Django's
test client in-process, as a logged-in member (every page measured is for members only);
"queries" is the number of SQL queries for one request, and should not grow with the
members or organizations listed. ``--explain`` prints each page's slowest query with its
plan (PostgreSQL).
"""

import argparse
import itertools
import os
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client, RequestFactory  # noqa: E402
from django.utils import timezone  # noqa: E402
from measuring import analyze, explain, measure, schema_out_of_date  # noqa: E402

from network import matching  # noqa: E402
from network.core.markdown import render_markdown  # noqa: E402
from network.directory import PAGE_SIZE, MemberDirectory, OrganizationDirectory  # noqa: E402
from network.models import (  # noqa: E402
    Affiliation,
    AffiliationStatus,
    MemberProfile,
    MemberRole,
    Organization,
    OrganizationKind,
    Visibility,
)
from network.regions import region_for  # noqa: E402
from resources.choices import Locale, SizeBand, Stage, UnionAffiliation  # noqa: E402
from resources.models import Topic  # noqa: E402

DISTRICT_PREFIX = "bench-district-"
UNION_PREFIX = "bench-union-"
MEMBER_PREFIX = "bench-net-"
SEARCH_NAME = "garcia"  # a common surname: about 1% of the members
NO_MATCH = "zzxqv"
BIG_STATE, SMALL_STATE = "MA", "DE"  # the members' facets: many members, and a few
ORG_STATE = "CA"  # the organizations' facets: the state with the most districts

# Regular school districts per state, roughly (NCES counts): not population. Texas,
# California and Illinois have hundreds; Florida, Maryland and Hawaii are a county or the
# state itself. Normalised to --districts.
DISTRICTS_PER_STATE = {
    "CA": 1030, "TX": 1020, "IL": 850, "NY": 690, "OH": 610, "NJ": 580, "MI": 540,
    "MO": 515, "OK": 510, "PA": 500, "WI": 420, "MT": 400, "MN": 330, "IA": 330,
    "MA": 320, "WA": 295, "KS": 290, "IN": 290, "VT": 280, "ME": 260, "NE": 245,
    "AR": 235, "AZ": 230, "OR": 197, "NH": 180, "CO": 180, "GA": 180, "ND": 175,
    "KY": 171, "CT": 170, "SD": 150, "TN": 142, "MS": 140, "AL": 138, "VA": 132,
    "ID": 115, "NC": 115, "NM": 89, "SC": 80, "LA": 70, "FL": 67, "WV": 55, "AK": 53,
    "WY": 48, "UT": 41, "RI": 36, "MD": 24, "DE": 19, "NV": 17, "HI": 1, "DC": 1, "PR": 1,
}  # fmt: skip
# Most districts are rural and small; a few are "unknown" (blank), as imported data is.
LOCALES = {Locale.RURAL: 53, Locale.SUBURBAN: 27, Locale.URBAN: 12, "": 8}
SIZES_BY_LOCALE = {
    Locale.RURAL: {SizeBand.SMALL: 85, SizeBand.MEDIUM: 13, SizeBand.LARGE: 2},
    Locale.SUBURBAN: {
        SizeBand.SMALL: 45, SizeBand.MEDIUM: 38, SizeBand.LARGE: 15, SizeBand.VERY_LARGE: 2
    },
    Locale.URBAN: {
        SizeBand.SMALL: 20, SizeBand.MEDIUM: 35, SizeBand.LARGE: 30, SizeBand.VERY_LARGE: 15
    },
    "": {SizeBand.SMALL: 70, SizeBand.MEDIUM: 20, SizeBand.LARGE: 8, SizeBand.VERY_LARGE: 2},
}  # fmt: skip
SIZE_BLANK = 0.10
STAGES = {"": 55, Stage.NOT_YET_READY: 12, Stage.PRELIMINARY: 22, Stage.ADVANCED: 11}
AFFILIATIONS = {
    UnionAffiliation.NEA: 55,
    UnionAffiliation.AFT: 15,
    UnionAffiliation.BOTH: 5,
    UnionAffiliation.INDEPENDENT: 7,
    "": 18,
}
# Bigger districts are likelier to have their union in the network, and more members.
PARTNER_WEIGHT = {SizeBand.VERY_LARGE: 9, SizeBand.LARGE: 7, SizeBand.MEDIUM: 4}
MEMBER_WEIGHT = {SizeBand.VERY_LARGE: 20, SizeBand.LARGE: 8, SizeBand.MEDIUM: 3}
ORG_TOPIC_COUNTS = {0: 30, 1: 20, 2: 20, 3: 15, 4: 10, 5: 5}
MEMBER_TOPIC_COUNTS = {0: 35, 1: 20, 2: 20, 3: 15, 4: 10}  # expertise, and interests
# Topics by popularity (Zipf-like weights in this order); the rest follow by slug.
POPULAR_TOPICS = [
    "interest-based-bargaining",
    "teacher-evaluation",
    "peer-assistance-and-review",
    "joint-committees",
    "trust-and-communication",
    "professional-development",
    "compensation",
]
ROLES = {
    MemberRole.TEACHER: 30,
    MemberRole.UNION_LEADER: 14,
    MemberRole.PRINCIPAL: 12,
    MemberRole.DISTRICT_ADMIN: 9,
    MemberRole.SUPERINTENDENT: 7,
    MemberRole.BOARD_MEMBER: 7,
    MemberRole.OTHER: 7,
    MemberRole.RESEARCHER: 4,
    MemberRole.STATE_AGENCY: 3,
    MemberRole.FACILITATOR: 2,
    "": 5,
}
# Share of each role at its district's union rather than the district (the rest).
AT_UNION = {MemberRole.UNION_LEADER: 0.85, MemberRole.TEACHER: 0.4}
WITH_ORGANIZATION = 0.8
HIDDEN = 0.1
WITH_BIO = 0.3

PLACES = """Springfield Riverside Franklin Greenville Fairview Madison Clinton Salem Georgetown
Arlington Ashland Burlington Manchester Milton Oxford Lowell Worcester Brockton Quincy Lynn
Fresno Sacramento Oakland Long-Beach Houston Dallas Austin El-Paso Orlando Tampa Duval
Buffalo Rochester Syracuse Yonkers Albany Pittsburgh Allentown Erie Rockford Peoria Toledo
Dayton Akron Savannah Macon Durham Raleigh Lansing Flint Newark Paterson Trenton Norfolk
Richmond Spokane Tacoma Tucson Mesa Memphis Knoxville Evansville Denver Columbia Birmingham
Jackson Lincoln Marion Washington Jefferson Monroe Hamilton Union Warren Wayne Grant Lake
Pleasant-Valley Cedar-Falls Maple-Grove Oak-Ridge Pine-Bluff Elm-Creek Willow-Springs
Spring-Hill Rock-Island Clear-Lake Green-River Red-Oak Silver-Creek Stone-Ridge Bear-Creek
Eagle-Mountain Fox-Valley Deer-Park Walnut-Grove Cherry-Hill Mount-Vernon North-Haven
South-Bend East-Lyme West-Point Bayside Hillcrest Lakeview Brookfield Westfield Northfield
Southport Easton Weston Norton Dover Bristol Camden Chester Dalton Exeter Fulton Gorham
Hanover Irvington Kingston Lebanon Medford Newport Orange Plymouth Quincy-Valley Rutland
Sheridan Troy Upton Vernon Waverly Yorktown Zanesville""".split()
DISTRICT_FORMS = [
    "{} Public Schools",
    "{} School District",
    "{} Unified School District",
    "{} Community Schools",
    "{} County Schools",
    "{} Independent School District",
    "{} Regional School District",
]
UNION_FORMS = {
    UnionAffiliation.NEA: "{} Education Association",
    UnionAffiliation.AFT: "{} Federation of Teachers",
    UnionAffiliation.BOTH: "{} United Teachers",
    UnionAffiliation.INDEPENDENT: "{} Teachers Association",
    "": "{} Teachers Union",
}
FIRST_NAMES = """James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William
Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy
Matthew Betty Anthony Sandra Mark Margaret Donald Ashley Steven Kimberly Andrew Emily Paul
Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah Timothy
Stephanie Ronald Rebecca Jason Sharon Edward Laura Jeffrey Cynthia Ryan Dorothy Jacob Amy
Maria Jose Ana Luis Carmen Wei Mei Hiroshi Yuki Aisha Omar Fatima Priya Raj Kwame Ngozi""".split()
# Common surnames, most common first (Zipf-like weights); about a third of the members.
COMMON_LAST_NAMES = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez
Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee
Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King
Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell
Mitchell Carter Roberts""".split()
COMMON_SHARE = 0.35
# The long tail: surnames made of syllables (3,200 of them, each rare).
SYLLABLES_A = "Al Bel Cal Dor Ed Fen Gar Hal Ing Jor Kel Lin Mor Nor Ost Pem Quin Ros Sut Tal"
SYLLABLES_B = "ber win ton ley ford man sen ham wick dale mont ridge field stead vil lock"
SYLLABLES_C = ["", "", "", "s", "er", "i", "o", "ez", "berg", "ski", "son", "ova"]
BIOS = [
    "Twenty years in the classroom, the last six as a **consulting teacher** in our PAR program.",
    "I chair our joint labor-management committee. Happy to share our charter and the "
    "[meeting norms](https://example.org/norms) we agreed on.",
    "Former union president, now working on *interest-based bargaining* training for new "
    "teams on both sides of the table.",
    "Superintendent of a small rural district; we rewrote our evaluation system together "
    "with the association in 2019.\n\nAsk me about release time and budgets.",
    "Researcher studying labor-management collaboration in public schools: surveys, case "
    "studies, and a lot of listening.",
]


def weighted(mapping):
    """(values, cumulative weights) for ``random.choices``."""
    values = list(mapping)
    return values, list(itertools.accumulate(mapping[v] for v in values))


def pick(rng, table):
    values, cumulative = table
    return rng.choices(values, cum_weights=cumulative)[0]


def surnames(rng):
    firsts, seconds = SYLLABLES_A.split(), SYLLABLES_B.split()
    tail = [a + b + c for a in firsts for b in seconds for c in SYLLABLES_C]
    common = weighted({name: 1 / (rank + 1) for rank, name in enumerate(COMMON_LAST_NAMES)})
    return lambda: pick(rng, common) if rng.random() < COMMON_SHARE else rng.choice(tail)


def topic_table(topics):
    """Topics by popularity: POPULAR_TOPICS first, then the rest, Zipf-like weights."""
    order = {slug: n for n, slug in enumerate(POPULAR_TOPICS)}
    ranked = sorted(topics, key=lambda t: (order.get(t.slug, len(order)), t.slug))
    return weighted({topic.pk: 1 / (rank + 1) ** 0.8 for rank, topic in enumerate(ranked)})


def sample_topics(rng, table, count):
    """``count`` distinct topics drawn by weight."""
    chosen = set()
    while len(chosen) < count:
        chosen.add(pick(rng, table))
    return sorted(chosen)


def bench_districts():
    return Organization.objects.filter(slug__startswith=DISTRICT_PREFIX)


def bench_members():
    return MemberProfile.objects.filter(user__username__startswith=MEMBER_PREFIX)


def elapsed(started):
    return f"{time.perf_counter() - started:.0f} s"


def generate_organizations(rng, args, topic_weights, started):
    states = weighted(DISTRICTS_PER_STATE)
    locales = weighted(LOCALES)
    sizes = {locale: weighted(table) for locale, table in SIZES_BY_LOCALE.items()}
    stages, affiliations = weighted(STAGES), weighted(AFFILIATIONS)
    topic_counts = weighted(ORG_TOPIC_COUNTS)
    districts, places = [], []
    for i in range(args.districts):
        state = pick(rng, states)
        locale = pick(rng, locales)
        place = rng.choice(PLACES).replace("-", " ")
        places.append(place)
        districts.append(
            Organization(
                name=rng.choice(DISTRICT_FORMS).format(place),
                slug=f"{DISTRICT_PREFIX}{i:05d}",
                kind=OrganizationKind.DISTRICT,
                state=state,
                region=region_for(state),  # Organization.save sets it; bulk_create does not
                locale=locale,
                size_band="" if rng.random() < SIZE_BLANK else pick(rng, sizes[locale]),
                stage=pick(rng, stages),
                union_affiliation=pick(rng, affiliations),
                website=f"https://{DISTRICT_PREFIX}{i:05d}.example.org/",
                source="bench/network.py",
            )
        )
    Organization.objects.bulk_create(districts, batch_size=2000)
    print(f"districts: {len(districts):,} ({elapsed(started)})", flush=True)

    # The unions: weighted sampling without replacement (Efraimidis-Spirakis keys).
    keyed = sorted(
        districts,
        key=lambda d: rng.random() ** (1 / PARTNER_WEIGHT.get(d.size_band, 2)),
        reverse=True,
    )
    partnered = sorted(keyed[: args.unions], key=lambda d: d.pk)
    place_of = {district.pk: place for district, place in zip(districts, places, strict=True)}
    unions = []
    for i, district in enumerate(partnered):
        unions.append(
            Organization(
                name=UNION_FORMS[district.union_affiliation].format(place_of[district.pk]),
                slug=f"{UNION_PREFIX}{i:05d}",
                kind=OrganizationKind.UNION,
                state=district.state,
                region=district.region,
                locale=district.locale,
                size_band=district.size_band,
                stage=district.stage,
                union_affiliation=district.union_affiliation,
                partner_id=district.pk,
                source="bench/network.py",
            )
        )
    Organization.objects.bulk_create(unions, batch_size=2000)
    for district, union in zip(partnered, unions, strict=True):
        district.partner_id = union.pk
    Organization.objects.bulk_update(partnered, ["partner"], batch_size=2000)
    print(f"unions: {len(unions):,}, partnered both ways ({elapsed(started)})", flush=True)

    through = Organization.topics.through
    rows, of_district = [], {}
    for district in districts:
        chosen = sample_topics(rng, topic_weights, pick(rng, topic_counts))
        of_district[district.pk] = chosen
        rows += [through(organization_id=district.pk, topic_id=t) for t in chosen]
    for union in unions:
        # A union works on much of what its district does, sometimes a little more.
        mine = of_district[union.partner_id]
        chosen = set(rng.sample(mine, rng.randint(0, len(mine)))) if mine else set()
        if rng.random() < 0.3:
            chosen.add(pick(rng, topic_weights))
        rows += [through(organization_id=union.pk, topic_id=t) for t in sorted(chosen)]
    through.objects.bulk_create(rows, batch_size=5000)
    print(f"organization topics: {len(rows):,} ({elapsed(started)})", flush=True)
    return districts, unions


def generate_members(rng, args, districts, unions, topic_weights, started):
    union_of = {u.partner_id: u for u in unions}
    sized = weighted({d: MEMBER_WEIGHT.get(d.size_band, 1) for d in districts})
    states = weighted(DISTRICTS_PER_STATE)
    roles, topic_counts = weighted(ROLES), weighted(MEMBER_TOPIC_COUNTS)
    last_name = surnames(rng)
    bios = {bio: render_markdown(bio) for bio in BIOS}
    now = timezone.now()
    User = get_user_model()
    unusable = make_password(None)  # the benchmark logs in with force_login
    done = 0
    for first in range(0, args.members, args.chunk):
        count = min(args.chunk, args.members - first)
        users = User.objects.bulk_create(
            [
                User(
                    username=f"{MEMBER_PREFIX}{i:05d}",
                    first_name=rng.choice(FIRST_NAMES),
                    last_name=last_name(),
                    email=f"{MEMBER_PREFIX}{i:05d}@example.org",
                    password=unusable,
                    date_joined=now - timedelta(days=rng.uniform(0, 3 * 365)),
                )
                for i in range(first, first + count)
            ]
        )
        profiles, claims, m2m = [], [], {"expertise": [], "interests": [], "topics": []}
        for n, user in enumerate(users):
            role = pick(rng, roles)
            org = None
            # The first member, who makes the requests, is listed and has an organization.
            if first + n == 0 or rng.random() < WITH_ORGANIZATION:
                district = pick(rng, sized)
                union = union_of.get(district.pk)
                org = union if union and rng.random() < AT_UNION.get(role, 0.0) else district
            if rng.random() < WITH_BIO:
                bio = rng.choice(BIOS)
            else:
                bio = ""
            profile = MemberProfile(
                user=user,
                role=role,
                state=org.state if org else ("" if rng.random() < 0.1 else pick(rng, states)),
                bio=bio,
                bio_html=bios.get(bio, ""),  # MemberProfile.save renders it; not bulk_create
                visibility=(
                    Visibility.HIDDEN if first + n and rng.random() < HIDDEN else Visibility.MEMBERS
                ),
                organization=org,
                updated_at=user.date_joined + (now - user.date_joined) * rng.random(),
            )
            # As MemberProfile.save does: listed, the organization's facets, the search text.
            profile.listed = profile.visibility == Visibility.MEMBERS
            profile.copy_organization_facets()
            profile.refresh_search_text()
            profiles.append(profile)
            expertise = sample_topics(rng, topic_weights, pick(rng, topic_counts))
            interests = sample_topics(rng, topic_weights, pick(rng, topic_counts))
            for field, ids in (
                ("expertise", expertise),
                ("interests", interests),
                ("topics", sorted({*expertise, *interests})),  # as sync_topics keeps it
            ):
                through = getattr(MemberProfile, field).through
                m2m[field] += [through(memberprofile_id=user.pk, topic_id=t) for t in ids]
            if org:
                joined = user.date_joined + timedelta(days=rng.uniform(0, 30))
                claims.append(
                    Affiliation(
                        user=user,
                        organization=org,
                        position=profile.get_role_display() if role else "",
                        status=AffiliationStatus.CONFIRMED,
                        created_at=joined,
                        reviewed_at=joined + timedelta(days=rng.uniform(0, 7)),
                    )
                )
        MemberProfile.objects.bulk_create(profiles, batch_size=2000)
        for field, rows in m2m.items():
            getattr(MemberProfile, field).through.objects.bulk_create(rows, batch_size=5000)
        Affiliation.objects.bulk_create(claims, batch_size=2000)
        done += count
        print(f"members: {done:,} / {args.members:,} ({elapsed(started)})", flush=True)


@transaction.atomic
def generate(args):
    rng = random.Random(args.seed)
    topics = list(Topic.objects.all())
    if not topics:
        sys.exit("No topics: run `manage.py load_demo_content` first.")
    topic_weights = topic_table(topics)
    started = time.perf_counter()
    districts, unions = generate_organizations(rng, args, topic_weights, started)
    generate_members(rng, args, districts, unions, topic_weights, started)


def common_topic():
    """The topic most listed members have (the generator favours one)."""
    return (
        Topic.objects.annotate(n=Count("member_profiles"))
        .order_by("-n", "slug")
        .values_list("slug", flat=True)
        .first()
    )


def full_target():
    """A suburban district with every facet, four or more topics, and a union partner."""
    return (
        bench_districts()
        .filter(locale=Locale.SUBURBAN, size_band=SizeBand.MEDIUM, stage=Stage.PRELIMINARY)
        .exclude(union_affiliation="")
        .filter(partner__isnull=False)
        .annotate(n=Count("topics"))
        .filter(n__gte=4)
        .order_by("pk")
        .first()
    )


def sparse_target():
    """A district with its state and nothing else: no locale, size, stage or topics (nor
    union affiliation, which matching does not use, when there is such a district)."""
    sparse = (
        bench_districts()
        .filter(locale="", size_band="", stage="")
        .annotate(n=Count("topics"))
        .filter(n=0)
        .order_by("-union_affiliation", "pk")
    )
    return sparse.filter(union_affiliation="").first() or sparse.first()


def plural(n, word):
    return f"{n} {word}{'' if n == 1 else 's'}"


def facets_of(org):
    known = [org.state, org.locale, org.size_band, org.stage, org.union_affiliation]
    return sum(1 for value in known if value)


def listing_count(directory, path):
    return directory.run(RequestFactory().get(path)).page_obj.paginator.count


def pages_to_measure():
    topic = common_topic()
    members, orgs = MemberDirectory(), OrganizationDirectory()
    listed = listing_count(members, "/members/")
    deep = max(1, -(-listed // PAGE_SIZE) * 4 // 5)
    three = f"/members/?role={MemberRole.UNION_LEADER}&topic={topic}&state="
    org_three = f"/organizations/?kind={OrganizationKind.DISTRICT}&locale={Locale.SUBURBAN}&state="
    pages = [
        ("members, no filter", "/members/", members),
        (f"members, q={SEARCH_NAME}", f"/members/?q={SEARCH_NAME}", members),
        (f"members, q={NO_MATCH}", f"/members/?q={NO_MATCH}", members),
        (f"members, role + {BIG_STATE} + topic", f"{three}{BIG_STATE}", members),
        (f"members, role + {SMALL_STATE} + topic", f"{three}{SMALL_STATE}", members),
        (f"members, page {deep:,}", f"/members/?page={deep}", members),
        ("organizations, no filter", "/organizations/", orgs),
        (f"organizations, district + {ORG_STATE} + suburban", f"{org_three}{ORG_STATE}", orgs),
        (f"organizations, district + {SMALL_STATE} + suburban", f"{org_three}{SMALL_STATE}", orgs),
    ]
    rows = [(name, path, listing_count(directory, path)) for name, path, directory in pages]
    for label, target in (("full facets", full_target()), ("few facets", sparse_target())):
        if target is None:
            print(f"like mine, {label}: no such district in the data; skipped")
            continue
        facets, topics = facets_of(target), target.topics.count()
        name = f"like mine, {label} ({plural(facets, 'facet')}, {plural(topics, 'topic')})"
        rows.append((name, f"/organizations/{target.slug}/like/", len(matching.like(target))))
    return topic, rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50, help="timed requests per row")
    parser.add_argument("--warmup", type=int, default=5, help="untimed requests first")
    parser.add_argument("--districts", type=int, default=13_000, help="districts to generate")
    parser.add_argument("--unions", type=int, default=4_000, help="districts with a union")
    parser.add_argument("--members", type=int, default=50_000, help="members to generate")
    parser.add_argument("--chunk", type=int, default=5_000, help="members per insert round")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--generate-only", action="store_true", help="stop after generating")
    parser.add_argument("--explain", action="store_true", help="plan of each slowest query")
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["*"]

    schema_problem = schema_out_of_date()
    if schema_problem:
        sys.exit(schema_problem)

    existing, members = bench_districts().count(), bench_members().count()
    if existing == 0:
        print(
            f"generating {args.districts:,} districts, {args.unions:,} unions and "
            f"{args.members:,} members (seed {args.seed})"
        )
        started = time.perf_counter()
        generate(args)
        analyze()
        print(f"generated in {elapsed(started)}")
    elif (existing, members) != (args.districts, args.members):
        sys.exit(
            f"The database has {existing:,} bench districts and {members:,} bench members, "
            f"not {args.districts:,} and {args.members:,}: use a fresh database "
            "(bench/network.sh --fresh)."
        )
    else:
        print(f"reusing the {existing:,} bench districts and {members:,} members generated")
    if args.generate_only:
        return

    topic, rows = pages_to_measure()
    member = get_user_model().objects.get(username=f"{MEMBER_PREFIX}00000")
    client = Client()
    client.force_login(member)
    kinds = dict(Organization.objects.values_list("kind").annotate(n=Count("pk")).order_by("kind"))
    listed = MemberProfile.objects.filter(listed=True).count()
    print(
        f"database: {connection.vendor}; {kinds.get('district', 0):,} districts, "
        f"{kinds.get('union', 0):,} unions, {sum(kinds.values()):,} organizations; "
        f"{MemberProfile.objects.count():,} members ({listed:,} listed); topic {topic}; "
        f"{args.requests} requests per row after {args.warmup} warm-up, as a member"
    )
    print()
    print("| page | p50 ms | p95 ms | queries | items |")
    print("|---|---:|---:|---:|---:|")
    for name, path, count in rows:
        p50, p95, queries = measure(client, path, args)
        print(f"| {name} | {p50:.1f} | {p95:.1f} | {len(queries)} | {count:,} |", flush=True)
        if args.explain:
            print(f"  {path}")
            explain(queries)


if __name__ == "__main__":
    main()
