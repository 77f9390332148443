"""Rebuild or inspect the search index.

manage.py search_index rebuild   # entries from every live, public page, the database's
                                 # full-text index (and Elasticsearch)
manage.py search_index status    # counts, which engine is serving, full-text triggers
"""

import sys

from django.core.management.base import BaseCommand

from search import indexing
from search.dialects import dialect, fulltext_triggers_in_place
from search.engines import elasticsearch_engine, get_engine
from search.models import SearchEntry


def progress_bar(stream, label):
    """A text progress bar that redraws in place on a terminal and prints sparsely otherwise."""
    interactive = hasattr(stream, "isatty") and stream.isatty()

    def update(done, total):
        if not total:
            return
        width = 30
        filled = int(width * done / total)
        line = f"{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
        if interactive:
            stream.write("\r" + line)
            if done == total:
                stream.write("\n")
            stream.flush()
        elif done == total or done % max(1, total // 10) == 0:
            stream.write(line + "\n")

    return update


class Command(BaseCommand):
    help = "Rebuild the search index (database entries and, when configured, Elasticsearch)."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "status"])

    def handle(self, *args, action, **options):
        if action == "status":
            health = get_engine().health()
            self.stdout.write(f"Entries: {SearchEntry.objects.count()}")
            self.stdout.write(f"Serving: {health['engine']}")
            if fulltext_triggers_in_place():
                self.stdout.write("Full-text triggers: in place")
            else:
                self.stderr.write(
                    "Full-text triggers: MISSING (a migration rebuilt search_searchentry; "
                    "see search/migrations/0003_fulltext.py)"
                )
            if "elasticsearch" in health:
                self.stdout.write(f"Elasticsearch: {health['elasticsearch']}")
            return
        stream = sys.stdout if self.stdout._out is sys.stdout else self.stdout._out
        count = indexing.rebuild_entries(progress=progress_bar(stream, "Entries      "))
        dialect().rebuild_fulltext()
        self.stdout.write(f"Indexed {count} entries in the database.")
        engine = elasticsearch_engine()
        if engine is not None:
            total = engine.rebuild(
                SearchEntry.objects.all(), progress=progress_bar(stream, "Elasticsearch")
            )
            self.stdout.write(f"Indexed {total} entries in Elasticsearch.")
