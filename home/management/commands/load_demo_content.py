from django.core.management.base import BaseCommand, CommandError

from home.demo.loader import DemoDataError, DemoLoader


class Command(BaseCommand):
    help = (
        "Load the demo clearinghouse: site tree, topics, organizations, case studies, "
        "resources and their documents. Safe to run again: existing content is left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--refresh",
            action="store_true",
            help="Re-apply the demo data to pages that already exist (publishes a new revision).",
        )

    def handle(self, *args, refresh=False, verbosity=1, **options):
        loader = DemoLoader(refresh=refresh, stdout=self.stdout if verbosity >= 1 else None)
        try:
            report = loader.run()
        except DemoDataError as error:
            raise CommandError(str(error)) from error
        if verbosity >= 1:
            for line in report.lines():
                self.stdout.write(line)
