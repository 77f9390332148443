"""Tasks the worker tests enqueue; importable by a worker in another process."""

from django.db import OperationalError
from django_tasks import task


@task()
def echo(value):
    return value


@task()
def database_went_away():
    # What a task's query raises when the server drops the connection under it.
    raise OperationalError("server closed the connection unexpectedly")
