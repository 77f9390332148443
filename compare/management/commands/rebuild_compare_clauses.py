from django.core.management.base import BaseCommand

from compare import indexing


class Command(BaseCommand):
    help = (
        "Rebuild the clause index of the compare page from the live, public case studies "
        "and resources. Publishing and privacy changes keep it in step; run this after "
        "loading data with signals off (e.g. loaddata)."
    )

    def handle(self, *args, **options):
        count = indexing.rebuild()
        self.stdout.write(f"Indexed {count} clauses.")
