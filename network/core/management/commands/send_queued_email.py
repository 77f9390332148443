"""Send every outbox email that is due: run by cron every few minutes, and by hand after
a worker or mail-server outage (``--retry-failed`` first re-queues given-up emails)."""

from django.core.management.base import BaseCommand

from network.core import outbox


class Command(BaseCommand):
    help = "Send the queued emails that are due, and delete old sent ones."

    def add_arguments(self, parser):
        parser.add_argument(
            "--retry-failed",
            action="store_true",
            help="Queue the emails that were given up again, then send them.",
        )

    def handle(self, *args, retry_failed=False, **options):
        if retry_failed:
            again = outbox.retry_failed()
            self.stdout.write(f"{again} given-up email(s) queued again.")
        sent, failed = outbox.send_due()
        pruned = outbox.prune()
        if options["verbosity"]:
            self.stdout.write(
                f"{sent} email(s) sent, {failed} not sent (kept for a retry), "
                f"{pruned} old sent record(s) deleted."
            )
