"""Keep search entries in sync on publish, unpublish, move, delete and privacy changes.

Withdrawals happen here, in the transaction of the change, so a page or thread that
visitors may no longer see leaves search at once, even with the task worker stopped.
Additions and updates (a new page, a lifted restriction, new text) go to a task after
the commit, and may lag. Deleting an item of any registered source removes its entry
(``SourceRegistry.connect_delete_signals``, in ``SearchConfig.ready``).
"""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import indexing
from .tasks import enqueue_sync


@receiver(page_published)
def on_publish(sender, instance, **kwargs):
    indexing.withdraw_if_hidden(instance)  # e.g. a community published as private
    enqueue_sync(instance.pk)


@receiver(page_unpublished)
def on_unpublish(sender, instance, **kwargs):
    indexing.withdraw_pages([instance.pk])
    enqueue_sync(instance.pk, include_descendants=True)


@receiver(post_page_move)
def on_move(sender, instance, **kwargs):
    if instance.get_view_restrictions().exists():  # moved under a restricted section
        indexing.withdraw_subtree(instance)
    enqueue_sync(instance.pk, include_descendants=True)


@receiver(pre_delete, sender=Page)
def on_delete(sender, instance, **kwargs):
    indexing.withdraw_subtree(instance)


@receiver(post_save, sender=PageViewRestriction)
def on_restriction(sender, instance, **kwargs):
    indexing.withdraw_subtree(instance.page)
    enqueue_sync(instance.page_id, include_descendants=True)


@receiver(post_delete, sender=PageViewRestriction)
def on_restriction_lifted(sender, instance, **kwargs):
    enqueue_sync(instance.page_id, include_descendants=True)
