"""Test data for the member network: organizations, profiles, affiliations, facilitators."""

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from network.core.factories import UserFactory

from .models import Affiliation, Facilitator, MemberProfile, Organization


class OrganizationFactory(DjangoModelFactory):
    """A district by default; ``topics`` takes a list."""

    class Meta:
        model = Organization
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Testville {n} Public Schools")
    slug = factory.LazyAttribute(lambda org: slugify(org.name))
    kind = "district"
    state = "MA"
    is_demo = False

    @factory.post_generation
    def topics(org, create, extracted, **kwargs):  # noqa: N805 - factory_boy's convention
        if create and extracted:
            org.topics.set(extracted)


class UnionFactory(OrganizationFactory):
    name = factory.Sequence(lambda n: f"Testville {n} Education Association")
    kind = "union"


class MemberProfileFactory(DjangoModelFactory):
    class Meta:
        model = MemberProfile
        django_get_or_create = ("user",)

    user = factory.SubFactory(UserFactory)


class AffiliationFactory(DjangoModelFactory):
    class Meta:
        model = Affiliation

    user = factory.SubFactory(UserFactory)
    organization = factory.SubFactory(OrganizationFactory)
    status = "confirmed"


class FacilitatorFactory(DjangoModelFactory):
    class Meta:
        model = Facilitator
        django_get_or_create = ("user",)

    user = factory.SubFactory(UserFactory, first_name="Fay", last_name="Cilitator")
    summary = "Facilitates labor-management teams (a test facilitator)."
    services = factory.LazyFunction(lambda: ["ibb_training"])
    regions = factory.LazyFunction(lambda: ["northeast"])
