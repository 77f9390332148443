"""``manage.py run_worker``: ``db_worker`` that survives database outages (see
``network.core.worker``). Takes the same options as ``db_worker``."""

from django_tasks_db.management.commands import db_worker

from network.core.worker import ResilientWorker


class Command(db_worker.Command):
    help = "Run the background task worker; it waits out database outages instead of exiting."

    def handle(self, *args, **options):
        # db_worker's handle() builds its loop from the module's ``Worker``; swapping it for
        # the run keeps every option, the signals and autoreload exactly as db_worker has them.
        original = db_worker.Worker
        db_worker.Worker = ResilientWorker
        try:
            return super().handle(*args, **options)
        finally:
            db_worker.Worker = original
