"""Privacy over every compare route, downloads and share links included: clauses of
drafts, unpublished pages, pages for signed-in visitors or for a group, and unpublished
changes of a live page never appear, whoever asks. The compare page shows public
content only, so a member of the private group and an editor get what an anonymous
visitor gets; saved comparisons are their owner's alone."""

import io

import docx
import pytest
from django.urls import reverse

from compare.models import Clause, SavedComparison

from .conftest import SECRET

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member", "outsider", "insider", "editor"]
FORMATS = ["csv", "docx", "ris", "bibtex", "csl-json"]


def read(response):
    """The text of a response, a Word document's included."""
    if response["Content-Type"].startswith("application/vnd.openxmlformats"):
        document = docx.Document(io.BytesIO(response.content))
        cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    return response.content.decode("utf-8")


def queries(hidden):
    """Every way of asking for the hidden clauses."""
    return [
        {"provision": "transfers"},
        {"q": SECRET},
        {"c": hidden.ids},
        {"c": hidden.ids, "provision": "transfers"},
    ]


def leaks(text):
    """Whether ``text`` holds a hidden clause (the bare word may be the visitor's query)."""
    return f"{SECRET} " in text


def as_role(login, people, role):
    return login(None if role == "anonymous" else getattr(people, role))


@pytest.mark.parametrize("role", ROLES)
def test_no_route_shows_hidden_clauses(login, people, hidden, transfers, role):
    client = as_role(login, people, role)
    for params in queries(hidden):
        response = client.get(reverse("compare:index"), params)
        assert response.status_code == 200
        assert not leaks(response.content.decode()), (role, params)
        for format_name in FORMATS:
            response = client.get(reverse("compare:download", args=[format_name]), params)
            assert response.status_code == 200, (role, format_name)
            text = read(response)
            assert not leaks(text), (role, params, format_name)
            for page in hidden.pages:
                assert f"sameside-{page.pk}" not in text  # no citation of a hidden page


@pytest.mark.parametrize("role", ROLES)
def test_hidden_clauses_cannot_be_added_or_saved(login, people, hidden, role):
    client = as_role(login, people, role)
    client.post(reverse("compare:add"), {"c": hidden.ids})
    response = client.get(reverse("compare:index"))
    assert not leaks(response.content.decode())
    assert not response.context["ids"]
    client.post(reverse("compare:save"), {"c": hidden.ids, "name": "Secret"})
    assert not SavedComparison.objects.exists()


@pytest.mark.parametrize("role", ROLES)
def test_a_share_link_shows_only_what_is_public_now(login, people, hidden, transfers, role):
    # Saved while all were public; since then withdrawn, restricted or left in draft.
    saved = SavedComparison.objects.create(
        owner=people.member, name="Old", clause_ids=[*hidden.ids, transfers.ids["north"]]
    )
    client = as_role(login, people, role)
    url = reverse("compare:shared", args=[saved.share_token])
    response = client.get(url)
    assert response.status_code == 200
    assert not leaks(response.content.decode())
    assert response.context["ids"] == [transfers.ids["north"]]
    for format_name in FORMATS:
        params = {"c": [c for c in response.context["ids"]]}
        text = read(client.get(reverse("compare:download", args=[format_name]), params))
        assert not leaks(text)


@pytest.mark.parametrize("role", ["anonymous", "outsider", "editor"])
def test_saved_comparisons_are_their_owners_alone(login, people, transfers, role):
    saved = SavedComparison.objects.create(
        owner=people.member, name="Members only", clause_ids=[transfers.ids["north"]]
    )
    client = as_role(login, people, role)
    pk = saved.pk
    listing = client.get(reverse("compare:saved"))
    detail = client.get(reverse("compare:saved_detail", args=[pk]))
    rename = client.post(reverse("compare:rename", args=[pk]), {f"s{pk}-name": "Taken"})
    delete = client.post(reverse("compare:delete", args=[pk]))
    if role == "anonymous":
        for response in (listing, detail, rename, delete):
            assert response.status_code == 302
            assert response["Location"].startswith(reverse("account_login"))
    else:
        assert listing.status_code == 200 and b"Members only" not in listing.content
        assert {detail.status_code, rename.status_code, delete.status_code} == {404}
    saved.refresh_from_db()
    assert saved.name == "Members only"


def test_a_stale_index_row_of_a_hidden_page_is_still_not_shown(client, hidden):
    """Were a withdrawal missed (the index behind), the query-time check still holds."""
    for number, page in enumerate(hidden.pages):
        Clause.objects.create(
            page=page, block_id=f"stale-{number:04}", position=0, text=f"{SECRET} stale"
        )
    ids = [f"stale-{number:04}" for number in range(len(hidden.pages))]
    for params in ({"q": "stale"}, {"c": ids}):
        assert not leaks(client.get(reverse("compare:index"), params).content.decode())
        response = client.get(reverse("compare:download", args=["csv"]), params)
        assert not leaks(read(response))


def test_an_unknown_share_token_is_a_404(client, transfers):
    assert client.get(reverse("compare:shared", args=["guess"])).status_code == 404
