"""Step reminders: once per due date, through the outbox with threading and one-click
unsubscribe headers; the task, the cron command, and the unsubscribe link."""

from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from network.core.models import OutgoingEmail
from teams import plans, reminders
from teams.choices import StepStatus
from teams.models import ReminderOptOut, Step


def reminder_emails():
    return OutgoingEmail.objects.filter(purpose="teams.step_reminder")


def test_a_due_step_is_reminded_once_per_due_date(cast, planned):
    today = timezone.localdate()
    assert reminders.send_due_reminders(today) == 1
    assert reminders.send_due_reminders(today) == 0  # the second run finds it claimed
    assert reminders.send_due_reminders(today + timedelta(days=1)) == 0  # still the same date
    email = reminder_emails().get()
    assert email.to == [cast.president.email]
    assert "Agree the panel" in email.body
    assert Step.objects.get(pk=planned.first.pk).reminded_on == today
    # A new, later due date makes it due for a reminder again, once it comes.
    later = today + timedelta(days=3)
    plans.update_step(
        planned.first, cast.member, "Agree the panel", cast.president, later, StepStatus.NOT_STARTED
    )
    assert reminders.send_due_reminders(today) == 0
    assert reminders.send_due_reminders(later) == 1
    assert reminder_emails().count() == 2


def test_the_claim_lets_only_one_run_send(cast, planned):
    step = Step.objects.select_related("goal__plan__team", "owner").get(pk=planned.first.pk)
    today = timezone.localdate()
    assert reminders.remind(step, today) is True
    assert reminders.remind(step, today) is False  # a second worker holding the same row
    assert reminder_emails().count() == 1


def test_done_dropped_ownerless_and_future_steps_are_not_reminded(cast, planned):
    today = timezone.localdate()
    goal = planned.goal
    plans.add_step(goal, cast.member, "Future", cast.president, today + timedelta(days=5))
    plans.add_step(goal, cast.member, "Nobody's", None, today)
    plans.add_step(goal, cast.member, "Done", cast.president, today, StepStatus.DONE)
    plans.add_step(goal, cast.member, "Dropped", cast.president, today, StepStatus.DROPPED)
    assert reminders.send_due_reminders(today) == 1
    assert "Agree the panel" in reminder_emails().get().body


def test_an_owner_who_left_the_team_is_not_reminded(cast, planned):
    cast.team.memberships.filter(user=cast.president).delete()
    assert reminders.send_due_reminders() == 0


def test_the_email_threads_on_the_plan_and_has_one_click_unsubscribe(
    cast, planned, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        reminders.send_due_reminders()
    [message] = mail.outbox
    root = f"<team-plan-{planned.plan.pk}@"
    assert message.extra_headers["In-Reply-To"].startswith(root)
    assert message.extra_headers["References"].startswith(root)
    assert message.extra_headers["Message-ID"].startswith(f"<team-plan-{planned.plan.pk}-step-")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert url in message.body
    assert message.to == [cast.president.email]


def test_the_unsubscribe_link_works_with_one_post(client, cast, planned):
    reminders.send_due_reminders()
    headers = reminder_emails().get().headers
    url = headers["List-Unsubscribe"].strip("<>")
    path = url[url.index("/teams/") :]
    # GET only asks; the mail client's one POST (no session, no CSRF token) turns it off.
    assert "Stop step reminders" in client.get(path).content.decode()
    assert not ReminderOptOut.objects.exists()
    client.handler.enforce_csrf_checks = True
    response = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert ReminderOptOut.objects.filter(user=cast.president, team=cast.team).exists()
    later = timezone.localdate() + timedelta(days=2)
    plans.update_step(
        planned.first, cast.member, "Agree the panel", cast.president, later, StepStatus.NOT_STARTED
    )
    assert reminders.send_due_reminders(later) == 0


def test_a_forged_unsubscribe_link_is_refused(client, cast):
    response = client.post(reverse("teams:reminders_unsubscribe", args=["not-a-token"]))
    assert response.status_code == 400
    assert not ReminderOptOut.objects.exists()


def test_a_member_turns_reminders_off_and_on_from_the_plan_page(client, cast, planned):
    client.force_login(cast.president)
    url = reverse("teams:plan_reminders", args=[cast.team.slug])
    client.post(url, {})
    assert not reminders.wants_reminders(cast.president, cast.team)
    assert reminders.send_due_reminders() == 0
    client.post(url, {"reminders": "on"})
    assert reminders.wants_reminders(cast.president, cast.team)
    assert reminders.send_due_reminders() == 1


def test_the_command_sends_what_is_due(cast, planned, capsys):
    call_command("send_step_reminders")
    assert "1 step reminder queued" in capsys.readouterr().out
    assert reminder_emails().count() == 1


def test_saving_a_step_queues_the_reminder_task(
    client, cast, planned, django_capture_on_commit_callbacks
):
    """The task (immediate backend, queued through ``background.enqueue`` once the change
    commits) reminds the owner of a step saved as due today, through the outbox."""
    client.force_login(cast.member)
    url = reverse("teams:plan_step_add", args=[cast.team.slug, planned.goal.pk])
    data = {
        "title": "Draft the MOU",
        "owner": cast.superintendent.pk,
        "due_date": timezone.localdate().isoformat(),
        "status": "not_started",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302
    assert reminder_emails().filter(to=[cast.superintendent.email]).count() == 1
    assert Step.objects.get(title="Draft the MOU").reminded_on == timezone.localdate()
    assert any(m.to == [cast.superintendent.email] for m in mail.outbox)


def test_opted_out_owners_are_left_out_of_the_query(cast, planned):
    reminders.opt_out(cast.president, cast.team)
    assert not reminders.due_steps(timezone.localdate()).exists()
    reminders.opt_in(cast.president, cast.team)
    assert list(reminders.due_steps(timezone.localdate())) == [planned.first]
