"""The outbox: every email is stored first and sent by the worker with retries, and no
request waits on the mail server (down, or hung). Real SMTP servers (aiosmtpd), a refusing
port, a silent TCP server and real threads; no mocks."""

import base64
import http.client
import re
import threading
import time
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings as django_settings
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from forums import posting
from forums.factories import CommunityPageFactory
from forums.models import CommunityIndexPage, Notification, Post
from network.core import outbox
from network.core.models import EmailStatus, OutgoingEmail
from network.models import ContactMessage, Facilitator, FacilitatorRequest
from tests.mailservers import SilentServer, free_port, start_inbox, use_smtp

QUICK = 2.0  # seconds: well under any SMTP timeout the tests set


@pytest.fixture
def inbox(request):
    handler, controller = start_inbox()
    request.addfinalizer(controller.stop)
    return handler


@pytest.fixture
def mail_down(settings):
    """SMTP pointed at a port where nothing listens: every connection is refused."""
    use_smtp(settings, free_port())


def mail_is_back(settings, inbox):
    """The server answers again and the pause before the next attempt is over."""
    use_smtp(settings, inbox.port)
    OutgoingEmail.objects.update(next_attempt_at=timezone.now())


def text_of(message):
    return message.get_body(preferencelist=("plain",)).get_content()


def posted(client, committed, url, data):
    """POST as a real request would run: the view's commit callbacks (queueing the
    email, which with the immediate backend tries the server) run too. Returns the
    response and the seconds it took."""
    start = time.monotonic()
    response = committed(client.post, url, data)
    return response, time.monotonic() - start


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


# Mail down: members are told the truth, and nothing is lost -----------------------------
@pytest.mark.django_db
def test_a_contact_message_while_mail_is_down_is_queued_then_delivered(
    people, login, mail_down, settings, committed, inbox
):
    client = login(people.member)
    url = reverse("network:contact", args=[people.president.pk])
    response, seconds = posted(client, committed, url, {"subject": "PAR", "body": "Kept."})
    assert response.status_code == 302 and seconds < QUICK
    page = client.get(response.url).content.decode()
    assert "queued" in page and "is sent" not in page
    assert ContactMessage.objects.filter(sender=people.member, body="Kept.").exists()
    email = OutgoingEmail.objects.get(purpose="contact message")
    assert (email.status, email.attempts) == (EmailStatus.QUEUED, 1)
    assert "ConnectionRefused" in email.last_error
    assert email.next_attempt_at > timezone.now()
    assert (email.user, email.sender) == (people.president, people.member)

    mail_is_back(settings, inbox)
    call_command("send_queued_email", verbosity=0)
    [message] = inbox.to("president@example.org")
    assert message["Reply-To"] == "member@example.org"
    assert "Kept." in text_of(message)
    email.refresh_from_db()
    assert email.status == EmailStatus.SENT and email.sent_at is not None
    assert email.body == ""  # the text is not kept once delivered
    call_command("send_queued_email", verbosity=0)
    assert len(inbox.messages) == 1


@pytest.mark.django_db
def test_a_facilitator_request_while_mail_is_down_is_queued_then_delivered(
    people, login, mail_down, settings, committed, inbox
):
    facilitator = Facilitator.objects.create(
        user=people.president, summary="Trains teams.", services=["ibb_training"]
    )
    client = login(people.superintendent)
    data = {"facilitator": facilitator.pk, "service": "ibb_training", "message": "Help us."}
    response, seconds = posted(client, committed, reverse("network:request"), data)
    assert response.status_code == 302 and seconds < QUICK
    page = client.get(response.url).content.decode()
    assert "queued" in page
    assert FacilitatorRequest.objects.filter(message="Help us.").exists()
    email = OutgoingEmail.objects.get(purpose="facilitator request")
    assert email.status == EmailStatus.QUEUED and email.sender == people.superintendent

    mail_is_back(settings, inbox)
    call_command("send_queued_email", verbosity=0)
    [message] = inbox.to("moderator@example.org")
    assert "Help us." in text_of(message)


@pytest.mark.django_db
def test_sign_up_while_mail_is_down_answers_and_the_verification_arrives_later(
    client, mail_down, settings, committed, inbox
):
    address = "newcomer@example.org"
    data = {
        "email": address,
        "password1": "Collab0rate-Together",
        "password2": "Collab0rate-Together",
    }
    response, seconds = posted(client, committed, reverse("account_signup"), data)
    assert response.status_code == 302 and seconds < QUICK
    page = client.get(response.url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "queued" in html and "We have sent" not in html
    email = OutgoingEmail.objects.get(to=[address])
    assert email.purpose == "email_confirmation_signup" and email.status == EmailStatus.QUEUED
    assert email.user.email == address

    mail_is_back(settings, inbox)
    call_command("send_queued_email", verbosity=0)
    [message] = inbox.to(address)
    links = re.findall(r"https?://\S+/accounts/confirm-email/(\S+)/", text_of(message))
    assert len(links) == 1
    confirm = client.post(reverse("account_confirm_email", args=[links[0]]))
    assert confirm.status_code == 302
    assert EmailAddress.objects.get(email=address).verified


@pytest.mark.django_db
def test_password_reset_while_mail_is_down_answers_and_the_link_arrives_later(
    client, people, mail_down, settings, committed, inbox
):
    EmailAddress.objects.create(
        user=people.member, email=people.member.email, verified=True, primary=True
    )
    url = reverse("account_reset_password")
    response, seconds = posted(client, committed, url, {"email": people.member.email})
    assert response.status_code == 302 and seconds < QUICK
    html = client.get(response.url).content.decode()
    assert "queued" in html and "We have sent" not in html
    email = OutgoingEmail.objects.get(purpose="password_reset_key")
    assert email.user == people.member and email.status == EmailStatus.QUEUED

    mail_is_back(settings, inbox)
    call_command("send_queued_email", verbosity=0)
    [message] = inbox.to(people.member.email)
    assert "/accounts/password/reset/key/" in text_of(message)
    email.refresh_from_db()
    assert email.body == ""  # the one-time link is not kept in the database


# Retries, giving up, claiming -------------------------------------------------------------
def queue_one(**kwargs):
    message = EmailMultiAlternatives(
        subject="Hello", body="Plain text.", to=["someone@example.org"], **kwargs
    )
    return outbox.queue(message, purpose="test")


@pytest.mark.django_db
def test_a_failed_email_is_retried_with_backoff_then_given_up(
    mail_down, settings, inbox, committed
):
    settings.OUTBOX_MAX_ATTEMPTS = 3
    email = committed(queue_one)  # the commit queues it; the immediate task tries once
    email.refresh_from_db()
    assert email.attempts == 1
    first_pause = email.next_attempt_at - timezone.now()
    assert timedelta(seconds=50) < first_pause <= timedelta(minutes=1)

    assert not outbox.deliver(email.pk)  # not due yet: nothing is tried
    email.refresh_from_db()
    assert email.attempts == 1

    OutgoingEmail.objects.filter(pk=email.pk).update(next_attempt_at=timezone.now())
    call_command("send_queued_email", verbosity=0)
    email.refresh_from_db()
    assert email.attempts == 2 and email.status == EmailStatus.QUEUED
    second_pause = email.next_attempt_at - timezone.now()
    assert timedelta(minutes=1, seconds=50) < second_pause <= timedelta(minutes=2)

    OutgoingEmail.objects.filter(pk=email.pk).update(next_attempt_at=timezone.now())
    call_command("send_queued_email", verbosity=0)
    email.refresh_from_db()
    assert email.attempts == 3 and email.status == EmailStatus.FAILED
    OutgoingEmail.objects.filter(pk=email.pk).update(next_attempt_at=timezone.now())
    call_command("send_queued_email", verbosity=0)
    email.refresh_from_db()
    assert email.attempts == 3  # given up: the command leaves it alone

    # Staff fix the server and send the given-up emails again.
    use_smtp(settings, inbox.port)
    call_command("send_queued_email", "--retry-failed", verbosity=0)
    email.refresh_from_db()
    assert email.status == EmailStatus.SENT
    assert len(inbox.to("someone@example.org")) == 1


def test_retry_delay_grows_and_is_capped():
    delays = [outbox.retry_delay(n) for n in range(1, 15)]
    assert delays[:4] == [timedelta(minutes=m) for m in (1, 2, 4, 8)]
    assert delays == sorted(delays)
    assert max(delays) == timedelta(hours=6)


@pytest.mark.django_db
def test_the_whole_message_survives_the_outbox(settings, inbox):
    use_smtp(settings, inbox.port)
    message = EmailMultiAlternatives(
        subject="Panel meeting",
        body="Plain text.",
        from_email="SameSide <noreply@sameside.test>",
        to=["a@example.org"],
        cc=["b@example.org"],
        bcc=["c@example.org"],
        reply_to=["d@example.org"],
        headers={"Message-ID": "<post-1@sameside.test>", "In-Reply-To": "<thread-1@x>"},
    )
    message.attach_alternative("<p>HTML text.</p>", "text/html")
    invite = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    message.attach("invite.ics", invite, "text/calendar")
    email = outbox.queue(message, purpose="test")
    assert email.attachments[0]["content"] == base64.b64encode(invite).decode()
    assert outbox.deliver(email.pk)
    [received] = inbox.messages
    assert received["Message-ID"] == "<post-1@sameside.test>"
    assert received["In-Reply-To"] == "<thread-1@x>"
    assert received["Cc"] == "b@example.org" and received["Reply-To"] == "d@example.org"
    assert "Bcc" not in received
    assert len(inbox.to("c@example.org")) == 1  # the Bcc got it
    assert received.get_body(preferencelist=("html",)).get_content().strip() == (
        "<p>HTML text.</p>"
    )
    [attachment] = list(received.iter_attachments())
    assert attachment.get_filename() == "invite.ics"
    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_payload(decode=True) == invite


@pytest.mark.django_db
def test_a_send_that_never_finished_is_taken_back(settings, inbox):
    use_smtp(settings, inbox.port)
    email = queue_one()
    # A worker claimed it and died before recording anything.
    claimed = timezone.now() - timedelta(seconds=settings.OUTBOX_CLAIM_TIMEOUT + 1)
    OutgoingEmail.objects.filter(pk=email.pk).update(status=EmailStatus.SENDING, claimed_at=claimed)
    assert outbox.send_due() == (1, 0)
    assert len(inbox.messages) == 1


@pytest.mark.django_db(transaction=True)
def test_two_workers_delivering_the_same_email_send_it_once(settings):
    slow, controller = start_inbox(delay=0.5)  # both workers are in flight together
    try:
        use_smtp(settings, slow.port)
        # Written directly: queueing would commit and send it at once (immediate tasks).
        email = OutgoingEmail.objects.create(
            purpose="test", from_email="a@example.org", to=["b@example.org"], subject="Once"
        )
        start = threading.Barrier(2)
        results = []

        def worker():
            start.wait()
            try:
                results.append(outbox.deliver(email.pk))
            finally:
                connection.close()  # this thread's own connection

        threads = [threading.Thread(target=worker) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=10)
        assert sorted(results) == [False, True]
        assert len(slow.messages) == 1
        assert OutgoingEmail.objects.get(pk=email.pk).status == EmailStatus.SENT
    finally:
        controller.stop()


# The admin -----------------------------------------------------------------------------------
@pytest.mark.django_db
def test_moderators_see_the_outbox_read_only(people, login):
    email = queue_one()
    OutgoingEmail.objects.filter(pk=email.pk).update(last_error="SMTPServerDisconnected: x")
    listing = reverse("wagtailsnippets_core_outgoingemail:list")
    admin = login(people.moderator)
    html = admin.get(listing).content.decode()
    assert "someone@example.org" in html and "SMTPServerDisconnected" in html
    assert "Plain text." not in html  # bodies are never shown
    edit = admin.get(reverse("wagtailsnippets_core_outgoingemail:edit", args=[email.pk]))
    assert edit.status_code in (302, 403)
    assert login(people.member).get(listing).status_code in (302, 403)


# Mail hung: no request waits on it -----------------------------------------------------------
class Browser:
    """A signed-in visitor talking HTTP to the live server."""

    def __init__(self, server_url, user):
        client = Client()
        client.force_login(user)
        self.cookies = {
            django_settings.SESSION_COOKIE_NAME: client.cookies[
                django_settings.SESSION_COOKIE_NAME
            ].value
        }
        self.host, port = server_url.removeprefix("http://").split(":")
        self.port = int(port)

    def request(self, method, path, data=None):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if data is not None:
            body = urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://{self.host}:{self.port}{path}"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read().decode()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name] = rest.split(";")[0]
        connection.close()
        return response.status, content

    def post_form(self, path, data):
        """GET the form (for the CSRF token), then POST it; returns (status, seconds)."""
        status, page = self.request("GET", path)
        assert status == 200, page[:500]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        start = time.monotonic()
        status, _ = self.request("POST", path, {**data, "csrfmiddlewaretoken": token})
        return status, time.monotonic() - start


def wait_until(condition, seconds):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


@pytest.mark.django_db(transaction=True)
def test_a_hung_mail_server_never_holds_a_reply_or_a_contact_message(people, live_server, settings):
    """The default immediate task backend used to send inside the request: a hung mail
    server held the reply until gunicorn killed the worker, and the saved post was then
    posted twice on retry. Now the response comes first and the attempt after it."""
    hung = SilentServer()
    timeout = 4
    use_smtp(settings, hung.port, timeout=timeout)
    try:
        community = CommunityPageFactory(parent=CommunityIndexPage.objects.get())
        thread = posting.start_thread(community, people.president, "Hung mail", "Question.")
        browser = Browser(live_server.url, people.member)

        reply_url = reverse("forums:reply", args=[community.slug, thread.pk])
        status, seconds = browser.post_form(reply_url, {"body": "Answered at once."})
        assert status == 302 and seconds < timeout / 2, seconds
        post = Post.objects.get(body="Answered at once.")
        # The president watches their thread: the email is tried after the response,
        # fails on the timeout, and is kept for a retry.
        notification = Notification.objects.get(post=post, user=people.president)
        assert wait_until(
            lambda: Notification.objects.get(pk=notification.pk).email_attempts == 1,
            timeout + 5,
        )
        assert "timed out" in Notification.objects.get(pk=notification.pk).email_error

        contact_url = reverse("network:contact", args=[people.president.pk])
        status, seconds = browser.post_form(contact_url, {"subject": "Hi", "body": "Hung."})
        assert status == 302 and seconds < timeout / 2, seconds
        email = OutgoingEmail.objects.get(purpose="contact message")
        assert wait_until(lambda: OutgoingEmail.objects.get(pk=email.pk).attempts == 1, timeout + 5)
        email.refresh_from_db()
        assert email.status == EmailStatus.QUEUED and "timed out" in email.last_error
        assert Post.objects.filter(body="Answered at once.").count() == 1
    finally:
        hung.close()
