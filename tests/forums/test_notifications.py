"""Watch levels, who is notified of a new post, and the emails that go out."""

import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from forums import emails, notify, posting, watching
from forums.models import (
    Digest,
    EmailMode,
    MemberPreferences,
    Notification,
    NotificationKind,
    Post,
    Subscription,
    WatchLevel,
)

pytestmark = pytest.mark.django_db


def notified(post):
    return {n.user.username: n for n in Notification.objects.filter(post=post)}


def test_authors_watch_threads_they_start_or_reply_to(forum):
    people = forum.people
    assert watching.effective_level(people.asker, forum.thread) == WatchLevel.WATCHING
    assert watching.effective_level(people.other, forum.thread) == WatchLevel.WATCHING
    assert watching.effective_level(people.member, forum.thread) == WatchLevel.NORMAL


def test_auto_watch_can_be_turned_off(forum):
    MemberPreferences.objects.create(user=forum.people.member, auto_watch=False)
    posting.add_reply(forum.thread, forum.people.member, "No watching for me.")
    assert not Subscription.objects.filter(user=forum.people.member).exists()


def test_auto_watch_keeps_a_level_the_member_chose(forum):
    watching.set_level(forum.people.member, WatchLevel.MUTED, thread=forum.thread)
    posting.add_reply(forum.thread, forum.people.member, "Still muted.")
    assert watching.effective_level(forum.people.member, forum.thread) == WatchLevel.MUTED


def test_levels_decide_who_hears_of_a_post(forum, committed):
    people, thread = forum.people, forum.thread
    watching.set_level(people.member, WatchLevel.TRACKING, community=forum.public)
    watching.set_level(people.facilitator, WatchLevel.WATCHING, community=forum.public)
    watching.set_level(people.moderator, WatchLevel.MUTED, community=forum.public)
    # The thread level wins over the community level.
    watching.set_level(people.moderator, WatchLevel.TRACKING, thread=thread)
    watching.set_level(people.private_member, WatchLevel.NORMAL, community=forum.public)
    mail.outbox.clear()

    post = committed(posting.add_reply, thread, people.other, "A second reply.")
    got = notified(post)
    assert set(got) == {"asker", "member", "facilitator", "moderator"}
    assert got["asker"].email_mode == EmailMode.NOW  # watching (auto-watched)
    assert got["facilitator"].email_mode == EmailMode.NOW
    assert got["member"].email_mode == EmailMode.DIGEST  # tracking: in the digest
    assert got["moderator"].email_mode == EmailMode.DIGEST
    assert {n.kind for n in got.values()} == {NotificationKind.POST}
    assert sorted(m.to[0] for m in mail.outbox) == ["asker@example.org", "facilitator@example.org"]


def test_normal_members_hear_of_replies_to_them_and_muted_ones_of_nothing(forum):
    people = forum.people
    watching.set_level(people.asker, WatchLevel.NORMAL, thread=forum.thread)
    reply = posting.add_reply(
        forum.thread, people.member, "Answering you.", reply_to=forum.question
    )
    assert notified(reply)["asker"].kind == NotificationKind.REPLY
    assert notified(reply)["asker"].email_mode == EmailMode.NOW

    watching.set_level(people.asker, WatchLevel.MUTED, thread=forum.thread)
    muted = posting.add_reply(
        forum.thread, people.member, "Again, @asker.", reply_to=forum.question
    )
    assert "asker" not in notified(muted)


def test_mention_emails_follow_the_preference(forum):
    MemberPreferences.objects.create(user=forum.people.member, email_mentions=False)
    post = posting.add_reply(forum.thread, forum.people.other, "What do you think, @member?")
    got = notified(post)["member"]
    assert got.kind == NotificationKind.MENTION
    assert got.email_mode == EmailMode.NONE  # still in the in-site list


def test_private_posts_reach_only_people_who_can_see_them(forum):
    # The outsider once watched the private community, e.g. before leaving its group.
    Subscription.objects.create(
        user=forum.people.outsider, community=forum.private, level=WatchLevel.WATCHING
    )
    watching.set_level(forum.people.facilitator, WatchLevel.WATCHING, community=forum.private)
    post = posting.add_reply(
        forum.private_thread, forum.people.private_member, "Circle only. @outsider @member"
    )
    assert set(notified(post)) == {"facilitator"}


def test_hidden_and_held_posts_are_not_listed(forum, login):
    post = posting.add_reply(forum.thread, forum.people.other, "Soon hidden.")
    client = login(forum.people.asker)
    assert "Soon hidden" not in client.get(reverse("forums_notifications")).content.decode()
    assert client.get(reverse("forums_notifications")).status_code == 200
    notification = Notification.objects.get(post=post, user=forum.people.asker)
    html = client.get(reverse("forums_notifications")).content.decode()
    assert reverse("forums_open_notification", args=[notification.pk]) in html
    posting.set_hidden(post, True)
    html = client.get(reverse("forums_notifications")).content.decode()
    assert reverse("forums_open_notification", args=[notification.pk]) not in html
    opened = client.get(reverse("forums_open_notification", args=[notification.pk]))
    assert opened.status_code == 404


def test_the_notification_list_marks_read(forum, login):
    post = posting.add_reply(forum.thread, forum.people.other, "Read me.")
    notification = Notification.objects.get(post=post, user=forum.people.asker)
    client = login(forum.people.asker)
    unread = Notification.objects.filter(user=forum.people.asker, read_at=None).count()
    assert unread == 2  # the fixture's reply, and this one
    home = client.get("/").content.decode()
    assert '2<span class="visually-hidden"> unread</span>' in home
    response = client.get(reverse("forums_open_notification", args=[notification.pk]))
    assert response.status_code == 302 and f"#post-{post.pk}" in response.url
    notification.refresh_from_db()
    assert notification.read_at is not None
    # Other members cannot open it.
    other = login(forum.people.member)
    assert other.get(reverse("forums_open_notification", args=[notification.pk])).status_code == 404


def test_opening_the_thread_reads_its_notifications(forum, login):
    post = posting.add_reply(forum.thread, forum.people.other, "Seen on the page.")
    client = login(forum.people.asker)
    client.get(forum.thread.get_absolute_url())
    assert Notification.objects.get(post=post, user=forum.people.asker).read_at is not None


def test_mark_all_read(forum, login):
    posting.add_reply(forum.thread, forum.people.other, "One.")
    posting.add_reply(forum.thread, forum.people.member, "Two.")
    client = login(forum.people.asker)
    assert Notification.objects.filter(user=forum.people.asker).unread().count() == 3
    client.post(reverse("forums_mark_all_read"))
    assert Notification.objects.filter(user=forum.people.asker).unread().count() == 0


def test_watch_forms_set_levels(forum, login):
    client = login(forum.people.member)
    url = reverse("forums:watch_community", args=[forum.public.slug])
    assert client.post(url, {"level": "tracking"}).status_code == 302
    assert watching.explicit_level(forum.people.member, community=forum.public) == "tracking"
    assert client.post(url, {"level": "nonsense"}).status_code == 302
    assert watching.explicit_level(forum.people.member, community=forum.public) == "tracking"
    page = client.get(forum.public.url).content.decode()
    assert '<option value="tracking" selected>' in page


# Emails -------------------------------------------------------------------------------------
def test_emails_thread_in_mail_clients(forum, settings, committed):
    settings.WAGTAILADMIN_BASE_URL = "https://sameside.example"
    mail.outbox.clear()
    first = committed(posting.add_reply, forum.thread, forum.people.member, "First.")
    answer = committed(
        posting.add_reply, forum.thread, forum.people.member, "Second.", reply_to=forum.reply
    )
    by_body = {m.body.split("\n\n")[1]: m for m in mail.outbox if m.to == ["asker@example.org"]}
    root = f"<thread-{forum.thread.pk}@sameside.example>"

    plain = by_body["First."]
    assert plain.subject == f"Re: [{forum.public.title}] {forum.thread.title}"
    assert plain.extra_headers["Message-ID"] == f"<post-{first.pk}@sameside.example>"
    assert plain.extra_headers["In-Reply-To"] == root
    assert plain.extra_headers["References"] == root

    nested = by_body["Second."]
    parent = f"<post-{forum.reply.pk}@sameside.example>"
    assert nested.extra_headers["Message-ID"] == f"<post-{answer.pk}@sameside.example>"
    assert nested.extra_headers["In-Reply-To"] == parent
    assert nested.extra_headers["References"] == f"{root} {parent}"
    # Links point at the site, and the HTML part holds the sanitized post.
    assert f"https://sameside.example{answer.get_absolute_url()}" in nested.body
    html = nested.alternatives[0][0]
    assert "<p>Second.</p>" in html


def test_emails_carry_a_one_click_unsubscribe(forum, settings, committed):
    settings.WAGTAILADMIN_BASE_URL = "https://sameside.example"
    mail.outbox.clear()
    committed(posting.add_reply, forum.thread, forum.people.member, "Tell the asker.")
    message = next(m for m in mail.outbox if m.to == ["asker@example.org"])
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert url.startswith("https://sameside.example/notifications/unsubscribe/")
    path = url.removeprefix("https://sameside.example")
    assert path in message.body

    # A mail client's one-click POST: no session, no CSRF token; the signature authorizes.
    client = Client(enforce_csrf_checks=True)
    assert client.get(path).status_code == 200
    assert watching.effective_level(forum.people.asker, forum.thread) == WatchLevel.WATCHING
    response = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert watching.effective_level(forum.people.asker, forum.thread) == WatchLevel.NORMAL
    mail.outbox.clear()
    committed(posting.add_reply, forum.thread, forum.people.member, "No email now.")
    assert not [m for m in mail.outbox if m.to == ["asker@example.org"]]


def test_a_tampered_unsubscribe_link_changes_nothing(forum):
    token = emails.unsubscribe_token(forum.people.asker, f"thread:{forum.thread.pk}")
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    response = Client().post(reverse("forums_unsubscribe", args=[forged]))
    assert response.status_code == 400
    assert watching.effective_level(forum.people.asker, forum.thread) == WatchLevel.WATCHING


def test_unsubscribing_from_mentions_and_digest(forum):
    for scope, check in (
        ("mentions", lambda p: not p.email_mentions),
        ("digest", lambda p: p.digest == Digest.NONE),
    ):
        token = emails.unsubscribe_token(forum.people.member, scope)
        assert Client().post(reverse("forums_unsubscribe", args=[token])).status_code == 200
        assert check(MemberPreferences.objects.get(user=forum.people.member))


class BrokenMailBackend:
    """An email backend whose server refuses every message, like an SMTP outage."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


def test_a_failing_mail_server_loses_no_post_and_the_email_is_retried(
    forum, settings, login, committed
):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailBackend"
    client = login(forum.people.member)
    url = reverse("forums:reply", args=[forum.public.slug, forum.thread.pk])
    response = committed(client.post, url, {"body": "Saved whatever the mail server does."})
    assert response.status_code == 302
    post = Post.objects.get(body="Saved whatever the mail server does.")
    notification = Notification.objects.get(post=post, user=forum.people.asker)
    assert notification.emailed_at is None
    assert notification.email_attempts == 1
    assert "SMTPServerDisconnected" in notification.email_error
    assert notification.email_next_attempt_at > timezone.now()

    # Not due yet: the command leaves it alone.
    call_command("send_notification_emails", verbosity=0)
    notification.refresh_from_db()
    assert notification.email_attempts == 1

    # The server is back and the pause is over: the command sends it, once.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    Notification.objects.filter(pk=notification.pk).update(
        email_next_attempt_at=timezone.now() - timedelta(seconds=1)
    )
    mail.outbox.clear()
    call_command("send_notification_emails", verbosity=0)
    notification.refresh_from_db()
    assert notification.emailed_at is not None
    assert [m.to for m in mail.outbox] == [["asker@example.org"]]
    call_command("send_notification_emails", verbosity=0)
    assert len(mail.outbox) == 1


def test_retries_stop_after_the_last_attempt(forum, settings, committed):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailBackend"
    settings.FORUMS_EMAIL_MAX_ATTEMPTS = 2
    post = committed(posting.add_reply, forum.thread, forum.people.member, "Try twice.")
    notification = Notification.objects.get(post=post, user=forum.people.asker)
    Notification.objects.filter(pk=notification.pk).update(email_next_attempt_at=None)
    call_command("send_notification_emails", verbosity=0)
    notification.refresh_from_db()
    assert notification.email_attempts == 2
    assert not Notification.objects.email_due().filter(pk=notification.pk).exists()


def test_retry_delay_grows_and_is_capped():
    delays = [emails.retry_delay(n) for n in range(1, 12)]
    assert delays[:4] == [timedelta(minutes=m) for m in (1, 2, 4, 8)]
    assert delays == sorted(delays)
    assert max(delays) == timedelta(hours=6)


def test_digest_command_sends_tracked_posts_once(forum):
    member = forum.people.member
    MemberPreferences.objects.create(user=member, digest=Digest.DAILY)
    watching.set_level(member, WatchLevel.TRACKING, community=forum.public)
    posting.add_reply(forum.thread, forum.people.other, "Tracked one.")
    posting.add_reply(forum.thread, forum.people.asker, "Tracked two.")
    mail.outbox.clear()

    call_command("send_digests", period="weekly", verbosity=0)
    assert not mail.outbox  # the member chose daily
    call_command("send_digests", period="daily", verbosity=0)
    assert [m.to for m in mail.outbox] == [["member@example.org"]]
    digest = mail.outbox[0]
    assert "2 new posts" in digest.subject
    assert forum.thread.title in digest.body
    assert "/notifications/unsubscribe/" in digest.extra_headers["List-Unsubscribe"]
    mail.outbox.clear()
    call_command("send_digests", period="daily", verbosity=0)
    assert not mail.outbox


def test_a_failed_digest_keeps_its_items(forum, settings):
    member = forum.people.member
    MemberPreferences.objects.create(user=member, digest=Digest.WEEKLY)
    watching.set_level(member, WatchLevel.TRACKING, thread=forum.thread)
    posting.add_reply(forum.thread, forum.people.other, "Kept for later.")
    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailBackend"
    call_command("send_digests", period="weekly", verbosity=0)
    assert Notification.objects.filter(user=member, emailed_at__isnull=True).count() == 1
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox.clear()
    call_command("send_digests", period="weekly", verbosity=0)
    assert len(mail.outbox) == 1


def test_one_notification_per_member_per_post_with_the_strongest_kind(forum):
    post = posting.add_reply(
        forum.thread, forum.people.member, "@asker see this", reply_to=forum.question
    )
    rows = Notification.objects.filter(post=post, user=forum.people.asker)
    assert [n.kind for n in rows] == [NotificationKind.MENTION]
    # Announcing again (e.g. a retried approval) adds nothing.
    notify.notify_post(post, mentioned=[forum.people.asker])
    assert Notification.objects.filter(post=post, user=forum.people.asker).count() == 1


def test_preferences_page_saves_name_and_choices(forum, login):
    client = login(forum.people.member)
    data = {
        "first_name": "Dana",
        "last_name": "Lee",
        "auto_watch": "",
        "email_mentions": "on",
        "digest": "daily",
    }
    assert client.post(reverse("forums_preferences"), data).status_code == 302
    prefs = MemberPreferences.objects.get(user=forum.people.member)
    assert (prefs.auto_watch, prefs.email_mentions, prefs.digest) == (False, True, "daily")
    forum.people.member.refresh_from_db()
    assert forum.people.member.get_full_name() == "Dana Lee"
    bad = client.post(reverse("forums_preferences"), {**data, "digest": "hourly"})
    assert bad.status_code == 400
    assert 'value="Dana"' in bad.content.decode()


def test_no_email_for_a_private_post_once_the_member_has_left_the_group(forum):
    # The email is queued on commit, which this test's transaction never reaches: the
    # member leaves the group before it is sent.
    member = forum.people.private_member
    watching.set_level(member, WatchLevel.WATCHING, thread=forum.private_thread)
    post = posting.add_reply(forum.private_thread, forum.people.facilitator, "Circle news.")
    notification = Notification.objects.get(post=post, user=member)
    assert notification.email_mode == EmailMode.NOW
    member.groups.remove(forum.circle)
    mail.outbox.clear()
    assert not emails.deliver(notification.pk)
    assert not mail.outbox
    notification.refresh_from_db()
    assert notification.email_mode == EmailMode.NONE


def test_titles_are_one_line_so_email_subjects_are_valid(forum, login, committed):
    client = login(forum.people.member)
    url = reverse("forums:ask", args=[forum.public.slug])
    data = {"title": "Line one\r\nBcc: victim@example.org", "body": "Body."}
    assert client.post(url, data).status_code == 302
    thread = forum.public.threads.get(title__startswith="Line one")
    assert thread.title == "Line one Bcc: victim@example.org"
    mail.outbox.clear()
    committed(posting.add_reply, thread, forum.people.other, "An answer.")
    assert [m.subject for m in mail.outbox] == [f"Re: [{forum.public.title}] {thread.title}"]
