"""Cron (every ~10 minutes): queue the event emails that are due (events/reminders.py)."""

from django.core.management.base import BaseCommand

from events.reminders import send_due_reminders


def counted(number, singular, plural):
    return f"{number} {singular if number == 1 else plural}"


class Command(BaseCommand):
    help = (
        "Queue the event emails that are due: day and hour reminders, materials notes, "
        "cancellation notices and the teams' follow-up invitations (each once)."
    )

    def handle(self, *args, **options):
        sent = send_due_reminders()
        self.stdout.write(
            ", ".join(
                [
                    counted(sent.day, "day reminder", "day reminders"),
                    counted(sent.hour, "hour reminder", "hour reminders"),
                    counted(sent.materials, "materials note", "materials notes"),
                    counted(sent.cancelled, "cancellation notice", "cancellation notices"),
                    counted(sent.teams, "team invited", "teams invited"),
                ]
            )
            + " queued."
        )
