"""What purges the anonymous page cache (``network.core.pagecache``).

Wagtail's own signals cover pages: publishing, unpublishing, moving, deleting, and
privacy (``PageViewRestriction``). Everything else that anonymous pages show is member
or reference data saved in the content apps (forum posts and threads, profiles,
organizations, topics, event registrations, teams...), so a save, delete or many-to-many
change of any model in those apps purges (connected model by model, so that other
models keep Django's fast bulk deletes), bar the models listed below that only their
owner ever sees. Matching by app label keeps the kernel free of imports from the apps
(the import-linter contracts), and a model added later is covered without a line here.
Writes that bypass model signals (``QuerySet.update``) call ``pagecache.purge()``
themselves where they change what visitors see.
"""

from django.apps import apps
from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from . import pagecache

# Apps whose rows show on public pages. "auth" for members' names on posts and profiles;
# wagtailcore, -images and -docs for pages, collections, images and documents; taggit for
# the tags behind topics; search promotions for the search page.
PURGING_APPS = {
    "home",
    "events",
    "teams",
    "network",
    "forums",
    "casestudies",
    "resources",
    "search",
    "auth",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "taggit",
    "wagtailsearchpromotions",
}
# Rows of those apps that no anonymous page shows, some written on every visit by a member
# (ThreadRead), which would otherwise empty the cache all day.
PRIVATE_MODELS = {
    "forums.threadread",
    "forums.notification",
    "forums.subscription",
    "forums.memberpreferences",
    "forums.flag",
    "events.calendartoken",
    "network.contactmessage",
    "network.facilitatorrequest",
    "teams.invitation",
    "teams.reminderoptout",
    "search.searchmiss",
    "wagtailsearchpromotions.query",  # search statistics, written by every search
    "wagtailsearchpromotions.querydailyhits",
    "wagtailcore.pagesubscription",
    "wagtailcore.uploadedfile",
}


def purges(model):
    meta = model._meta
    if issubclass(model, Page):
        return True
    return meta.app_label in PURGING_APPS and meta.label_lower not in PRIVATE_MODELS


def _on_save(sender, update_fields=None, **kwargs):
    if sender._meta.label == settings.AUTH_USER_MODEL and update_fields == frozenset(
        {"last_login"}
    ):
        return  # signing in changes nothing anybody else sees
    pagecache.purge()


def _on_m2m(sender, action, **kwargs):
    if action.startswith("post_"):
        pagecache.purge()


def _always(sender, **kwargs):
    pagecache.purge()


def connect():
    uid = "core.pagecache"
    page_published.connect(_always, dispatch_uid=f"{uid}.page_published")
    page_unpublished.connect(_always, dispatch_uid=f"{uid}.page_unpublished")
    post_page_move.connect(_always, dispatch_uid=f"{uid}.post_page_move")
    published.connect(_always, dispatch_uid=f"{uid}.published")
    unpublished.connect(_always, dispatch_uid=f"{uid}.unpublished")
    # Privacy: Page and PageViewRestriction are in wagtailcore, so the loop covers them;
    # named here as well because these must never drop out.
    for model in (Page, PageViewRestriction):
        post_save.connect(_always, sender=model, dispatch_uid=f"{uid}.save.{model._meta}")
        post_delete.connect(_always, sender=model, dispatch_uid=f"{uid}.delete.{model._meta}")
    for model in apps.get_models(include_auto_created=True):
        if purges(model):
            post_save.connect(_on_save, sender=model, dispatch_uid=f"{uid}.save.{model._meta}")
            post_delete.connect(_always, sender=model, dispatch_uid=f"{uid}.delete.{model._meta}")
            m2m_changed.connect(_on_m2m, sender=model, dispatch_uid=f"{uid}.m2m.{model._meta}")
