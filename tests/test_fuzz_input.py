"""Whatever a visitor or member types or forges, the site answers below 500.

Every GET parameter and form field of the public and member views is fed text from
Hypothesis: arbitrary unicode, NUL bytes and other control characters, quotes and the
search syntaxes of FTS5, tsquery and Elasticsearch, very long strings, huge and negative
numbers, and lists where one value is expected. Ids in addresses get the same. Each
target runs a bounded number of examples (the ``sameside`` Hypothesis profile in
``tests/conftest.py``; ``HYPOTHESIS_PROFILE=thorough`` runs more), on whichever database
the session uses. A failure prints the example and a ``@reproduce_failure`` blob.
"""

from dataclasses import dataclass
from types import SimpleNamespace
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from forums import factories as forum_factories
from forums import posting
from forums.factories import CommunityPageFactory
from forums.models import CommunityIndexPage
from network.core.factories import UserFactory
from network.directory import MemberDirectory, OrganizationDirectory
from network.factories import (
    AffiliationFactory,
    FacilitatorFactory,
    MemberProfileFactory,
    OrganizationFactory,
    UnionFactory,
)
from network.models import MemberProfile, Visibility
from resources.factories import ResourcePageFactory, TopicFactory
from resources.models import ResourceIndexPage, State
from search.facets import FACETS

pytestmark = pytest.mark.django_db

NASTY = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x00" * 20,
    "\x1b[31m\x07",
    '"',
    "'",
    'a"b',
    '"unclosed',
    "a' OR '1'='1",
    "%",
    "%00",
    "\\",
    "*",
    "peer*",
    "(",
    ")",
    "-x",
    "a:b",
    "title:x",
    "AND",
    "OR NOT",
    "NEAR(a b)",
    "^a",
    "!!",
    "&|",
    "a <-> b",
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "0",
    "-1",
    "1.5",
    "1e309",
    "9" * 19,
    str(2**63),
    str(2**64),
    "9" * 60,
    "x" * 5000,
    "word " * 400,
    "\u202e\u200b\ufeff",
    "💥🏫",
    "١٢٣",
    "²",
    "\r\n\t",
]
CHARACTERS = st.characters(codec="utf-8")  # no lone surrogates: a client cannot send them
VALUE = st.one_of(
    st.sampled_from(NASTY),
    st.text(CHARACTERS, max_size=60),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.lists(st.sampled_from(NASTY), min_size=1, max_size=3).map("".join),
)


def params_for(fields):
    """Some of ``fields`` (each with one value, or several as a repeated parameter)."""
    return st.fixed_dictionaries(
        {},
        optional={
            name: st.one_of(VALUE, st.lists(VALUE, min_size=2, max_size=3)) for name in fields
        },
    )


@dataclass
class Target:
    name: str
    path: object  # site -> path, or (site, fuzzed text) -> path when ``fuzz_path``
    fields: tuple = ()
    method: str = "get"
    fuzz_path: bool = False


SEARCH_FIELDS = ("q", *(facet.name for facet in FACETS), "year_from", "year_to", "sort")
SEARCH_FIELDS += ("page", "format")
MEMBER_FIELDS = ("q", "page", *(facet.name for facet in MemberDirectory.facets))
ORGANIZATION_FIELDS = ("q", "page", *(facet.name for facet in OrganizationDirectory.facets))
PROFILE_FIELDS = ("first_name", "last_name", "role", "state", "bio", "visibility")
PROFILE_FIELDS += ("expertise", "interests")
COMPARE_FIELDS = ("c", "provision", "topic", "q")


def community_path(site, suffix=""):
    return f"/communities/{site.community.slug}/{suffix}"


def thread_path(site, suffix=""):
    return community_path(site, f"threads/{site.thread.pk}/{suffix}")


def post_path(site, suffix):
    return community_path(site, f"posts/{site.own_post.pk}/{suffix}")


# Tried as an anonymous visitor and as a signed-in member.
PUBLIC = [
    Target("search", lambda s: "/search/", SEARCH_FIELDS),
    Target("suggest", lambda s: "/search/suggest/", ("q",)),
    Target("topics", lambda s: "/topics/", ("page",)),
    Target("topic", lambda s: f"/topics/{s.topic_slug}/", ("page",)),
    Target("topic by slug", lambda s, text: f"/topics/{quote(text, safe='')}/", fuzz_path=True),
    Target("communities", lambda s: "/communities/", ("page",)),
    Target("community", community_path, ("q", "show", "page")),
    Target("thread", thread_path, ("page",)),
    Target(
        "thread by id",
        lambda s, text: community_path(s, f"threads/{quote(text, safe='')}/"),
        fuzz_path=True,
    ),
    Target("members", lambda s: "/members/", MEMBER_FIELDS),
    Target("organizations", lambda s: "/organizations/", ORGANIZATION_FIELDS),
    Target("organization", lambda s: f"/organizations/{s.organization.slug}/", ("page",)),
    Target("facilitators", lambda s: "/facilitators/", ("topic", "service", "region")),
    Target("compare", lambda s: "/compare/", COMPARE_FIELDS),
    Target("compare csv", lambda s: "/compare/download.csv", COMPARE_FIELDS),
    Target("compare docx", lambda s: "/compare/download.docx", COMPARE_FIELDS),
    Target("compare add", lambda s: "/compare/add/", ("c", "next"), method="post"),
    Target(
        "shared comparison",
        lambda s, text: f"/compare/shared/{quote(text, safe='')}/",
        fuzz_path=True,
    ),
]
# Tried as a signed-in member (visitors are sent to log in).
MEMBER = [
    Target("member by id", lambda s, text: f"/members/{quote(text, safe='')}/", fuzz_path=True),
    Target(
        "contact by id",
        lambda s, text: f"/members/{quote(text, safe='')}/contact/",
        fuzz_path=True,
    ),
    Target("like mine", lambda s: "/organizations/like-mine/", ("q",)),
    Target("like", lambda s: f"/organizations/{s.organization.slug}/like/", ("page",)),
    Target("facilitator request", lambda s: "/facilitators/request/", ("facilitator",)),
    Target(
        "facilitator request form",
        lambda s: "/facilitators/request/",
        ("facilitator", "service", "topic", "region", "message"),
        method="post",
    ),
    Target("claim search", lambda s: "/members/profile/affiliation/", ("q",)),
    Target(
        "claim form",
        lambda s: "/members/profile/affiliation/",
        ("organization", "position"),
        method="post",
    ),
    Target(
        "contact form",
        lambda s: f"/members/{s.contact.pk}/contact/",
        ("subject", "body"),
        method="post",
    ),
    Target("profile form", lambda s: "/members/profile/", PROFILE_FIELDS, method="post"),
    Target(
        "ask form",
        lambda s: community_path(s, "ask/"),
        ("title", "body", "topics"),
        method="post",
    ),
    Target("reply page", lambda s: thread_path(s, "reply/"), ("quote", "reply_to")),
    Target("reply form", lambda s: thread_path(s, "reply/"), ("body", "reply_to"), method="post"),
    Target("edit form", lambda s: post_path(s, "edit/"), ("body",), method="post"),
    Target("flag form", lambda s: post_path(s, "flag/"), ("reason", "details"), method="post"),
    Target("accept", lambda s: thread_path(s, "accept/"), ("post",), method="post"),
    Target("watch thread", lambda s: thread_path(s, "watch/"), ("level",), method="post"),
    Target("watch community", lambda s: community_path(s, "watch/"), ("level",), method="post"),
    Target("notifications", lambda s: "/notifications/", ("show", "page")),
    Target("compare save", lambda s: "/compare/save/", ("c", "name"), method="post"),
    Target(
        "notification settings",
        lambda s: "/notifications/settings/",
        ("first_name", "last_name", "auto_watch", "email_mentions", "digest"),
        method="post",
    ),
]


@pytest.fixture
def site(db, django_capture_on_commit_callbacks):
    """Real pages to aim at, built for the test, and a member who owns a post. Built as
    a commit would leave them (search entries included), so searches have hits."""
    with django_capture_on_commit_callbacks(execute=True):
        return build_site_to_fuzz()


def build_site_to_fuzz():
    topic = TopicFactory(name="Peer assistance and review", slug="peer-assistance-and-review")
    facets = {"locale": "urban", "size_band": "large", "stage": "advanced"}
    district = OrganizationFactory(union_affiliation="aft", topics=[topic], **facets)
    district.partner = UnionFactory(partner=district, **facets)
    district.save()
    CaseStudyPageFactory(
        parent=CaseStudyIndexPage.objects.get(),
        topics=[topic],
        organizations=[district],
        states=State.objects.filter(code="MA"),
        start_year=2010,
        end_year=2014,
    )
    ResourcePageFactory(parent=ResourceIndexPage.objects.get(), topics=[topic])
    facilitator = FacilitatorFactory()
    MemberProfileFactory(user=facilitator.user, role="facilitator", state="MA")
    member = UserFactory(username="fuzzer", first_name="Fuzz", last_name="Tester")
    MemberProfile.objects.get_or_create(user=member)
    contact = UserFactory(first_name="Cora", last_name="Contact")
    MemberProfileFactory(user=contact, role="teacher", state="MA", visibility=Visibility.MEMBERS)
    AffiliationFactory(user=contact, organization=district)
    community = CommunityPageFactory(
        parent=CommunityIndexPage.objects.get(), facilitators=[facilitator.user], topics=[topic]
    )
    # Started by its facilitator, whose posts are never held: the thread is visible.
    thread = forum_factories.thread(
        community, facilitator.user, "How do panels vote?", topics=[topic]
    )
    forum_factories.reply(thread)
    return SimpleNamespace(
        community=community,
        thread=thread,
        own_post=posting.add_reply(thread, member, "A post of mine to edit and flag."),
        member=member,
        contact=contact,
        organization=district,
        facilitator=facilitator,
        topic_slug=topic.slug,
    )


def send(client, site, target, fuzzed, path_text=None):
    path = target.path(site, path_text) if target.fuzz_path else target.path(site)
    response = getattr(client, target.method)(path, fuzzed)
    assert response.status_code < 500, (target.name, path, fuzzed, response.status_code)


def cases():
    for target in PUBLIC:
        yield pytest.param(target, False, id=f"{target.name}, anonymous")
        yield pytest.param(target, True, id=f"{target.name}, member")
    for target in MEMBER:
        yield pytest.param(target, True, id=f"{target.name}, member")


@pytest.mark.parametrize(("target", "signed_in"), list(cases()))
def test_no_input_makes_a_server_error(client, site, target, signed_in):
    if signed_in:
        client.force_login(site.member)

    @given(fuzzed=params_for(target.fields), path_text=VALUE)
    def check(fuzzed, path_text):
        send(client, site, target, fuzzed, path_text)

    check()
