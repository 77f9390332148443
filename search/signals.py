"""Keep search entries in sync on publish, unpublish, move, delete and privacy changes."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from resources.signals import document_text_changed

from . import tasks


def enqueue_sync(page_id, include_descendants=False):
    transaction.on_commit(
        lambda: tasks.sync_page_entry.enqueue(page_id, include_descendants=include_descendants)
    )


@receiver(page_published)
def on_publish(sender, instance, **kwargs):
    enqueue_sync(instance.pk)


@receiver(page_unpublished)
def on_unpublish(sender, instance, **kwargs):
    enqueue_sync(instance.pk, include_descendants=True)


@receiver(post_page_move)
def on_move(sender, instance, **kwargs):
    enqueue_sync(instance.pk, include_descendants=True)


@receiver(pre_delete, sender=Page)
def on_delete(sender, instance, **kwargs):
    page_id = instance.pk
    transaction.on_commit(lambda: tasks.remove_page_entry.enqueue(page_id))


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def on_privacy_change(sender, instance, **kwargs):
    enqueue_sync(instance.page_id, include_descendants=True)


@receiver(pre_delete, sender=get_document_model())
def on_document_delete(sender, instance, **kwargs):
    # The page links go with the document; re-sync those pages once it is gone.
    from resources.models import ResourceDocument

    for page_id in ResourceDocument.objects.filter(document=instance).values_list(
        "page_id", flat=True
    ):
        enqueue_sync(page_id)


@receiver(document_text_changed)
def on_document_text(sender, document_id, **kwargs):
    from resources.models import ResourceDocument

    for page_id in ResourceDocument.objects.filter(document_id=document_id).values_list(
        "page_id", flat=True
    ):
        enqueue_sync(page_id)


def on_thread_delete(sender, instance, **kwargs):
    from .indexing import remove_thread

    thread_id = instance.pk
    transaction.on_commit(lambda: remove_thread(thread_id))


def connect_forum_signals():
    from forums.models import Thread

    post_delete.connect(on_thread_delete, sender=Thread, dispatch_uid="search_thread_delete")
