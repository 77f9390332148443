"""Background index updates (django-tasks): run after the change is committed."""

from django.db import transaction
from django_tasks import task
from wagtail.models import Page

from . import indexing


def enqueue_sync(page_id, include_descendants=False):
    """Re-sync a page's entry (and those below it) once the change is committed."""
    transaction.on_commit(
        lambda: sync_page_entry.enqueue(page_id, include_descendants=include_descendants)
    )


@task()
def sync_page_entry(page_id, include_descendants=False):
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        indexing.remove_page(page_id)
    elif include_descendants:
        indexing.sync_tree(page)
    else:
        indexing.sync(page)
        if indexing.child_urls_are_stale(page):  # e.g. the parent's slug changed
            indexing.sync_tree(page)


@task()
def remove_page_entry(page_id):
    indexing.remove_page(page_id)
