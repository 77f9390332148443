"""Email members what is new for their saved searches.

Cron: once a day. Daily searches are checked every run; weekly ones on the weekday they
were saved (``alerts.sending.is_due``). The alerts are written down and queued in the
outbox, which sends them (and retries them; ``send_queued_email`` catches up)."""

from django.core.management.base import BaseCommand

from alerts import sending


class Command(BaseCommand):
    help = "Queue the daily and weekly email alerts of members' saved searches."

    def handle(self, *args, **options):
        verbosity = options["verbosity"]

        def progress(done, total):
            if verbosity >= 2 or done == total:
                self.stdout.write(f"{done}/{total} saved searches")

        queued, quiet, failed = sending.run(progress=progress)
        style = self.style.SUCCESS if not failed else self.style.WARNING
        self.stdout.write(
            style(
                f"Search alerts: {queued} queued, {quiet} with nothing new, {failed} failed "
                "(failed ones are checked again on the next run)."
            )
        )
