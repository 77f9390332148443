from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.test import TestCase
from django.utils import timezone

from alerts.models import SavedSearch
from alerts.sending import baseline
from resources.factories import ResourcePageFactory
from resources.models import ResourceIndexPage
from tests.mailservers import free_port, start_inbox, use_smtp


@pytest.fixture
def people(db, django_user_model):
    """``owner`` saves searches; ``other`` is another member; ``editor`` is staff."""

    def user(username, **extra):
        return django_user_model.objects.create_user(
            username=username, email=f"{username}@example.org", password="x-Passw0rd-x", **extra
        )

    return SimpleNamespace(
        owner=user("owner"),
        other=user("other"),
        editor=user("editor", is_staff=True, is_superuser=True),
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
def inbox(request, settings):
    """A real SMTP server the site sends to; links point at a test address."""
    handler, controller = start_inbox()
    request.addfinalizer(controller.stop)
    use_smtp(settings, handler.port)
    settings.WAGTAILADMIN_BASE_URL = "https://sameside.test"
    return handler


@pytest.fixture
def mail_down(settings):
    use_smtp(settings, free_port())


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a function and then its on-commit callbacks (the outbox's delivery task), as
    the commit of a real run would."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


def publish_resource(title, summary, **extra):
    """A new live, public resource, indexed as on commit."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return ResourcePageFactory(
            parent=ResourceIndexPage.objects.get(), title=title, summary=summary, **extra
        )


def save_search(owner, query_string, frequency="daily", name="Peer review", days_ago=1):
    """A saved search made ``days_ago`` days ago, with what it found then as seen."""
    made = timezone.now() - timedelta(days=days_ago, minutes=5)
    saved = SavedSearch.objects.create(
        owner=owner,
        name=name,
        query_string=query_string,
        frequency=frequency,
        created_at=made,
        last_checked_at=made,
    )
    baseline(saved)
    return saved
