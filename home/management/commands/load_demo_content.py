from django.core.management.base import BaseCommand, CommandError

from home.demo.loader import DemoDataError, DemoLoader


class Command(BaseCommand):
    help = (
        "Load the demo clearinghouse from home/demo/content/: site tree, topics, source "
        "reports, organizations, case studies, resources and their documents, communities "
        "and demo people. Every file is checked before anything is written. Safe to run "
        "again: existing content is left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only check the data files (every problem, by file and field); write nothing.",
        )
        parser.add_argument(
            "--refresh",
            action="store_true",
            help="Re-apply the data to pages that already exist (publishes a new revision), "
            "except pages an editor changed since they were loaded.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="With --refresh, overwrite pages an editor changed too.",
        )

    def handle(self, *args, check=False, refresh=False, force=False, verbosity=1, **options):
        loader = DemoLoader(
            refresh=refresh or force,
            force=force,
            check_only=check,
            stdout=self.stdout if verbosity >= 1 else None,
        )
        try:
            report = loader.run()
        except DemoDataError as error:
            raise CommandError(str(error)) from error
        if verbosity >= 1:
            for line in report.lines():
                self.stdout.write(line)
