"""SQL queries per page kind (issue 16): each kind stays within its count, anonymous and
signed in, and listings, threads and the members' directory make the same number of
queries however many items they show. The counts are those of ``bench/pages.py`` on the
demo content (docs/performance.md); a change that adds a query to a page kind must
raise its count here on purpose."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from events.models import EventPage
from forums.factories import reply, thread
from forums.models import CommunityPage, Thread
from network.core.factories import UserFactory
from network.factories import MemberProfileFactory, OrganizationFactory
from network.models import MemberProfile
from network.models.members import Visibility
from resources.factories import ResourcePageFactory
from resources.models import ResourceIndexPage, State, Topic
from teams.models import Membership

pytestmark = pytest.mark.demo

TOPIC = "peer-assistance-and-review"

# (anonymous, signed in) at most, as measured on the demo content.
MAX_QUERIES = {
    "home": (10, 14),
    "case-study index": (13, 17),
    "case study": (15, 19),
    "resource index": (13, 17),
    "resource": (16, 20),
    "topic": (8, 12),
    "search (text)": (14, 18),
    "search (text + facets)": (13, 17),
    "community index": (11, 15),
    "community": (16, 24),
    "thread": (12, 22),
    "member directory": (2, 17),
    "member profile": (2, 11),
    "team": (0, 11),
    "event index": (17, 22),
    "event": (17, 27),
}


def public_communities():
    return CommunityPage.objects.live().public().filter(private_group__isnull=True)


def busiest_thread():
    threads = Thread.objects.filter(community__in=public_communities())
    return max(threads.order_by("pk"), key=lambda t: t.posts.count())


def member():
    """A demo member who belongs to a team, as in ``bench/pages.py``."""
    return Membership.objects.select_related("user").order_by("team_id", "pk").first().user


def page_urls():
    viewer = member()
    community = public_communities().order_by("path").first()
    busiest = busiest_thread()
    profile = (
        MemberProfile.objects.filter(visibility=Visibility.MEMBERS, user__is_active=True)
        .exclude(user=viewer)
        .order_by("user_id")
        .first()
    )
    team = Membership.objects.filter(user=viewer).select_related("team").first().team
    return {
        "home": "/",
        "case-study index": "/case-studies/",
        "case study": "/case-studies/toledo-peer-assistance-and-review/",
        "resource index": "/resources/",
        "resource": "/resources/baltimore-2010-2013-agreement/",
        "topic": f"/topics/{TOPIC}/",
        "search (text)": "/search/?q=peer+review",
        "search (text + facets)": (f"/search/?q=teacher+evaluation&topic={TOPIC}&type=case_study"),
        "community index": "/communities/",
        "community": community.url,
        "thread": reverse("forums:thread", args=[busiest.community.slug, busiest.pk]),
        "member directory": reverse("network:members"),
        "member profile": reverse("network:member", args=[profile.user_id]),
        "team": reverse("teams:detail", args=[team.slug]),
        "event index": "/events/",
        "event": EventPage.objects.live().public().order_by("path").first().url,
    }


def count_queries(client, url):
    """Queries of one request, after a first one has warmed the per-process caches."""
    assert client.get(url).status_code in (200, 302)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code in (200, 302), url
    return len(queries)


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "signed-in"])
@pytest.mark.parametrize("kind", list(MAX_QUERIES))
def test_page_kind_stays_within_its_queries(client, demo, kind, signed_in):
    if signed_in:
        client.force_login(member())
    url = page_urls()[kind]
    assert count_queries(client, url) <= MAX_QUERIES[kind][signed_in]


# Listings: adding items leaves the count as it was -------------------------------------


def library_page_kwargs(n):
    return {
        "topics": list(Topic.objects.filter(slug=TOPIC)) + [Topic.objects.order_by("pk")[n]],
        "states": [State.objects.order_by("code")[n]],
        "organizations": [OrganizationFactory()],
    }


def add_case_studies(number):
    index = CaseStudyIndexPage.objects.get()
    for n in range(number):
        CaseStudyPageFactory(
            parent=index, title=f"Extra teacher evaluation case study {n}", **library_page_kwargs(n)
        )


def add_resources(number):
    index = ResourceIndexPage.objects.get()
    for n in range(number):
        ResourcePageFactory(parent=index, title=f"Extra resource {n}", **library_page_kwargs(n))


def add_threads(number):
    community = public_communities().order_by("path").first()
    for n in range(number):
        started = thread(community, title=f"Extra question {n}")
        reply(started)


def add_replies(number):
    busiest = busiest_thread()
    for n in range(number):
        reply(busiest, body=f"Extra answer {n}.")


def add_members(number):
    for n in range(number):
        MemberProfileFactory(
            user=UserFactory(first_name=f"Extra{n}", last_name="Member"),
            organization=OrganizationFactory(),
            state="OH",
            role="union_leader",
        )


LISTINGS = [
    ("case-study index", add_case_studies),
    ("resource index", add_resources),
    ("topic", add_case_studies),
    ("search (text + facets)", add_case_studies),
    ("community", add_threads),
    ("thread", add_replies),
    ("member directory", add_members),
]


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "signed-in"])
@pytest.mark.parametrize(("kind", "add"), LISTINGS, ids=[kind for kind, _ in LISTINGS])
def test_queries_do_not_grow_with_the_items_shown(
    client, demo, kind, add, signed_in, django_capture_on_commit_callbacks
):
    if signed_in:
        client.force_login(member())
    url = page_urls()[kind]
    before = count_queries(client, url)
    with django_capture_on_commit_callbacks(execute=True):  # the search index's updates
        add(4)
    response = client.get(url)
    assert b"Extra" in response.content or not signed_in and kind == "member directory"
    assert count_queries(client, url) == before
