"""A new searchable type is one file in its own app: here a test-only source for
organizations (``network.Organization``, which search does not know), registered as a
content app would in its ``ready()``, with no change inside ``search/``. Its items are
indexed, found under their own content type and facets, and withdrawn."""

import pytest
from django.core.management import call_command
from django.http import QueryDict

from network.factories import OrganizationFactory
from network.models import Organization
from resources.models import State
from search import facets, indexing
from search.engines.database import DatabaseEngine
from search.query import SearchQuery
from search.sources import EntryData, IndexSource, registry

pytestmark = pytest.mark.django_db

ORGANIZATION = "organization"


class OrganizationSource(IndexSource):
    """What an ``network/search.py`` would hold: invented (demo) organizations are never
    findable."""

    model = Organization

    def is_public(self, organization):
        return not organization.is_demo

    def entry_for(self, organization):
        return EntryData(
            kind=ORGANIZATION,
            url=organization.get_absolute_url(),
            title=organization.name,
            summary=organization.description,
            states=list(State.objects.filter(code=organization.state)),
            facets={"locale": organization.locale, "size_band": organization.size_band},
        )


@pytest.fixture
def organizations_searchable():
    # What the app's ready() would do.
    facets.register_kind(ORGANIZATION, "Organization", order=40)
    registry.register(OrganizationSource)
    yield
    registry.unregister(Organization)
    facets.unregister_kind(ORGANIZATION)


def search(params):
    return DatabaseEngine().search(SearchQuery.from_params(QueryDict(params)))


def counts(results, facet):
    return {o.value: o.count for f in results.facets if f.name == facet for o in f.options}


def test_a_new_type_is_indexed_found_with_its_facets_and_withdrawn(organizations_searchable):
    OrganizationFactory(name="Testville Public Schools", description="Another district.")
    org = Organization.objects.create(
        name="Wombleton Unified",
        kind="district",
        state="VT",
        locale="rural",
        size_band="small",
        description="A district whose union and board plan budgets together.",
    )
    call_command("search_index", "rebuild")

    results = search("q=Wombleton&type=organization&state=VT&locale=rural")
    assert [hit.url for hit in results.hits] == [org.get_absolute_url()]
    assert results.hits[0].kind_label == "Organization"
    assert counts(results, "type") == {"organization": 1}
    assert counts(results, "state") == {"VT": 1}
    assert counts(results, "size") == {"small": 1}
    suggestions = DatabaseEngine().suggest("Wombleton")
    assert org.get_absolute_url() in [s["url"] for s in suggestions]

    # Withdrawn by the source's own rule...
    org.is_demo = True
    org.save()
    indexing.sync(org)
    assert search("q=Wombleton").total == 0
    # ...and by deletion, which the registry connected for the new model.
    org.is_demo = False
    indexing.sync(org)
    assert search("q=Wombleton").total == 1
    organizations = search("type=organization").total  # the other district too
    org.delete()
    assert search("q=Wombleton").total == 0
    assert search("type=organization").total == organizations - 1
