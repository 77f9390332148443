"""Private content beside the shared library, and a visitor per role, for the API tests.

Every private thing carries the word ``Hushhush`` in its title, so a test can look for it
in any answer.
"""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import TestCase
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from forums.factories import CommunityPageFactory, thread
from forums.models import CommunityIndexPage
from network.core.factories import UserFactory
from network.core.roles import MODERATORS_GROUP
from resources.factories import DocumentFactory, ResourcePageFactory
from resources.models import ResourceDocument, ResourceIndexPage

SECRET = "Hushhush"


@pytest.fixture(autouse=True)
def fresh_counts():
    """Rate-limit counts live in the cache: each test starts with none."""
    cache.clear()
    yield
    cache.clear()


def resource(title, slug, document=None, **kwargs):
    links = [ResourceDocument(document=document)] if document else []
    return ResourcePageFactory(
        parent=ResourceIndexPage.objects.get(),
        title=title,
        slug=slug,
        summary=f"{title}, a summary.",
        document_links=links,
        **kwargs,
    )


@pytest.fixture
def private(library):
    """On top of the library: a page under a login restriction, one restricted to a group,
    a draft, a document in a restricted collection (held by a public page), documents held
    only by the restricted page and the draft, a private community with a thread; and the
    visitors: ``member`` (in the private group), ``outsider`` (signed in, not in it) and
    ``editor`` (an editor and moderator)."""
    circle = Group.objects.create(name="Test circle")
    editors, _ = Group.objects.get_or_create(name="Editors")
    moderators, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
    member = UserFactory(username="insider")
    member.groups.add(circle)
    outsider = UserFactory(username="outsider")
    editor = UserFactory(username="editor")
    editor.groups.add(editors, moderators)

    closed = Collection.get_first_root_node().add_child(name=f"{SECRET} collection")
    CollectionViewRestriction.objects.create(collection=closed, restriction_type="login")
    with TestCase.captureOnCommitCallbacks(execute=True):
        restricted_doc = DocumentFactory(title=f"{SECRET} restricted-page document")
        draft_doc = DocumentFactory(title=f"{SECRET} draft document")
        collection_doc = DocumentFactory(title=f"{SECRET} collection document", collection=closed)
    with TestCase.captureOnCommitCallbacks(execute=True):
        login_page = resource(f"{SECRET} login page", "hush-login", restricted_doc)
        group_page = resource(f"{SECRET} group page", "hush-group")
        draft = resource(f"{SECRET} draft page", "hush-draft", draft_doc, publish=False)
        holder = resource("Public page with a closed file", "closed-file", collection_doc)
        PageViewRestriction.objects.create(page=login_page, restriction_type="login")
        restriction = PageViewRestriction.objects.create(page=group_page, restriction_type="groups")
        restriction.groups.add(circle)
        community = CommunityPageFactory(
            parent=CommunityIndexPage.objects.get(),
            title=f"{SECRET} circle",
            slug="hush-circle",
            private_group=circle,
        )
        secret_thread = thread(community, member, title=f"{SECRET} private question")
    return SimpleNamespace(
        library=library,
        member=member,
        outsider=outsider,
        editor=editor,
        pages=[login_page, group_page, draft, community],
        documents=[restricted_doc, draft_doc, collection_doc],
        holder=holder,
        thread=secret_thread,
    )
