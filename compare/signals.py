"""Receivers that keep the clause index in step with publishing, moves and privacy
(connected in ``CompareConfig.ready``). A page's delete cascades to its rows."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import indexing
from .models import Clause


def on_publish(sender, instance, **kwargs):
    indexing.sync_subtree(instance)  # public or not: the sync leaves out a restricted page


def on_unpublish(sender, instance, **kwargs):
    indexing.withdraw_subtree(instance)


def on_move(sender, instance, **kwargs):
    indexing.sync_subtree(instance)  # e.g. moved under a restricted section


def on_restriction(sender, instance, **kwargs):
    indexing.sync_subtree(instance.page)  # added: withdrawn; lifted: back if live


def fill_empty_index(sender, **kwargs):
    """post_migrate: fill the index when it is empty (content loaded before this app, or a
    restored database); from then on changes sync themselves."""
    if not Clause.objects.exists():
        indexing.rebuild()


def connect(app_config=None):
    page_published.connect(on_publish, dispatch_uid="compare.publish")
    page_unpublished.connect(on_unpublish, dispatch_uid="compare.unpublish")
    post_page_move.connect(on_move, dispatch_uid="compare.move")
    post_save.connect(on_restriction, sender=PageViewRestriction, dispatch_uid="compare.restrict")
    post_delete.connect(
        on_restriction, sender=PageViewRestriction, dispatch_uid="compare.unrestrict"
    )
