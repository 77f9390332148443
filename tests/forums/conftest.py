from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group

from forums import posting
from forums.models import CommunityIndexPage, CommunityPage, Suspension
from network.core.roles import MODERATORS_GROUP
from resources.factories import TopicFactory


def add_community(index, slug, facilitators=(), private_group=None):
    page = CommunityPage(
        title=slug.replace("-", " ").capitalize(),
        slug=slug,
        description=f"A test community ({slug}).",
        private_group=private_group,
    )
    index.add_child(instance=page)
    page.facilitators.set(list(facilitators))
    page.save_revision().publish()
    return CommunityPage.objects.get(pk=page.pk)


@pytest.fixture
def forum(db, django_user_model):
    """Two fresh communities (public and private) with one thread each, and a user per role.

    Roles: ``member`` (logged in, nothing special), ``facilitator`` (of both communities),
    ``moderator`` (in the Moderators group), ``private_member`` (in the private
    community's group), ``outsider`` (facilitator of a third community only) and
    ``suspended`` (a member under an active suspension).
    """

    def user(username, *groups):
        account = django_user_model.objects.create_user(
            username=username, email=f"{username}@example.org", password="x-Passw0rd-x"
        )
        account.groups.add(*groups)
        return account

    index = CommunityIndexPage.objects.get()
    circle = Group.objects.create(name="Test circle")
    moderators, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
    people = SimpleNamespace(
        asker=user("asker"),
        other=user("other"),
        member=user("member"),
        facilitator=user("facilitator"),
        moderator=user("moderator", moderators),
        private_member=user("private_member", circle),
        outsider=user("outsider"),
        suspended=user("suspended"),
    )
    Suspension.objects.create(user=people.suspended, reason="Test suspension.")
    public = add_community(index, "test-public", facilitators=[people.facilitator])
    private = add_community(
        index, "test-private", facilitators=[people.facilitator], private_group=circle
    )
    add_community(index, "test-elsewhere", facilitators=[people.outsider])
    topic = TopicFactory(slug="peer-assistance-and-review", name="Peer assistance and review")

    thread = posting.start_thread(
        public, people.asker, "How do panels vote?", "The **question** text.", topics=[topic]
    )
    reply = posting.add_reply(thread, people.other, "An answer from another member.")
    private_thread = posting.start_thread(
        private, people.private_member, "A private question", "Only for the circle."
    )
    return SimpleNamespace(
        people=people,
        index=index,
        public=public,
        private=private,
        circle=circle,
        topic=topic,
        thread=thread,
        question=thread.posts.get(reply_to=None, author=people.asker),
        reply=reply,
        private_thread=private_thread,
    )


@pytest.fixture
def login(client):
    """Log ``user`` in on the test client (or log out for None) and return the client."""

    def as_user(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return as_user


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Call a function and then run the on-commit callbacks it registered (the email
    queue), as the commit of a real request would; tests run inside a transaction."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run
