import io
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from PIL import Image

from network.core.roles import MODERATORS_GROUP
from network.models import Affiliation, MemberProfile, Organization
from resources.factories import TopicFactory


def make_png(width=300, height=200, color=(11, 79, 108), fmt="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, format=fmt)
    return buffer.getvalue()


@pytest.fixture
def people(db, django_user_model):
    """Members with profiles at two test districts (and one union), and a moderator.

    ``president`` (union leader at the test union, listed), ``superintendent`` (at the
    test district, listed), ``hidden`` (at the district, hidden from the directory),
    ``member`` (no organization, listed), ``moderator`` (in Moderators)."""

    def user(username, **profile):
        account = django_user_model.objects.create_user(
            username=username,
            email=f"{username}@example.org",
            password="x-Passw0rd-x",
            first_name=username.capitalize(),
            last_name="Tester",
        )
        organization = profile.pop("organization", None)
        MemberProfile.objects.create(user=account, **profile)
        if organization is not None:
            Affiliation.objects.create(user=account, organization=organization, status="confirmed")
        return account

    district = Organization.objects.create(
        name="Testville Public Schools",
        kind="district",
        state="MA",
        locale="suburban",
        size_band="medium",
        stage="preliminary",
        union_affiliation="nea",
    )
    union = Organization.objects.create(
        name="Testville Education Association", kind="union", state="MA", partner=district
    )
    district.partner = union
    district.save()
    par = TopicFactory(slug="peer-assistance-and-review", name="Peer assistance and review")
    district.topics.add(par)
    moderators, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
    people = SimpleNamespace(
        district=district,
        union=union,
        par=par,
        president=user("president", role="union_leader", state="MA", organization=union),
        superintendent=user(
            "superintendent", role="superintendent", state="MA", organization=district
        ),
        hidden=user(
            "hidden", role="teacher", state="MA", organization=district, visibility="hidden"
        ),
        member=user("member", role="researcher", state="CA"),
        moderator=user("moderator"),
    )
    people.moderator.groups.add(moderators)
    return people


@pytest.fixture
def login(client):
    def as_user(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return as_user
