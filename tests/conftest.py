import json
import os
import shutil

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

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
    """Load the demo content once per session; each test runs in a transaction on top of it.

    Transactional tests (the browser tests, which pytest-django runs last) flush the
    database when they end, so the loaded state is also kept as a snapshot that
    ``demo_database`` restores.
    """
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)
        SNAPSHOT["data"] = connection.creation.serialize_db_to_string()


SNAPSHOT = {}


@pytest.fixture
def demo_database(transactional_db):
    """The demo content in a transactional test, restored if an earlier test flushed it."""
    from wagtail.models import Page

    if not Page.objects.exists():
        from django.contrib.auth.models import Permission
        from django.contrib.contenttypes.models import ContentType

        # The flush re-created content types and permissions with new keys; the
        # snapshot brings back the originals that every other row refers to.
        # Content types go in first: saving other rows may look them up.
        Permission.objects.all().delete()
        ContentType.objects.all().delete()
        ContentType.objects.clear_cache()
        rows = json.loads(SNAPSHOT["data"])
        content_types = [row for row in rows if row["model"] == "contenttypes.contenttype"]
        others = [row for row in rows if row["model"] != "contenttypes.contenttype"]
        connection.creation.deserialize_db_from_string(json.dumps(content_types))
        connection.creation.deserialize_db_from_string(json.dumps(others))
        ContentType.objects.clear_cache()
        reset_sequences()


def reset_sequences():
    """After rows were inserted with explicit keys, point PostgreSQL's sequences past them."""
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


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
