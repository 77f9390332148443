import os
import shutil

import pytest
from django.conf import settings
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from pytest_django.plugin import blocking_manager_key

from tests import database_state
from tests import library as shared_library

# Fuzz tests (tests/test_fuzz_input.py): a bounded run for CI; HYPOTHESIS_PROFILE=thorough
# tries many more examples. No example database: runs leave no files behind.
hypothesis_settings.register_profile(
    "sameside",
    max_examples=25,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
hypothesis_settings.register_profile(
    "thorough", parent=hypothesis_settings.get_profile("sameside"), max_examples=500
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "sameside"))


@pytest.fixture(scope="session", autouse=True)
def clean_test_media():
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The site's skeleton, committed once per test process (``tests/database_state.py``)."""
    with django_db_blocker.unblock():
        database_state.setup_session()


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Demo tests run first, and under pytest-xdist they form one group, which one worker
    starts on while the others run the rest: the demo is loaded once (on PostgreSQL the
    group shares one transaction; see tests/database_state.py). This hook runs first so
    that xdist sees the group; pytest-django's own sort (transactional tests last) comes
    after it and is stable."""
    for item in items:
        if database_state.is_demo(item):
            item.add_marker(pytest.mark.xdist_group("demo"))
    items.sort(key=lambda item: not database_state.is_demo(item))


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef, request):
    # pytest-django's helper opens the test's transaction (or prepares a transactional
    # test); the database gets its starting state just before.
    if fixturedef.argname == "_django_db_helper":
        with request.config.stash[blocking_manager_key].unblock():
            database_state.prepare(request.node)
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    with item.config.stash[blocking_manager_key].unblock():
        database_state.finish(item, nextitem)
    return result


@pytest.fixture
def demo(request, db):
    """The demo site's best-known pages, for tests marked ``demo``."""
    if not database_state.is_demo(request.node):
        pytest.fail("a test that reads the demo content needs @pytest.mark.demo")
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
def library(db):
    """A small published library (``tests/library.py``): three case studies, each the only
    one in its state, and four resources, with topics and documents."""
    if database_state.holds("library"):
        return shared_library.fetch()
    return shared_library.build()


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
