"""Case studies and resources are related through one model, ``LibraryPageRelation``,
edited from either page and shown on both."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from resources.factories import ResourcePageFactory
from resources.models import LibraryPageRelation, ResourceIndexPage, ResourcePage

RELATION_MIGRATION = ("resources", "0006_library_page_relation")


def two_of_each():
    cases = [CaseStudyPageFactory(parent=CaseStudyIndexPage.objects.get()) for _ in range(2)]
    index = ResourceIndexPage.objects.get()
    return cases, [ResourcePageFactory(parent=index) for _ in range(2)]


@pytest.mark.django_db
def test_a_link_made_on_either_side_shows_on_both():
    (case, other_case), (resource, other_resource) = two_of_each()
    LibraryPageRelation.objects.create(page=case, related=resource)
    LibraryPageRelation.objects.create(page=other_resource, related=case)

    case = CaseStudyPage.objects.get(pk=case.pk)
    assert list(case.related_resources) == sorted(
        [resource, other_resource], key=lambda page: page.title
    )
    assert list(ResourcePage.objects.get(pk=resource.pk).related_case_studies) == [case]
    assert list(ResourcePage.objects.get(pk=other_resource.pk).related_case_studies) == [case]
    assert not CaseStudyPage.objects.get(pk=other_case.pk).related_resources.exists()


@pytest.mark.django_db
def test_unpublished_and_private_pages_are_not_shown(client):
    (case, _), (resource, other_resource) = two_of_each()
    LibraryPageRelation.objects.create(page=case, related=resource)
    LibraryPageRelation.objects.create(page=case, related=other_resource)
    other_resource.unpublish()

    assert list(CaseStudyPage.objects.get(pk=case.pk).related_resources) == [resource]
    html = client.get(case.url).content.decode()
    assert resource.title in html and other_resource.title not in html


@pytest.mark.django_db
def test_a_page_cannot_be_related_to_itself():
    (case, _), _ = two_of_each()
    with pytest.raises(ValidationError):
        LibraryPageRelation(page=case, related=case).full_clean()


@pytest.mark.django_db
def test_both_editors_offer_the_relation(client):
    (case, _), (resource, _) = two_of_each()
    admin = get_user_model().objects.create_superuser("relations-admin", "r@example.org", "x")
    client.force_login(admin)
    for page, label in ((case, "Related resource"), (resource, "Related case study")):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200
        assert label in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_the_migration_carries_existing_links_over():
    """Back to the two per-side models, links made there, forward again: every link is
    kept, on the page that held it and in its order."""
    two_of_each()
    executor = MigrationExecutor(connection)
    relation_migration = executor.loader.get_migration(*RELATION_MIGRATION)
    before = list(relation_migration.dependencies)  # resources and casestudies before it
    executor.migrate(before)
    old = executor.loader.project_state(before).apps

    cases = list(old.get_model("casestudies", "CaseStudyPage").objects.order_by("pk")[:2])
    resources = list(old.get_model("resources", "ResourcePage").objects.order_by("pk")[:2])
    CaseLink = old.get_model("casestudies", "CaseStudyRelatedResource")
    ResourceLink = old.get_model("resources", "ResourceRelatedCaseStudy")
    CaseLink.objects.all().delete()
    ResourceLink.objects.all().delete()
    CaseLink.objects.create(page_id=cases[0].pk, resource_id=resources[1].pk, sort_order=0)
    CaseLink.objects.create(page_id=cases[0].pk, resource_id=resources[0].pk, sort_order=1)
    ResourceLink.objects.create(page_id=resources[0].pk, case_study_id=cases[1].pk, sort_order=0)

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    Relation = apps.get_model("resources", "LibraryPageRelation")
    links = Relation.objects.values_list("page_id", "related_id", "sort_order")
    assert set(links) == {
        (cases[0].pk, resources[1].pk, 0),
        (cases[0].pk, resources[0].pk, 1),
        (resources[0].pk, cases[1].pk, 0),
    }
    case = CaseStudyPage.objects.get(pk=cases[0].pk)
    assert {page.pk for page in case.related_resources} == {resources[0].pk, resources[1].pk}
