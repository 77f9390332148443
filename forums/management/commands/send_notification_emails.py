"""Send notification emails that are due: retries after a failure, and any the task
backend could not take. Run it from cron every few minutes."""

from django.core.management.base import BaseCommand

from forums import emails


class Command(BaseCommand):
    help = "Send (or retry) the community notification emails that are due."

    def handle(self, *args, **options):
        def progress(done, total):
            if self.verbosity >= 2 or done == total:
                self.stdout.write(f"{done}/{total} emails tried")

        self.verbosity = options["verbosity"]
        sent, failed = emails.send_due(progress=progress)
        style = self.style.SUCCESS if not failed else self.style.WARNING
        self.stdout.write(style(f"Sent {sent}, failed {failed} (failures are retried later)."))
