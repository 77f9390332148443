"""The compare page: by provision, topic and words, picked clauses side by side, the
working selection, the downloads read back by independent parsers, and saved
comparisons (private to their owner, shareable by link)."""

import csv
import io
import json

import bibtexparser
import docx
import pytest
import rispy
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from compare.models import SavedComparison
from resources.factories import TopicFactory
from tests.resources.test_citations import csl_validator

pytestmark = pytest.mark.django_db

INDEX = reverse("compare:index")


def download(client, format_name, params):
    response = client.get(reverse("compare:download", args=[format_name]), params)
    assert response.status_code == 200, response.status_code
    assert response["Content-Disposition"].startswith("attachment;")
    return response


def csv_rows(response):
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))


def test_the_page_offers_every_provision(client, transfers):
    response = client.get(INDEX)
    assert response.status_code == 200
    assert b'href="?provision=transfers"' in response.content
    assert b"Peer review and PAR panels" in response.content


def test_a_provision_shows_its_clauses_side_by_side_by_district_and_union(client, transfers):
    response = client.get(INDEX, {"provision": "transfers"})
    columns = response.context["columns"]
    assert [(c.district, c.union) for c in columns] == [
        ("Northfield Public Schools", "Northfield Teachers Union"),
        ("Southport School District", ""),
        ("Westbury Public Schools", ""),
    ]
    assert [len(c.clauses) for c in columns] == [1, 1, 1]
    html = response.content.decode()
    assert "Four tiers replace" not in html  # another provision
    north = columns[0].clauses[0]
    assert f'id="clause-{north.block_id}"' in html
    link = f"http://testserver{transfers.first.url}#clause-{north.block_id}"
    assert f'href="{link}"' in html
    for fact in ("Northfield district and the union", "2010", "Article 12", "seed 002, lines"):
        assert fact in html
    assert "An agreement between the parties" in html
    assert "The report&#x27;s own account" in html


def test_the_linked_page_has_the_clause_anchor_and_an_add_button(client, transfers):
    html = client.get(transfers.first.url).content.decode()
    assert f'id="clause-{transfers.ids["north"]}"' in html
    assert 'action="/compare/add/"' in html


def test_a_private_page_offers_no_add_button(login, people, hidden):
    grouped = hidden.pages[3]
    response = login(people.insider).get(grouped.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="clause-{grouped.agreed[0].id}"' in html
    assert 'action="/compare/add/"' not in html


def test_a_topic_shows_the_clauses_of_its_pages(client, transfers):
    topic = TopicFactory(slug="staffing", name="Staffing")
    transfers.third.topics.add(topic)
    transfers.third.save_revision().publish()
    response = client.get(INDEX, {"topic": "staffing"})
    assert [c.block_id for c in response.context["clauses"]] == [transfers.ids["west"]]


def test_words_search_the_clauses(client, transfers):
    response = client.get(INDEX, {"q": "seniority"})
    assert [c.block_id for c in response.context["clauses"]] == [transfers.ids["south"]]


def test_picked_clauses_come_in_the_order_picked(client, transfers):
    ids = [transfers.ids["west"], transfers.ids["north"]]
    response = client.get(INDEX, {"c": ids})
    assert response.context["ids"] == ids
    assert b"Save this comparison" in response.content or b"Log in to save" in response.content


def test_bad_input_is_ignored_not_an_error(client, transfers):
    response = client.get(INDEX, {"provision": "nope", "topic": "nope", "c": ["<script>", "x"]})
    assert response.status_code == 200
    assert response.context["clauses"] == []
    assert b"No public clauses match" in response.content
    assert client.get(reverse("compare:download", args=["xls"]), {"c": "x"}).status_code == 404


def test_add_keeps_a_working_selection_in_the_session(client, transfers):
    back = f"{transfers.first.url}#clause-{transfers.ids['north']}"
    response = client.post(reverse("compare:add"), {"c": transfers.ids["north"], "next": back})
    assert response.status_code == 302 and response["Location"] == back
    client.post(reverse("compare:add"), {"c": transfers.ids["south"]})
    client.post(reverse("compare:add"), {"c": transfers.ids["north"]})  # once only
    response = client.get(INDEX)
    assert response.context["from_selection"]
    assert response.context["ids"] == [transfers.ids["north"], transfers.ids["south"]]
    client.post(reverse("compare:remove"), {"c": transfers.ids["north"]})
    assert client.get(INDEX).context["ids"] == [transfers.ids["south"]]
    client.post(reverse("compare:clear"))
    assert client.get(INDEX).context["clauses"] == []


def test_add_refuses_offsite_redirects(client, transfers):
    response = client.post(
        reverse("compare:add"), {"c": transfers.ids["north"], "next": "https://evil.example/"}
    )
    assert response["Location"] == INDEX


@pytest.mark.parametrize("target", ["a b", "//evil.example/", "javascript:alert(1)"])
def test_add_goes_back_only_to_a_path_on_this_site(client, transfers, target):
    response = client.post(reverse("compare:add"), {"c": transfers.ids["north"], "next": target})
    assert response["Location"] == INDEX


def test_the_add_button_needs_the_csrf_token(transfers):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(reverse("compare:add"), {"c": transfers.ids["north"]}).status_code == 403


# Downloads, read back ------------------------------------------------------------------


def test_csv_has_a_row_per_clause_with_its_provenance(client, transfers):
    rows = csv_rows(download(client, "csv", {"provision": "transfers"}))
    assert [row["clause_id"] for row in rows] == [
        transfers.ids["north"],
        transfers.ids["south"],
        transfers.ids["west"],
    ]
    north = rows[0]
    assert north["district"] == "Northfield Public Schools"
    assert north["union"] == "Northfield Teachers Union"
    assert north["provision"] == "Transfers, selection and staffing"
    assert (north["parties"], north["year"], north["section"]) == (
        "Northfield district and the union",
        "2010",
        "Article 12",
    )
    assert north["source"] == "seed 002, lines 10-12"
    assert north["kind"] == "An agreement between the parties"
    assert north["url"] == f"http://testserver{transfers.first.url}#clause-{north['clause_id']}"
    assert rows[2]["verbatim"] == "yes"


def test_csv_cells_never_run_as_formulas(client, transfers):
    page = transfers.second
    raw = page.clauses.raw_data[0]
    page.clauses = [{**raw, "value": {**raw["value"], "heading": "=HYPERLINK(1)"}}]
    page.save_revision().publish()
    (row,) = csv_rows(download(client, "csv", {"c": transfers.ids["south"]}))
    assert row["heading"] == "'=HYPERLINK(1)"


def test_docx_holds_a_table_per_district_and_union(client, transfers):
    response = download(client, "docx", {"provision": "transfers"})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    document = docx.Document(io.BytesIO(response.content))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [
        "Clauses: Transfers, selection and staffing",
        "Northfield Public Schools and Northfield Teachers Union",
        "Southport School District",
        "Westbury Public Schools",
    ]
    first = document.tables[0]
    assert [cell.text for cell in first.rows[0].cells] == ["Clause", "Provenance", "Read it at"]
    clause, provenance, where = (cell.text for cell in first.rows[1].cells)
    assert clause.startswith("Transfers by mutual consent\n")
    assert "Northfield district and the union; 2010; Article 12" in provenance
    assert "Source: seed 002, lines 10-12" in provenance
    assert where.endswith(f"#clause-{transfers.ids['north']}")


def test_docx_drops_what_xml_cannot_hold(client, transfers):
    response = download(client, "docx", {"q": "seniority\x0b\x00"})
    document = docx.Document(io.BytesIO(response.content))
    assert document.paragraphs[0].text == "Clauses: seniority"


def test_citations_of_the_pages_parse_back(client, transfers):
    params = {"provision": "transfers"}
    titles = ["Northfield staffing", "Southport transfer language", "Westbury turnaround staffing"]
    entries = rispy.loads(download(client, "ris", params).content.decode("utf-8"))
    assert [entry["title"] for entry in entries] == titles
    assert entries[0]["keywords"] == ["Northfield Public Schools", "Northfield Teachers Union"]
    library = bibtexparser.parse_string(download(client, "bibtex", params).content.decode())
    assert not library.failed_blocks
    assert [entry.key for entry in library.entries] == [
        f"sameside-{page.pk}" for page in (transfers.first, transfers.second, transfers.third)
    ]
    items = json.loads(download(client, "csl-json", params).content)
    csl_validator().validate(items)
    assert [item["title"] for item in items] == titles


# Saved comparisons ---------------------------------------------------------------------


def test_saving_needs_a_sign_in_and_comes_back(client, transfers):
    response = client.post(reverse("compare:save"), {"c": transfers.ids["north"]})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not SavedComparison.objects.exists()


def test_a_member_saves_renames_shares_and_deletes(login, people, transfers):
    client = login(people.member)
    ids = [transfers.ids["west"], transfers.ids["north"], "not-a-clause-id"]
    response = client.post(reverse("compare:save"), {"c": ids, "name": "  Three   ways "})
    saved = SavedComparison.objects.get()
    assert (saved.owner, saved.name) == (people.member, "Three ways")
    assert saved.clause_ids == ids[:2]
    assert response["Location"] == reverse("compare:saved_detail", args=[saved.pk])
    listing = client.get(reverse("compare:saved")).content.decode()
    assert "Three ways" in listing and saved.share_token in listing

    client.post(reverse("compare:rename", args=[saved.pk]), {f"s{saved.pk}-name": "Transfers"})
    saved.refresh_from_db()
    assert saved.name == "Transfers"
    client.post(reverse("compare:rename", args=[saved.pk]), {f"s{saved.pk}-name": "  "})
    saved.refresh_from_db()
    assert saved.name == "Transfers"

    shared = login(None).get(reverse("compare:shared", args=[saved.share_token]))
    assert shared.status_code == 200
    assert shared.context["ids"] == ids[:2]
    assert b"Save this comparison" not in shared.content  # read-only
    assert b'name="c"' not in shared.content

    client = login(people.member)
    assert client.get(reverse("compare:delete", args=[saved.pk])).status_code == 200
    client.post(reverse("compare:delete", args=[saved.pk]))
    assert not SavedComparison.objects.exists()
    assert login(None).get(reverse("compare:shared", args=[saved.share_token])).status_code == 404


def test_saving_nothing_public_saves_nothing(login, people, hidden):
    client = login(people.member)
    response = client.post(reverse("compare:save"), {"c": hidden.ids})
    assert response.status_code == 302
    assert not SavedComparison.objects.exists()


def test_a_shared_comparison_drops_clauses_no_longer_public(client, people, transfers):
    saved = SavedComparison.objects.create(
        owner=people.member,
        name="Mine",
        clause_ids=[transfers.ids["north"], transfers.ids["south"]],
    )
    transfers.second.unpublish()
    response = client.get(reverse("compare:shared", args=[saved.share_token]))
    assert response.context["ids"] == [transfers.ids["north"]]
    assert response.context["missing"] == 1
    assert b"Southport" not in response.content


def test_the_comparison_page_runs_a_constant_number_of_queries(
    client, transfers, django_assert_max_num_queries
):
    client.get(INDEX, {"provision": "transfers"})  # warm the site and the session
    with django_assert_max_num_queries(12):
        client.get(INDEX, {"provision": "transfers"})


def test_anonymous_add_asks_first_so_library_pages_carry_no_csrf_token(client, transfers):
    """The clause's button on a page anonymous visitors may get from the page cache is a
    GET to a confirmation page that holds the POST form; nothing is added by the GET."""
    page = client.get(transfers.first.url).content.decode()
    assert "csrfmiddlewaretoken" not in page
    assert f'action="{reverse("compare:add")}"' in page and 'method="get"' in page

    back = f"{transfers.first.url}#clause-{transfers.ids['north']}"
    ask = client.get(reverse("compare:add"), {"c": transfers.ids["north"], "next": back})
    assert ask.status_code == 200 and b"csrfmiddlewaretoken" in ask.content
    assert client.get(INDEX).context["clauses"] == []  # the GET added nothing
    added = client.post(reverse("compare:add"), {"c": transfers.ids["north"], "next": back})
    assert added["Location"] == back
    assert client.get(INDEX).context["ids"] == [transfers.ids["north"]]
    assert client.get(reverse("compare:add"), {"c": "nope"}).status_code == 404


def test_a_member_adds_in_one_step(client, transfers, people):
    client.force_login(people.member)
    page = client.get(transfers.first.url).content.decode()
    assert 'class="clause-compare no-print" method="post"' in page


def test_a_library_page_with_clauses_is_kept_by_the_page_cache(settings, transfers):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    url = transfers.first.url
    first, second = Client().get(url), Client().get(url)
    assert b"Add to comparison" in first.content
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    cache.clear()
