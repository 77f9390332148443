"""Test data for district teams."""

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from network.core.factories import UserFactory
from network.factories import OrganizationFactory

from .choices import Side
from .models import Membership, Team, WorkPlan


class TeamFactory(DjangoModelFactory):
    """A team for a new test district; ``unions`` takes a list."""

    class Meta:
        model = Team
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Testville {n} joint team")
    slug = factory.LazyAttribute(lambda team: slugify(team.name))
    district = factory.SubFactory(OrganizationFactory)

    @factory.post_generation
    def unions(team, create, extracted, **kwargs):  # noqa: N805 - factory_boy's convention
        if create and extracted:
            team.unions.set(extracted)


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    team = factory.SubFactory(TeamFactory)
    user = factory.SubFactory(UserFactory)
    side = Side.MANAGEMENT


class WorkPlanFactory(DjangoModelFactory):
    class Meta:
        model = WorkPlan
        django_get_or_create = ("team",)

    team = factory.SubFactory(TeamFactory)
