"""The "Cite this" downloads (``/cite/<id>.<format>``) and the search export
(``/search/export/<format>/``), each file read back by its own parser, and who gets what:
anonymous, a member of a private community, an outsider to it, an editor; a page under a
view restriction, a page for signed-in visitors only, a draft, a private thread."""

import csv
import io
import json
from types import SimpleNamespace

import bibtexparser
import pytest
import rispy
from django.contrib.auth.models import Group
from django.template.loader import get_template
from django.urls import reverse
from wagtail.models import PageViewRestriction

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from forums.factories import CommunityPageFactory, thread
from forums.models import CommunityIndexPage
from network.factories import OrganizationFactory
from resources import exports
from resources.citations import FORMATS
from resources.factories import ResourcePageFactory
from resources.models import ResourceIndexPage

WORD = "quillwort"  # in every title below, and nowhere else
ROLES = ("anonymous", "member", "outsider", "editor")


def parse(format_name, response):
    """The titles of the references in a download, by an independent parser."""
    text = response.content.decode()
    if format_name == "ris":
        return [entry["title"] for entry in rispy.loads(text)]
    if format_name == "bibtex":
        library = bibtexparser.parse_string(text)
        assert not library.failed_blocks
        return [entry["title"].strip("{}") for entry in library.entries]
    if format_name == "csl-json":
        return [item["title"] for item in json.loads(text)]
    return [row["title"] for row in csv.DictReader(io.StringIO(text))]


@pytest.fixture
def site(db, django_user_model, django_capture_on_commit_callbacks):
    team = Group.objects.create(name="Cite test team")

    def user(name, *groups):
        account = django_user_model.objects.create_user(
            username=name, email=f"{name}@example.org", password="x-Passw0rd-x"
        )
        account.groups.add(*groups)
        return account

    users = {
        "member": user("member", team),  # in the private community's group
        "outsider": user("outsider"),  # signed in, not in it
        "editor": user("editor", Group.objects.get(name="Editors")),
    }
    cases, resources = CaseStudyIndexPage.objects.get(), ResourceIndexPage.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        public_case = CaseStudyPageFactory(
            parent=cases,
            title=f"Public {WORD} case study",
            organizations=[OrganizationFactory(name="Quillwort Public Schools")],
        )
        public_resource = ResourcePageFactory(parent=resources, title=f"Public {WORD} MOU")
        team_only = ResourcePageFactory(parent=resources, title=f"Team-only {WORD} plan")
        PageViewRestriction.objects.create(page=team_only, restriction_type="groups").groups.add(
            team
        )
        signed_in = CaseStudyPageFactory(parent=cases, title=f"Signed-in {WORD} study")
        PageViewRestriction.objects.create(page=signed_in, restriction_type="login")
        draft = CaseStudyPageFactory(parent=cases, title=f"Draft {WORD} study", publish=False)
        # A published page whose newer draft must not leak into its citation.
        public_case.title = f"Unpublished {WORD} retitle"
        public_case.save_revision()
        community = CommunityPageFactory(
            parent=CommunityIndexPage.objects.get(), private_group=team
        )
        thread(community, users["member"], title=f"Private {WORD} thread")
    return SimpleNamespace(
        users=users,
        public_case=public_case,
        public_resource=public_resource,
        team_only=team_only,
        signed_in=signed_in,
        draft=draft,
    )


def client_as(client, site, role):
    if role != "anonymous":
        client.force_login(site.users[role])
    return client


# /cite/<id>.<format> ---------------------------------------------------------------------

# Who may download each page's citation (everyone else gets a 404).
CITE_MATRIX = {
    "public_case": set(ROLES),
    "public_resource": set(ROLES),
    "signed_in": {"member", "outsider", "editor"},
    "team_only": {"member"},
    "draft": set(),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("format_name", FORMATS)
def test_cite_privacy_matrix(client, site, role, format_name):
    client = client_as(client, site, role)
    for name, allowed in CITE_MATRIX.items():
        page = getattr(site, name)
        title = page.title if name != "public_case" else f"Public {WORD} case study"
        response = client.get(reverse("cite_page", args=[page.pk, format_name]))
        if role in allowed:
            assert response.status_code == 200, (name, role)
            assert parse(format_name, response) == [title]
        else:
            assert response.status_code == 404, (name, role)
            assert WORD not in response.content.decode()


def test_cite_download_is_an_attachment_with_the_format_type(client, site):
    page = site.public_case
    for format_name, (_, content_type, extension) in FORMATS.items():
        response = client.get(reverse("cite_page", args=[page.pk, format_name]))
        assert response["Content-Type"] == content_type
        assert response["Content-Disposition"] == (
            f'attachment; filename="{page.slug}.{extension}"'
        )


def test_ris_of_a_page_carries_its_address_and_organizations(client, site):
    page = site.public_case
    (entry,) = rispy.loads(client.get(reverse("cite_page", args=[page.pk, "ris"])).content.decode())
    assert entry["urls"] == [f"http://testserver{page.url}"]
    assert entry["authors"] == ["SameSide"]  # who wrote the page
    assert entry["keywords"] == ["Quillwort Public Schools"]  # what it is about
    assert entry["type_of_work"] == "case study"


def test_unknown_format_and_page_are_404(client, site):
    assert client.get(reverse("cite_page", args=[site.public_case.pk, "docx"])).status_code == 404
    assert client.get(reverse("cite_page", args=[10**9, "ris"])).status_code == 404
    home = site.public_case.get_parent().get_parent()
    assert client.get(reverse("cite_page", args=[home.pk, "ris"])).status_code == 404


def test_a_restricted_citation_is_not_cached_publicly(client, site):
    client.force_login(site.users["member"])
    response = client.get(reverse("cite_page", args=[site.team_only.pk, "ris"]))
    assert "private" in response["Cache-Control"]


# The "Cite this" box ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["public_case", "public_resource"])
def test_every_library_page_has_a_cite_this_box(client, site, name):
    page = getattr(site, name)
    html = client.get(page.url).content.decode()
    assert 'id="cite-heading">Cite this</h2>' in html
    assert f"{page.title if name != 'public_case' else f'Public {WORD} case study'}" in html
    assert "Retrieved " in html and f"from http://testserver{page.url}" in html
    for format_name in ("ris", "bibtex", "csl-json"):
        assert reverse("cite_page", args=[page.pk, format_name]) in html


# /search/export/<format>/ -----------------------------------------------------------------

PUBLIC_TITLES = {f"Public {WORD} case study", f"Public {WORD} MOU"}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("format_name", FORMATS)
def test_search_export_privacy_matrix(client, site, role, format_name):
    """Whoever asks, only live public library pages are exported: no restricted page (not
    even to the member who may read it), no draft, no thread of a private community."""
    client = client_as(client, site, role)
    response = client.get(reverse("search_export", args=[format_name]), {"q": WORD})
    assert response.status_code == 200
    assert set(parse(format_name, response)) == PUBLIC_TITLES
    text = response.content.decode()
    for leak in ("Team-only", "Signed-in", "Draft", "Private", "Unpublished"):
        assert leak not in text


def test_search_export_carries_the_filters_over(client, site):
    response = client.get(
        reverse("search_export", args=["csl-json"]), {"q": WORD, "type": "resource"}
    )
    assert parse("csl-json", response) == [f"Public {WORD} MOU"]


def test_search_export_reads_every_page_up_to_the_limit(
    client, site, monkeypatch, django_capture_on_commit_callbacks
):
    resources = ResourceIndexPage.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(3):
            ResourcePageFactory(parent=resources, title=f"Extra {WORD} {number}")
    monkeypatch.setattr(exports, "BATCH", 2)
    response = client.get(reverse("search_export", args=["ris"]), {"q": WORD, "sort": "title"})
    assert len(parse("ris", response)) == 5
    monkeypatch.setattr(exports, "EXPORT_LIMIT", 3)
    response = client.get(reverse("search_export", args=["ris"]), {"q": WORD, "sort": "title"})
    assert parse("ris", response) == [f"Extra {WORD} 0", f"Extra {WORD} 1", f"Extra {WORD} 2"]


def test_search_export_of_no_library_hit_is_an_empty_file(client, site):
    response = client.get(reverse("search_export", args=["csl-json"]), {"q": "zzzznothing"})
    assert json.loads(response.content) == []
    assert client.get(reverse("search_export", args=["pdf"]), {"q": WORD}).status_code == 404


def test_the_search_page_links_to_the_export_of_the_same_search(client, site):
    html = client.get(reverse("search"), {"q": WORD, "type": "resource"}).content.decode()
    for format_name in FORMATS:
        url = reverse("search_export", args=[format_name])
        assert f'href="{url}?q={WORD}&amp;type=resource"' in html


def test_the_search_page_states_the_export_limit():
    source = get_template("search/includes/export.html").template.source
    assert f"first {exports.EXPORT_LIMIT} results" in source
