"""Send the daily or weekly digest of tracked activity to the members who chose it.

Cron: ``send_digests --period daily`` once a day, ``send_digests --period weekly`` once
a week. A member whose digest fails keeps their items for the next run."""

from django.core.management.base import BaseCommand

from forums import emails
from forums.models import Digest


class Command(BaseCommand):
    help = "Send the daily or weekly community digest to the members who chose it."

    def add_arguments(self, parser):
        parser.add_argument(
            "--period",
            required=True,
            choices=[Digest.DAILY, Digest.WEEKLY],
            help="Which members to send to: those who chose a daily or a weekly digest.",
        )

    def handle(self, *args, **options):
        verbosity = options["verbosity"]

        def progress(done, total):
            if verbosity >= 2 or done == total:
                self.stdout.write(f"{done}/{total} members")

        sent, failed = emails.send_digests(options["period"], progress=progress)
        style = self.style.SUCCESS if not failed else self.style.WARNING
        self.stdout.write(
            style(
                f"{options['period'].capitalize()} digests: {sent} sent, {failed} failed "
                "(failed ones are sent on the next run)."
            )
        )
