"""Compare tests: three public transfer clauses from three districts, and one of each
kind of clause no compare route may show (``hidden``)."""

import uuid
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from network.factories import OrganizationFactory
from resources.factories import ResourcePageFactory
from resources.models import ResourceIndexPage

SECRET = "Zebra"  # in the text of every clause that must stay out


def clause_block(heading, text, provision="transfers", block_id=None, **fields):
    """A clause block in StreamField's JSON form, with its id."""
    value = {
        "heading": heading,
        "provision": provision,
        "text": text,
        "kind": "agreement",
        "verbatim": False,
        "parties": "",
        "year": None,
        "section": "",
        "page": "",
        "source": "",
    } | fields
    return {"type": "clause", "value": value, "id": block_id or str(uuid.uuid4())}


@pytest.fixture
def people(db, django_user_model):
    """A user per role of the privacy matrix; ``insider`` is in the private group."""

    def user(username, *groups, **extra):
        account = django_user_model.objects.create_user(
            username=username, email=f"{username}@example.org", password="x-Passw0rd-x", **extra
        )
        account.groups.add(*groups)
        return account

    circle = Group.objects.create(name="Compare circle")
    editors, _ = Group.objects.get_or_create(name="Editors")
    return SimpleNamespace(
        circle=circle,
        member=user("member"),
        insider=user("insider", circle),
        outsider=user("outsider"),
        editor=user("editor", editors, is_staff=True),
    )


@pytest.fixture
def login(client):
    def as_user(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return as_user


@pytest.fixture
def transfers(db):
    """Three transfer clauses on public pages, each about one district and its union, and
    a pay clause beside the first."""
    cases = CaseStudyIndexPage.objects.get()
    resources = ResourceIndexPage.objects.get()
    north = OrganizationFactory(name="Northfield Public Schools")
    north_union = OrganizationFactory(name="Northfield Teachers Union", kind="union")
    south = OrganizationFactory(name="Southport School District")
    west = OrganizationFactory(name="Westbury Public Schools")
    first = CaseStudyPageFactory(
        parent=cases,
        title="Northfield staffing",
        organizations=[north, north_union],
        agreed=[
            clause_block(
                "Transfers by mutual consent",
                "Teacher and principal both agree to every transfer.",
                parties="Northfield district and the union",
                year=2010,
                section="Article 12",
                source="seed 002, lines 10-12",
            ),
            clause_block("Pay ladder", "Four tiers replace the salary lanes.", provision="pay"),
        ],
    )
    second = ResourcePageFactory(
        parent=resources,
        title="Southport transfer language",
        organizations=[south],
        clauses=[
            clause_block(
                "Seniority as tie-breaker",
                "Seniority counts only when all else is equal.",
                parties="Southport district and its teachers",
                year=2012,
            )
        ],
    )
    third = ResourcePageFactory(
        parent=resources,
        title="Westbury turnaround staffing",
        organizations=[west],
        clauses=[
            clause_block(
                "Reapplying for posts",
                "Every teacher reapplies when the school is reconstituted.",
                parties="Westbury district and union",
                kind="report",
                verbatim=True,
            )
        ],
    )
    ids = {
        "north": first.agreed[0].id,
        "pay": first.agreed[1].id,
        "south": second.clauses[0].id,
        "west": third.clauses[0].id,
    }
    return SimpleNamespace(first=first, second=second, third=third, ids=ids)


@pytest.fixture
def hidden(transfers, people):
    """One transfer clause of each kind no compare route may show: on a draft page, an
    unpublished page, a page for signed-in visitors, a page for a group, and in an
    unpublished draft of a live page. ``ids`` holds their block ids."""
    cases = CaseStudyIndexPage.objects.get()
    resources = ResourceIndexPage.objects.get()

    def secret(name):
        return clause_block(f"{SECRET} {name}", f"{SECRET} transfer language ({name}).")

    draft = ResourcePageFactory(
        parent=resources, title="Draft guide", clauses=[secret("draft")], publish=False
    )
    withdrawn = ResourcePageFactory(parent=resources, title="Gone", clauses=[secret("gone")])
    withdrawn.unpublish()
    signed_in = ResourcePageFactory(parent=resources, title="Members", clauses=[secret("login")])
    PageViewRestriction.objects.create(page=signed_in, restriction_type="login")
    grouped = CaseStudyPageFactory(parent=cases, title="Circle", agreed=[secret("group")])
    restriction = PageViewRestriction.objects.create(page=grouped, restriction_type="groups")
    restriction.groups.set([people.circle])
    live = transfers.second
    live.clauses = [*live.clauses.raw_data, secret("unpublished change")]
    live.save_revision()  # a draft of a live page: its live clauses stay as they were
    pages = [draft, withdrawn, signed_in, grouped]
    ids = [page.specific.clauses[0].id for page in pages[:3]] + [grouped.agreed[0].id]
    ids.append(live.clauses[-1].id)
    return SimpleNamespace(pages=pages, ids=ids)
