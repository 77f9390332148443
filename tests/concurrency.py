"""Run requests in several threads at once, as simultaneous requests reach several
workers: each thread has its own test client and database connection."""

import threading

from django.db import connections
from django.test import Client


def race(user, count, request):
    """Call ``request(client, number)`` from ``count`` threads released together, each
    with a client logged in as ``user``. Returns the results in thread order; a thread's
    exception is re-raised here."""
    return race_members([user] * count, request)


def race_members(users, request):
    """Like ``race``, with one thread per member of ``users`` (several members
    submitting at once): ``request(client, number)`` runs as ``users[number]``."""
    count = len(users)
    barrier = threading.Barrier(count, timeout=30)
    results = [None] * count
    errors = []

    def run(number):
        try:
            client = Client()
            client.force_login(users[number])
            barrier.wait()
            results[number] = request(client, number)
        except BaseException as error:  # noqa: BLE001 - reported by the main thread
            errors.append(error)
            barrier.abort()
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(number,)) for number in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    if errors:
        raise errors[0]
    return results
