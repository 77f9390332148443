"""Editors' picks (Wagtail's promoted search results) and the query statistics: what the
search page and its JSON form show, what is counted, and who sees the reports."""

import datetime
import io
import logging

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import PageViewRestriction

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from home.demo import promotions as demo_promotions
from search.models import SearchEntry, SearchMiss
from tests.forums.conftest import forum  # noqa: F401 - two communities and their threads

pytestmark = pytest.mark.django_db


def get(client, **params):
    return client.get(reverse("search"), params)


def pin(text, *pages, **link):
    query = Query.get(text)
    for order, page in enumerate(pages):
        SearchPromotion.objects.create(query=query, page=page, sort_order=order)
    if link:
        SearchPromotion.objects.create(query=query, sort_order=len(pages), **link)
    return query


def promoted_urls(client, text, **params):
    return [pick["url"] for pick in get(client, q=text, format="json", **params).json()["promoted"]]


def hits(text):
    query = Query.objects.filter(query_string=text).first()
    return query.hits if query else 0


# Picks first, marked -------------------------------------------------------------------
def test_picks_come_first_marked_recommended(client, library):
    pin("teachers", library.par_guide, library.toledo)
    html = get(client, q="Teachers").content.decode()
    picks = html.index('class="hits promoted" aria-label="Recommended by the editors"')
    assert picks < html.index('<ol class="hits">')
    first, second = html.index(library.par_guide.url), html.index(library.toledo.url)
    assert picks < first < second  # in the editors' order, before any hit
    assert html.count('<span class="visually-hidden">Recommended: </span>') == 2
    assert html.count(">Recommended</span>") == 2  # visible, hidden from screen readers
    # A pinned page is not repeated among the hits below it.
    assert html.count(f'href="{library.toledo.url}"') == 1
    assert html.count(f'href="{library.par_guide.url}"') == 1


def test_when_every_hit_is_a_pick_nothing_says_no_results(client, library):
    pin("toledo", library.toledo, library.par_guide)
    assert get(client, q="toledo", format="json").json()["total"] == 2
    html = get(client, q="toledo").content.decode()
    assert "2 results" in html and "Some ways to find more" not in html
    assert html.count(f'href="{library.toledo.url}"') == 1


def test_the_json_form_lists_picks_and_keeps_the_engines_hits(client, library):
    pin("toledo", library.toledo)
    data = get(client, q="Toledo", format="json").json()
    assert data["promoted"] == [
        {
            "title": library.toledo.title,
            "url": library.toledo.url,
            "description": library.toledo.summary,  # the entry's summary, as no text was set
            "type_label": "Case study",
            "external": False,
        }
    ]
    assert library.toledo.url in [hit["url"] for hit in data["hits"]]
    assert get(client, q="Baltimore", format="json").json()["promoted"] == []


def test_the_query_matches_as_wagtail_normalises_it(client, library):
    pin("Peer Review", library.toledo)
    assert promoted_urls(client, "  peer   REVIEW ") == [library.toledo.url]
    assert promoted_urls(client, "peer review panel") == []
    assert promoted_urls(client, "peer") == []


def test_picks_are_on_page_one_of_an_unfiltered_search_only(client, library):
    pin("toledo", library.toledo)
    assert promoted_urls(client, "toledo", page="2") == []
    assert promoted_urls(client, "", type="case_study") == []
    # A pick is for the words: a search narrowed by filters may exclude it.
    assert promoted_urls(client, "toledo", type="resource") == []
    assert promoted_urls(client, "toledo", year_from="2020") == []


def test_an_external_link_and_a_description(client, library):
    query = pin(
        "ibb",
        external_link_url="https://example.org/ibb",
        external_link_text="IBB <handbook>",
        description="Outside the <clearinghouse>.",
    )
    SearchPromotion.objects.create(query=query, page=library.guide, description="Start here.")
    data = get(client, q="IBB", format="json").json()["promoted"]
    assert [(p["url"], p["external"]) for p in data] == [
        ("https://example.org/ibb", True),
        (library.guide.url, False),
    ]
    assert data[1]["description"] == "Start here."
    html = get(client, q="IBB").content.decode()
    assert "IBB &lt;handbook&gt;" in html and "Outside the &lt;clearinghouse&gt;." in html
    assert "<handbook>" not in html


# Privacy: only what a visitor may see --------------------------------------------------
def unpublish(page):
    page.unpublish()


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type="login")


def restrict_section(page):
    PageViewRestriction.objects.create(
        page=page.get_parent(), restriction_type="password", password="x"
    )


@pytest.mark.parametrize("withdraw", [unpublish, restrict, restrict_section])
def test_a_withdrawn_page_is_never_shown(
    client, library, withdraw, django_capture_on_commit_callbacks
):
    pin("toledo", library.toledo, library.par_guide)
    assert promoted_urls(client, "toledo") == [library.toledo.url, library.par_guide.url]
    with django_capture_on_commit_callbacks(execute=True):
        withdraw(library.toledo)
    assert promoted_urls(client, "toledo") == [library.par_guide.url]
    html = get(client, q="toledo").content.decode()
    assert library.toledo.url not in html and library.toledo.title not in html
    # Editors still see it in the admin's list of picks.
    assert SearchPromotion.objects.filter(page=library.toledo).exists()


def test_a_draft_is_never_shown(client, library):
    draft = CaseStudyPageFactory(
        parent=CaseStudyIndexPage.objects.get(), title="Unpublished plan", publish=False
    )
    pin("plan", draft, library.toledo)
    assert promoted_urls(client, "plan") == [library.toledo.url]
    assert "Unpublished plan" not in get(client, q="plan").content.decode()


def test_a_private_community_is_never_shown(client, forum):  # noqa: F811
    pin("circle", forum.private, forum.public)
    assert promoted_urls(client, "circle") == [forum.public.url]
    assert forum.private.title not in get(client, q="circle").content.decode()


# Statistics ----------------------------------------------------------------------------
def test_searches_are_counted_by_normalised_text(client, library):
    get(client, q="Toledo")
    get(client, q="  TOLEDO ")
    get(client, q="Toledo", state="OH")
    assert hits("toledo") == 3
    assert not SearchMiss.objects.exists()


@pytest.mark.parametrize(
    "params",
    [
        {"q": "toledo", "page": "2"},  # only page 1 is a search; later pages are reading
        {"q": "toledo", "format": "json"},  # scripts, not people
        {"type": "case_study"},  # browsing, no text
        {"q": "!! ?"},  # no word
        {"q": "x"},
    ],
)
def test_what_is_not_a_search_is_not_counted(client, library, params):
    get(client, **params)
    assert not QueryDailyHits.objects.exists()
    assert not SearchMiss.objects.exists()


def test_searches_that_found_nothing_are_counted_per_day(client, library):
    for _ in range(3):
        get(client, q="Zzxqv")
    assert hits("zzxqv") == 3
    miss = SearchMiss.objects.get()
    assert (miss.query_string, miss.count) == ("zzxqv", 3)
    # Filters that exclude everything, and a pick for the words, are not misses.
    get(client, q="Toledo", state="CA")
    pin("qqzzv", library.toledo)
    get(client, q="qqzzv")
    assert list(SearchMiss.objects.values_list("query_string", flat=True)) == ["zzxqv"]


def test_who_searched_is_not_kept(client, library, make_user):
    client.force_login(make_user())
    get(client, q="zzxqv")
    for model in (Query, QueryDailyHits, SearchMiss):
        names = {f.name for f in model._meta.get_fields()}
        assert not names & {"user", "session", "ip", "member"}
    assert set(SearchMiss._meta.get_fields()) == set(SearchMiss._meta.concrete_fields)


def test_long_text_is_recorded_as_the_search_cut_it(client, library):
    get(client, q="zzxqv " * 60)
    (miss,) = SearchMiss.objects.all()
    assert len(miss.query_string) <= 200 and miss.query_string.startswith("zzxqv zzxqv")


def test_a_failure_to_record_never_fails_the_search(client, library, caplog):
    with connection.cursor() as cursor:  # undone with the test's transaction
        cursor.execute("DROP TABLE search_searchmiss")
    with caplog.at_level(logging.WARNING, logger="search.statistics"):
        response = get(client, q="zzxqv")
    assert response.status_code == 200
    assert "No results" in response.content.decode()
    assert "Could not record the search statistics" in caplog.text
    assert hits("zzxqv") == 0  # the savepoint took the whole record back
    assert get(client, q="toledo").status_code == 200


def test_statements_per_search_stay_constant(client, library):
    """The picks add one statement (and the site lookup for their URLs); recording adds
    a few single-row ones. Neither grows with the number of picks or of entries."""
    get(client, q="toledo")  # the first search of a text creates its statistics rows
    with CaptureQueriesContext(connection) as none:
        get(client, q="toledo")
    pin("toledo", library.toledo)
    with CaptureQueriesContext(connection) as one:
        get(client, q="toledo")
    pin("toledo", library.handbook, library.baltimore)
    for number in range(20):
        SearchEntry.objects.create(
            content_type_id=SearchEntry.objects.first().content_type_id,
            object_id=10_000 + number,
            kind="resource",
            url=f"/x/{number}/",
            title=f"Unrelated note {number}",
        )
    with CaptureQueriesContext(connection) as three:
        get(client, q="toledo")
    assert len(three) == len(one) <= len(none) + 2


# The reports and the admin -------------------------------------------------------------
@pytest.fixture
def staff(make_user):
    def make(group=None, **extra):
        user = make_user(email=f"{group or 'staff'}@partnership.example", is_staff=True, **extra)
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user

    return make


REPORTS = ["search_statistics:misses", "search_statistics:popular"]


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_see_the_reports(client, library, staff, group):
    get(client, q="zzxqv")
    get(client, q="toledo")
    client.force_login(staff(group))
    misses = client.get(reverse("search_statistics:misses"))
    assert misses.status_code == 200
    assert "zzxqv" in misses.content.decode() and "toledo" not in misses.content.decode()
    popular = client.get(reverse("search_statistics:popular"))
    assert popular.status_code == 200
    assert "zzxqv" in popular.content.decode() and "toledo" in popular.content.decode()
    admin = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Searches that found nothing" in admin and "Popular searches" in admin
    assert "Promoted search results" in admin
    assert client.get(reverse("wagtailsearchpromotions:add")).status_code == 200


def test_the_reports_export_and_filter_by_date(client, library, staff):
    get(client, q="zzxqv")
    client.force_login(staff("Editors"))
    csv = client.get(reverse("search_statistics:misses"), {"export": "csv"})
    assert csv.status_code == 200 and b"zzxqv" in b"".join(csv.streaming_content)
    old = client.get(
        reverse("search_statistics:misses"),
        {"date_from": "2001-01-01", "date_to": "2001-12-31"},
    )
    assert old.status_code == 200 and "zzxqv" not in old.content.decode()


@pytest.mark.parametrize("url_name", [*REPORTS, "wagtailsearchpromotions:add"])
def test_members_and_other_staff_are_refused(client, library, make_user, staff, url_name):
    get(client, q="zzxqv")
    url = reverse(url_name)
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(make_user())
    response = client.get(url)
    assert response.status_code == 302 and "zzxqv" not in response.content.decode()
    client.force_login(staff())  # admin access, no permission
    response = client.get(url, follow=True)
    assert "zzxqv" not in response.content.decode()
    assert response.redirect_chain and response.redirect_chain[-1][0] != url


def test_superusers_see_one_search_terms_report(client, library, staff):
    client.force_login(staff(is_superuser=True))
    admin = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Popular searches" in admin and '"search-terms"' not in admin
    assert client.get(reverse("search_statistics:misses")).status_code == 200


# Demo picks ----------------------------------------------------------------------------
@pytest.mark.demo
def test_the_demo_pins_pages_for_acronyms(client, demo):
    assert promoted_urls(client, "PAR")[:1] == [demo["toledo"].url]
    ibb = promoted_urls(client, "IBB")
    assert ibb and ibb[0].endswith("/ibb-five-phases/")
    before = SearchPromotion.objects.count()
    pages = {page.slug: page for page in (demo["toledo"], demo["par_guide"])}
    picks = [{"query": "par", "pages": ["toledo-peer-assistance-and-review"]}]
    demo_promotions.ensure_search_promotions_from(picks, pages, report=None)
    assert SearchPromotion.objects.count() == before  # loading again adds nothing


def test_old_statistics_are_pruned(client, library, settings):
    settings.WAGTAILSEARCH_HITS_MAX_AGE = 30
    get(client, q="zzxqv")
    get(client, q="qqzzv")
    long_ago = timezone.now().date() - datetime.timedelta(days=31)
    SearchMiss.objects.filter(query_string="qqzzv").update(date=long_ago)
    QueryDailyHits.objects.filter(query__query_string="qqzzv").update(date=long_ago)
    pin("kept", library.toledo)  # a query with picks stays, hits or not
    call_command("prune_search_statistics", stdout=io.StringIO())
    assert list(SearchMiss.objects.values_list("query_string", flat=True)) == ["zzxqv"]
    assert set(Query.objects.values_list("query_string", flat=True)) == {"zzxqv", "kept"}
