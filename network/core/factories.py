"""Test data for the kernel: accounts that can sign in (allauth needs a verified address)."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

PASSWORD = "a-Strong-passw0rd"  # noqa: S105 - test accounts only


class UserFactory(DjangoModelFactory):
    """A member with a verified primary email address and the password ``PASSWORD``."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"member{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    first_name = ""
    last_name = ""
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified(user, create, extracted, **kwargs):  # noqa: N805 - factory_boy's convention
        if create and extracted is not False:
            EmailAddress.objects.get_or_create(
                user=user, email=user.email, defaults={"verified": True, "primary": True}
            )

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):  # noqa: N805
        if create and extracted:
            user.groups.add(*extracted)
