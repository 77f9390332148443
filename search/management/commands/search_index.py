"""Rebuild or inspect the search index.

manage.py search_index rebuild   # entries from every registered source, then each
                                 # configured engine's index (the database's full-text
                                 # index, and Elasticsearch)
manage.py search_index status    # counts, which engine is serving, full-text triggers,
                                 # the circuit breaker and the Elasticsearch backlog
manage.py search_index catch-up  # push the backlog of Elasticsearch writes now (after
                                 # Elasticsearch or the task worker was down)
"""

import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from search import backlog, indexing
from search.dialects import fulltext_triggers_in_place
from search.engines import elasticsearch_engine, get_engine, get_writers
from search.engines.breaker import elasticsearch_breaker
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
        parser.add_argument("action", choices=["rebuild", "status", "catch-up"])

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
                self.stdout.write(f"Waiting for Elasticsearch: {backlog.status()}")
            return
        if action == "catch-up":
            return self.catch_up()
        started = timezone.now()
        stream = sys.stdout if self.stdout._out is sys.stdout else self.stdout._out
        count = indexing.rebuild(progress=progress_bar(stream, "Entries      "))
        self.stdout.write(f"Rebuilt {count} entries.")
        for engine in get_writers():
            total = engine.rebuild(
                SearchEntry.objects.all(), progress=progress_bar(stream, f"{engine.label:13}")
            )
            self.stdout.write(f"Indexed {total} entries in {engine.label}.")
            backlog.after_rebuild(engine, started)

    def catch_up(self):
        if elasticsearch_engine() is None:
            self.stdout.write("Elasticsearch is not configured; nothing to push.")
            return
        # Asked for by a person: try now, whatever the breaker says.
        elasticsearch_breaker().reset()
        pushed = backlog.push()
        if pushed is None:
            raise CommandError(
                f"Elasticsearch could not be written; {backlog.status()['pending']} entries "
                "are still waiting. Check it is up, then run this again."
            )
        self.stdout.write(f"Pushed {pushed} entries to Elasticsearch; nothing is waiting.")
