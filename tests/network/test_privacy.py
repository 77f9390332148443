"""A member's own data: export and deletion; messages between members."""

import json

import pytest
from django.core import mail
from django.urls import reverse

from alerts.models import SavedSearch
from compare.models import SavedComparison
from forums import posting
from forums.factories import CommunityPageFactory
from forums.models import CommunityIndexPage, Post, Thread
from network.models import ContactMessage, MemberProfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def community(db):
    return CommunityPageFactory(parent=CommunityIndexPage.objects.get())


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


def test_export_holds_the_members_saved_searches_only(people, login):
    SavedSearch.objects.create(owner=people.member, name="PAR", query_string="q=PAR")
    SavedSearch.objects.create(owner=people.president, name="Theirs", query_string="q=MOU")
    data = json.loads(login(people.member).get(reverse("network:export_data")).content)
    assert [(s["name"], s["search"]) for s in data["saved_searches"]] == [("PAR", "q=PAR")]


def test_export_holds_the_members_saved_comparisons_only(people, login):
    mine = SavedComparison.objects.create(owner=people.member, name="Transfers", clause_ids=["a1"])
    SavedComparison.objects.create(owner=people.president, name="Theirs", clause_ids=["b2"])
    data = json.loads(login(people.member).get(reverse("network:export_data")).content)
    assert data["saved_comparisons"] == [
        {
            "name": "Transfers",
            "clauses": ["a1"],
            "share_link": reverse("compare:shared", args=[mine.share_token]),
            "created_at": mine.created_at.isoformat(),
            "updated_at": mine.updated_at.isoformat(),
        }
    ]


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


# What deletion keeps and erases (network.privacy's docstring) ------------------------------
def test_deletion_erases_what_it_promises_and_discards_held_posts(
    people, login, community, settings, django_capture_on_commit_callbacks
):
    from forums.models import Flag, PostEdit
    from network.core.models import OutgoingEmail
    from network.models import FacilitatorRequest

    member, president = people.member, people.president
    thread = posting.start_thread(community, member, "Kept title", "Visible words.")
    visible = thread.posts.get()
    posting.edit_post(visible, member, "Visible words, edited.")
    hidden = posting.add_reply(thread, member, "Soon hidden words.")
    posting.set_hidden(hidden, True)
    others = posting.add_reply(thread, president, "The president's answer.")
    flag = Flag.objects.create(post=others, reporter=member, reason="other", details="My why.")
    settings.FORUMS_HOLD_FIRST_POSTS = 100  # the member's next posts wait for approval
    held_reply = posting.add_reply(thread, member, "Held reply words.")
    held_thread = posting.start_thread(community, member, "Held title", "Held question.")
    assert held_reply.held and held_thread.held
    settings.FORUMS_HOLD_FIRST_POSTS = 0
    sent = ContactMessage.objects.create(
        sender=member, recipient=president, subject="Out", body="Sent words."
    )
    received = ContactMessage.objects.create(
        sender=president, recipient=member, subject="In", body="Received words."
    )
    request = FacilitatorRequest.objects.create(
        requester=member, service="ibb_training", message="Request words."
    )
    client = login(member)
    with django_capture_on_commit_callbacks(execute=False):  # the emails stay queued
        client.post(
            reverse("network:contact", args=[president.pk]),
            {"subject": "Queued", "body": "Queued words."},
        )
    assert OutgoingEmail.objects.filter(sender=member).exists()

    response = client.post(reverse("network:delete_account"), {"password": "x-Passw0rd-x"})
    assert response.status_code == 302

    # Kept, by "Former member".
    visible.refresh_from_db()
    assert visible.author is None and visible.body == "Visible words, edited."
    assert Thread.objects.get(pk=thread.pk).title == "Kept title"
    assert Post.objects.get(pk=others.pk).author == president
    # Erased.
    assert not PostEdit.objects.filter(post=visible).exists()
    assert not Post.objects.filter(body__contains="Soon hidden words").exists()
    assert Post.objects.filter(pk=hidden.pk, hidden=True).exists()  # its place stays
    flag.refresh_from_db()
    assert flag.reporter is None and flag.details == ""
    assert not ContactMessage.objects.filter(pk__in=[sent.pk, received.pk]).exists()
    assert not ContactMessage.objects.filter(body="Queued words.").exists()
    request.refresh_from_db()
    assert "Request words." not in request.message and request.requester is None
    assert not OutgoingEmail.objects.filter(body__contains="Queued words.").exists()
    # Discarded: a moderator can no longer see or approve the held posts.
    assert not Post.objects.filter(pk=held_reply.pk).exists()
    assert not Thread.objects.filter(pk=held_thread.pk).exists()
    moderator = login(people.moderator)
    queue = moderator.get(reverse("forums_held_posts")).content.decode()
    assert "Held reply words." not in queue and "Held question." not in queue
    review = reverse("forums_review_held_post", args=[held_reply.pk])
    assert moderator.post(review, {"decision": "approve"}).status_code == 404
    for text in ("Soon hidden", "Held", "Sent words", "Received words", "Request words"):
        assert not Post.objects.filter(body__contains=text).exists()


def test_export_holds_edits_messages_notifications_and_emails(people, login, community):
    from forums.models import Notification
    from network.emails import queue_contact_message

    member, president = people.member, people.president
    thread = posting.start_thread(community, member, "Edited", "First words.")
    post = thread.posts.get()
    posting.edit_post(post, member, "Second words.")
    answer = posting.add_reply(thread, president, "An answer.")
    posting.edit_post(answer, member, "A moderator-style edit of the answer.")
    Notification.objects.filter(user=member, post=answer).update(read_at=post.created_at)
    ContactMessage.objects.create(sender=president, recipient=member, subject="Hi", body="To you.")
    sent = ContactMessage.objects.create(
        sender=member, recipient=president, subject="Yo", body="From you."
    )
    queue_contact_message(sent)  # into the outbox, queued
    data = json.loads(login(member).get(reverse("network:export_data")).content)

    own = [e for e in data["post_edits"] if not e.get("post_of_another_member")]
    assert [e["previous_body"] for e in own] == ["First words."]
    [theirs] = [e for e in data["post_edits"] if e.get("post_of_another_member")]
    assert theirs["post_id"] == answer.pk and "previous_body" not in theirs
    assert [m["body"] for m in data["messages_received"]] == ["To you."]
    assert data["messages_received"][0]["from"] == "President Tester"
    assert [m["body"] for m in data["messages_sent"]] == ["From you."]
    [notification] = data["notifications"]
    assert notification["post_id"] == answer.pk and notification["read_at"] is not None
    [email] = data["emails"]
    assert email["purpose"] == "contact message" and email["to"] == ["president@example.org"]
    assert email["status"] == "queued"
