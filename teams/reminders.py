"""Emailing step owners when their steps come due.

A step comes due on its due date. ``send_due_reminders`` (the ``send_step_reminders``
task, queued when a step is saved, and ``manage.py send_step_reminders`` for cron) emails
the owner of every step due today or earlier that is neither done nor dropped, once per
due date: it claims the step with a conditional UPDATE of ``Step.reminded_on`` (only one
run can change it), then queues the email through the outbox in the same transaction.
Moving the due date later makes the step due for a reminder again.

Each email answers the plan's Message-ID (``plans.threading_headers``) and carries a
signed one-click unsubscribe link (``List-Unsubscribe`` and ``List-Unsubscribe-Post``,
RFC 8058) that turns off that member's step reminders for that team (``ReminderOptOut``).
"""

import logging

from django.core import signing
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from network.core import background
from network.core.links import site_url

from . import plans
from .choices import StepStatus
from .models import ReminderOptOut, Step

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "teams.reminders.unsubscribe"


# Unsubscribing ---------------------------------------------------------------------------
def unsubscribe_token(user, team):
    return signing.dumps({"u": user.pk, "t": team.pk}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token):
    """(user id, team id), or None when the token was not made here."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    user_id, team_id = data.get("u"), data.get("t")
    if not isinstance(user_id, int) or not isinstance(team_id, int):
        return None
    return user_id, team_id


def unsubscribe_url(user, team):
    return site_url(reverse("teams:reminders_unsubscribe", args=[unsubscribe_token(user, team)]))


def opt_out(user, team):
    ReminderOptOut.objects.get_or_create(user=user, team=team)


def opt_in(user, team):
    ReminderOptOut.objects.filter(user=user, team=team).delete()


def wants_reminders(user, team):
    return not ReminderOptOut.objects.filter(user=user, team=team).exists()


def list_headers(url):
    return {
        "List-Id": f"SameSide team plans <team-plans.{plans.email_domain()}>",
        "List-Unsubscribe": f"<{url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


# Sending ---------------------------------------------------------------------------------
def due_steps(today):
    """Steps whose owners are owed a reminder: due by ``today``, still open, not reminded
    since they came due, owned by an active member of the team who has not opted out."""
    return (
        Step.objects.filter(due_date__lte=today, owner__isnull=False, owner__is_active=True)
        .exclude(status__in=[StepStatus.DONE, StepStatus.DROPPED])
        .exclude(owner__email="")
        .filter(Q(reminded_on__isnull=True) | Q(reminded_on__lt=F("due_date")))
        .filter(owner__team_memberships__team_id=F("goal__plan__team_id"))
        .exclude(
            Exists(
                ReminderOptOut.objects.filter(
                    user_id=OuterRef("owner_id"), team_id=OuterRef("goal__plan__team_id")
                )
            )
        )
        .select_related("goal__plan__team", "owner")
        .order_by("due_date", "pk")
    )


def claim(step, today):
    """Mark the step reminded; only one caller can (the UPDATE re-checks the condition)."""
    return bool(
        Step.objects.filter(pk=step.pk, due_date=step.due_date)
        .filter(Q(reminded_on__isnull=True) | Q(reminded_on__lt=F("due_date")))
        .update(reminded_on=today)
    )


def remind(step, today):
    """Claim the step and queue its email, together. Returns True if it was queued."""
    plan, owner = step.goal.plan, step.owner
    team = plan.team
    if not wants_reminders(owner, team):  # opted out since ``due_steps`` ran
        return False
    with transaction.atomic():
        if not claim(step, today):
            return False
        unsubscribe = unsubscribe_url(owner, team)
        message_id = (
            f"<team-plan-{plan.pk}-step-{step.pk}-{step.due_date:%Y%m%d}@{plans.email_domain()}>"
        )
        headers = {**plans.threading_headers(plan, message_id), **list_headers(unsubscribe)}
        plans.send(
            plan,
            owner,
            f"Step due: {plans.plan_subject(plan)}",
            "step_reminder",
            {
                "step": step,
                "goal": step.goal,
                "overdue": step.due_date < today,
                "unsubscribe_url": unsubscribe,
            },
            headers,
            "teams.step_reminder",
        )
    return True


def send_due_reminders(today=None):
    """Remind every step owner owed a reminder. Returns how many were queued."""
    today = today or timezone.localdate()
    sent = 0
    for step in due_steps(today):
        try:
            sent += remind(step, today)
        except Exception:  # noqa: BLE001 - one failing step must not stop the others
            logger.exception("Could not remind the owner of step %s", step.pk)
    return sent


@task()
def send_step_reminders():
    """The background task: queue the reminders that are due now."""
    return send_due_reminders()


def queue_reminders():
    """Run the reminders after this change is committed (never inside the request)."""
    transaction.on_commit(lambda: background.enqueue(send_step_reminders))
