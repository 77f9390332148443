"""Search alerts over a real SMTP server (aiosmtpd): new content is sent once, nothing
new sends nothing, weekly waits for its day, a mail outage loses nothing, and private
content is never in an alert."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import PageViewRestriction

from alerts import sending
from alerts.models import Alert, SavedSearch
from forums import posting
from forums.models import CommunityIndexPage, CommunityPage
from network.core import outbox
from network.core.models import EmailStatus, OutgoingEmail
from tests.mailservers import start_inbox, use_smtp

from .conftest import publish_resource, save_search

pytestmark = pytest.mark.django_db

QUERY = "q=panel+vote"


def text_of(message):
    return message.get_body(preferencelist=("plain",)).get_content()


def unfolded(header):
    """A header as one line (long ones are folded on the wire)."""
    return "".join(str(header).split())


def run_alerts(committed, now=None):
    return committed(sending.run, now=now)


def test_new_matching_content_is_emailed_with_threading_and_unsubscribe(
    library, people, inbox, committed
):
    saved = save_search(people.owner, QUERY)
    publish_resource("A voting panel for peer review", "How the panel vote is counted.")
    publish_resource("Unrelated toolkit", "Nothing about that here.")

    assert run_alerts(committed) == (1, 0, 0)

    [message] = inbox.to("owner@example.org")
    body = text_of(message)
    assert "A voting panel for peer review" in body
    assert "Unrelated toolkit" not in body
    assert "https://sameside.test/resources/" in body  # network.core.links.site_url
    alert = Alert.objects.get()
    assert message["Message-ID"] == f"<search-alert-{alert.pk}@sameside.test>"
    assert message["In-Reply-To"] == f"<saved-search-{saved.pk}@sameside.test>"
    assert message["References"] == f"<saved-search-{saved.pk}@sameside.test>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = re.fullmatch(
        r"<(https://sameside\.test/saved-searches/unsubscribe/\S+/)>",
        unfolded(message["List-Unsubscribe"]),
    ).group(1)
    assert link in body
    assert [item.title for item in alert.items.all()] == ["A voting panel for peer review"]
    assert alert.status == EmailStatus.SENT


def test_nothing_new_sends_nothing_and_nothing_is_sent_twice(library, people, inbox, committed):
    saved = save_search(people.owner, QUERY)
    assert run_alerts(committed) == (0, 1, 0)  # what it found when saved is not news
    assert inbox.messages == [] and not Alert.objects.exists()

    publish_resource("A voting panel for peer review", "How the panel vote is counted.")
    tomorrow = timezone.now() + timedelta(days=1)
    assert run_alerts(committed, tomorrow) == (1, 0, 0)
    assert run_alerts(committed, tomorrow) == (0, 0, 0)  # checked already today: not due
    day_after = tomorrow + timedelta(days=1)
    assert run_alerts(committed, day_after) == (0, 1, 0)  # due, but nothing new
    assert len(inbox.to("owner@example.org")) == 1
    saved.refresh_from_db()
    assert saved.last_checked_at == day_after


def test_an_edited_page_that_was_reported_is_not_sent_again(library, people, inbox, committed):
    save_search(people.owner, QUERY)
    page = publish_resource("A voting panel for peer review", "How the panel vote is counted.")
    assert run_alerts(committed) == (1, 0, 0)
    page.summary = "How the panel vote is counted, revised."
    revision = page.save_revision()
    committed(revision.publish)
    assert run_alerts(committed, timezone.now() + timedelta(days=1)) == (0, 1, 0)


def test_weekly_goes_out_on_its_day_daily_every_day(library, people, inbox, committed):
    weekly = save_search(people.owner, QUERY, frequency="weekly", name="Weekly", days_ago=7)
    daily = save_search(people.other, QUERY, frequency="daily", name="Daily", days_ago=1)
    publish_resource("A voting panel for peer review", "How the panel vote is counted.")
    saved_on = timezone.localtime(weekly.created_at)
    not_its_day = saved_on + timedelta(days=10)  # three days after its day
    weekly.last_checked_at = saved_on + timedelta(days=7)
    weekly.save()

    run_alerts(committed, not_its_day - timedelta(days=2))  # the weekly one's day is 7 days in
    assert [m["To"] for m in inbox.messages] == ["other@example.org"]

    on_its_day = saved_on + timedelta(days=14, hours=1)
    assert sending.is_due(SavedSearch.objects.get(pk=weekly.pk), on_its_day)
    assert not sending.is_due(SavedSearch.objects.get(pk=weekly.pk), not_its_day)
    run_alerts(committed, on_its_day)
    assert sorted(m["To"] for m in inbox.messages) == ["other@example.org", "owner@example.org"]
    assert daily.alerts.count() == 1 and weekly.alerts.count() == 1
    assert weekly.alerts.get().frequency == "weekly"


def test_mail_down_then_back_loses_nothing(library, people, mail_down, settings, committed):
    save_search(people.owner, QUERY)
    publish_resource("A voting panel for peer review", "How the panel vote is counted.")
    assert run_alerts(committed) == (1, 0, 0)  # written down even though the send failed
    email = OutgoingEmail.objects.get(purpose="search alert")
    assert email.status == EmailStatus.QUEUED and email.attempts == 1 and email.last_error
    # The next run does not alert again about what is waiting in the outbox.
    assert run_alerts(committed, timezone.now() + timedelta(days=1)) == (0, 1, 0)

    handler, controller = start_inbox()
    try:
        use_smtp(settings, handler.port)
        OutgoingEmail.objects.update(next_attempt_at=timezone.now())
        assert outbox.send_due() == (1, 0)
        [message] = handler.to("owner@example.org")
        assert "A voting panel for peer review" in text_of(message)
        assert Alert.objects.get().status == EmailStatus.SENT
    finally:
        controller.stop()


def test_content_withdrawn_while_mail_is_down_is_taken_out_of_the_waiting_alert(
    library, people, mail_down, settings, committed
):
    save_search(people.owner, QUERY)
    publish_resource("A voting panel for peer review", "How the panel vote is counted.")
    later = publish_resource("Panel vote, to be restricted", "Another panel vote.")
    assert run_alerts(committed) == (1, 0, 0)
    assert Alert.objects.get().items.count() == 2
    committed(PageViewRestriction.objects.create, page=later, restriction_type="login")

    assert run_alerts(committed, timezone.now() + timedelta(days=1)) == (0, 1, 0)
    [email] = OutgoingEmail.objects.filter(purpose="search alert")
    assert "Panel vote, to be restricted" not in email.body + str(email.alternatives)
    assert [item.title for item in Alert.objects.get().items.all()] == [
        "A voting panel for peer review"
    ]

    handler, controller = start_inbox()
    try:
        use_smtp(settings, handler.port)
        OutgoingEmail.objects.update(next_attempt_at=timezone.now())
        assert outbox.send_due() == (1, 0)
        [message] = handler.to("owner@example.org")
        assert "A voting panel for peer review" in text_of(message)
        assert "to be restricted" not in message.as_string()
    finally:
        controller.stop()


def test_one_click_unsubscribe_stops_the_alerts(library, people, inbox, committed):
    saved = save_search(people.owner, QUERY)
    publish_resource("A voting panel for peer review", "How the panel vote is counted.")
    run_alerts(committed)
    [message] = inbox.messages
    link = unfolded(message["List-Unsubscribe"]).strip("<>").removeprefix("https://sameside.test")

    client = Client(enforce_csrf_checks=True)
    assert "Unsubscribe" in client.get(link).content.decode()
    saved.refresh_from_db()
    assert saved.subscribed  # a GET (a link scanner) changes nothing
    response = client.post(link, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    saved.refresh_from_db()
    assert not saved.subscribed and saved.unsubscribed_at

    publish_resource("Another panel vote", "A second panel vote.")
    assert run_alerts(committed, timezone.now() + timedelta(days=1)) == (0, 0, 0)
    assert len(inbox.messages) == 1


def test_a_forged_or_stale_unsubscribe_token_changes_nothing(people, client):
    saved = save_search(people.owner, "")
    token = sending.unsubscribe_token(saved)
    assert client.post(f"/saved-searches/unsubscribe/{token}x/").status_code == 400
    assert client.post("/saved-searches/unsubscribe/not-a-token/").status_code == 400
    saved.refresh_from_db()
    assert saved.subscribed
    saved.delete()
    assert client.post(f"/saved-searches/unsubscribe/{token}/").status_code == 400


def test_private_content_is_never_in_an_alert(library, people, inbox, committed):
    circle = Group.objects.create(name="Circle")
    people.owner.groups.add(circle)  # the owner may read the private community itself
    private = CommunityPage(
        title="Private circle",
        slug="private-circle",
        description="Private.",
        private_group=circle,
    )
    CommunityIndexPage.objects.get().add_child(instance=private)
    private.save_revision().publish()
    committed(
        posting.start_thread, private, people.owner, "Secret panel vote", "A panel vote, privately."
    )
    restricted = publish_resource("Restricted panel vote", "A panel vote behind a login.")
    committed(PageViewRestriction.objects.create, page=restricted, restriction_type="login")
    draft = publish_resource("Draft panel vote", "A panel vote not yet published.")
    committed(draft.unpublish)
    public = publish_resource("Public panel vote", "The public panel vote.")

    save_search(people.owner, QUERY)  # seen: whatever is public now
    public.delete()
    publish_resource("Public panel vote, again", "The public panel vote, again.")
    assert run_alerts(committed, timezone.now() + timedelta(days=1)) == (1, 0, 0)
    [message] = inbox.messages
    text = message.as_string()
    assert "Public panel vote, again" in text_of(message)
    for secret in ("Secret panel vote", "Restricted panel vote", "Draft panel vote"):
        assert secret not in text
    assert [i.title for i in Alert.objects.get().items.all()] == ["Public panel vote, again"]


def test_the_command_reports_what_it_did(library, people, inbox, committed, capsys):
    save_search(people.owner, QUERY)
    publish_resource("A voting panel for peer review", "How the panel vote is counted.")
    committed(call_command, "send_search_alerts")
    assert "Search alerts: 1 queued, 0 with nothing new, 0 failed" in capsys.readouterr().out
    assert len(inbox.messages) == 1
