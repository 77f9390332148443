"""A member's own data: export and deletion; messages between members."""

import json

import pytest
from django.core import mail
from django.urls import reverse

from forums import posting
from forums.models import CommunityIndexPage, Post, Thread
from network.models import ContactMessage, MemberProfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def community(db):
    return CommunityIndexPage.objects.get().get_children().live().first().specific


def test_export_holds_the_members_data(people, login, community):
    posting.start_thread(community, people.member, "My question", "My words.")
    MemberProfile.objects.filter(user=people.member).update(bio="About me.")
    response = login(people.member).get(reverse("network:export_data"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["account"]["email"] == "member@example.org"
    assert data["profile"]["bio"] == "About me."
    assert data["threads_started"][0]["title"] == "My question"
    assert data["posts"][0]["body"] == "My words."


def test_deleting_an_account_keeps_its_posts_anonymous(people, login, community):
    thread = posting.start_thread(community, people.member, "Staying", "Question.")
    reply = posting.add_reply(thread, people.president, "An answer to keep.")
    client = login(people.member)
    wrong = client.post(reverse("network:delete_account"), {"password": "nope"})
    assert wrong.status_code == 400
    response = client.post(reverse("network:delete_account"), {"password": "x-Passw0rd-x"})
    assert response.status_code == 302
    assert not type(people.member).objects.filter(pk=people.member.pk).exists()
    thread = Thread.objects.get(pk=thread.pk)
    assert thread.author is None and thread.posts.count() == 2
    assert Post.objects.get(pk=reply.pk).author == people.president
    html = client.get(thread.get_absolute_url()).content.decode()
    assert "Former member" in html


def test_members_message_each_other_without_seeing_addresses(people, login, settings):
    client = login(people.member)
    url = reverse("network:contact", args=[people.president.pk])
    page = client.get(url).content.decode()
    assert "president@example.org" not in page
    profile_page = client.get(reverse("network:member", args=[people.president.pk])).content
    assert b"president@example.org" not in profile_page
    mail.outbox.clear()
    response = client.post(url, {"subject": "PAR panel", "body": "How did you start?"})
    assert response.status_code == 302
    assert ContactMessage.objects.filter(sender=people.member).count() == 1


def test_contact_email_goes_out_with_reply_to_the_sender(
    people, login, django_capture_on_commit_callbacks
):
    client = login(people.member)
    url = reverse("network:contact", args=[people.president.pk])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"subject": "PAR panel", "body": "How did you start?"})
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["president@example.org"]
    assert message.reply_to == ["member@example.org"]
    assert "How did you start?" in message.body


def test_contact_is_rate_limited_and_keeps_the_text(people, login, settings):
    settings.NETWORK_CONTACT_MESSAGES_PER_DAY = 2
    client = login(people.member)
    url = reverse("network:contact", args=[people.president.pk])
    for n in range(2):
        assert client.post(url, {"subject": f"S{n}", "body": "Hello"}).status_code == 302
    refused = client.post(url, {"subject": "Third", "body": "Kept text"})
    assert refused.status_code == 429
    assert "Kept text" in refused.content.decode()
    assert ContactMessage.objects.filter(sender=people.member).count() == 2


def test_hidden_members_and_oneself_cannot_be_contacted(people, login):
    client = login(people.member)
    assert client.get(reverse("network:contact", args=[people.hidden.pk])).status_code == 404
    assert client.get(reverse("network:contact", args=[people.member.pk])).status_code == 404


def test_writes_need_csrf(people):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(people.member)
    for url, data in (
        (reverse("network:edit_profile"), {"first_name": "X"}),
        (reverse("network:contact", args=[people.president.pk]), {"subject": "s", "body": "b"}),
        (reverse("network:request"), {"service": "ibb_training", "message": "m"}),
        (reverse("network:claim"), {"organization": people.district.pk}),
        (reverse("network:delete_account"), {"password": "x-Passw0rd-x"}),
    ):
        assert strict.post(url, data).status_code == 403, url
    assert type(people.member).objects.filter(pk=people.member.pk).exists()
    assert not ContactMessage.objects.exists()
