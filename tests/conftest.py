import shutil

import pytest
from django.conf import settings
from django.core.management import call_command


@pytest.fixture(scope="session", autouse=True)
def clean_test_media():
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo content once per session; each test runs in a transaction on top of it."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture
def demo(db):
    """The demo site, as loaded for the session."""
    from casestudies.models import CaseStudyPage
    from home.models import HomePage
    from resources.models import ResourcePage

    return {
        "home": HomePage.objects.get(),
        "toledo": CaseStudyPage.objects.get(slug="toledo-peer-assistance-and-review"),
        "baltimore": CaseStudyPage.objects.get(slug="baltimore-career-pathways"),
        "sacramento": CaseStudyPage.objects.get(slug="sacramento-priority-schools"),
        "par_guide": ResourcePage.objects.get(slug="par-program-design-guide"),
    }


@pytest.fixture
def make_user(db, django_user_model):
    """Create a user with a verified email address (allauth requires one to log in)."""
    from allauth.account.models import EmailAddress

    def make(email="member@example.org", password="a-Strong-passw0rd", **extra):
        user = django_user_model.objects.create_user(
            username=email.split("@")[0], email=email, password=password, **extra
        )
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        return user

    return make
