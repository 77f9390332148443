"""Cron: email the owners of steps that have come due (each step once per due date)."""

from django.core.management.base import BaseCommand

from teams.reminders import send_due_reminders


class Command(BaseCommand):
    help = "Email step owners whose steps have come due (once per due date)."

    def handle(self, *args, **options):
        sent = send_due_reminders()
        self.stdout.write(f"{sent} step reminder{'s' if sent != 1 else ''} queued.")
