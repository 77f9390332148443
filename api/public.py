"""What the public read API may show, whoever asks: the same answer with or without a
session, so a member's or an editor's access never leaks through a script.

- Pages: live, without a view restriction on them or above them (Wagtail's ``public()``,
  whatever the request could unlock), and of a type in ``API_PAGE_TYPES``: the library
  and the site's own pages. Communities and events are left out: a private community, or
  a session of one, is a live and unrestricted page to Wagtail, private only by its app's
  rules.
- Documents and images: in a collection without a view restriction (on it or above it),
  and held by a page the API shows (an inline row of that page, such as a resource's
  documents). A file uploaded for a draft, a restricted page or a private community is
  not listed.
"""

from django.apps import apps
from django.conf import settings
from modelcluster.fields import ParentalKey
from wagtail.models import Page

from resources.api_fields import restricted_collection_ids

DEFAULT_PAGE_TYPES = (
    "home.HomePage",
    "home.StandardPage",
    "casestudies.CaseStudyIndexPage",
    "casestudies.CaseStudyPage",
    "resources.ResourceIndexPage",
    "resources.ResourcePage",
)


def page_models():
    names = getattr(settings, "API_PAGE_TYPES", DEFAULT_PAGE_TYPES)
    return [apps.get_model(name) for name in names]


def public_pages(queryset=None):
    """``queryset`` (all pages by default) cut to what the API shows."""
    queryset = Page.objects.all() if queryset is None else queryset
    return queryset.live().public().exact_type(*page_models())


def page_inlines(model):
    """(inline model, its field to ``model``, its field to the page) for every inline row
    of a page that holds a ``model`` (a document or an image)."""
    for relation in model._meta.related_objects:
        inline = relation.related_model
        for field in inline._meta.get_fields():
            if isinstance(field, ParentalKey) and issubclass(field.related_model, Page):
                yield inline, relation.field.name, field.name


def held_by_public_pages(model):
    """Ids of the ``model`` objects that a page the API shows holds."""
    ids = set()
    for inline, own_field, page_field in page_inlines(model):
        pages = public_pages(Page.objects.all()).values("pk")
        ids.update(
            inline.objects.filter(**{f"{page_field}__in": pages}).values_list(
                f"{own_field}_id", flat=True
            )
        )
    return ids


def public_files(queryset):
    """Documents or images (``queryset``) cut to what the API shows."""
    return queryset.filter(pk__in=held_by_public_pages(queryset.model)).exclude(
        collection__in=restricted_collection_ids()
    )
