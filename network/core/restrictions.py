"""``public(queryset)``: Wagtail's ``PageQuerySet.public()``, with the page view
restrictions read once per GET request.

Wagtail reads every ``PageViewRestriction`` with a query each time ``public()`` is
called, and a page calls it several times (its lists, the related pages, the count of
notifications in the header). The restrictions are kept with ``per_request.remember``
and forgotten whenever a restriction is saved or deleted or a page moves (apps.py).
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction

from . import per_request


def _read_restricted_pages():
    return [
        restriction.page
        for restriction in PageViewRestriction.objects.select_related("page").order_by("pk")
    ]


def restricted_pages():
    """The pages that carry a view restriction (each restricts its subtree too)."""
    return per_request.remember("restricted_pages", _read_restricted_pages)


def public(queryset):
    """``queryset.public()``: the pages outside every restricted subtree."""
    private = Q()
    for page in restricted_pages():
        private |= queryset.descendant_of_q(page, inclusive=True)
    # As Wagtail: with no restriction, exclude nothing.
    return queryset.exclude(private if private else Q(pk__in=[]))


def is_public(page):
    """Whether ``page`` is outside every restricted subtree (``public()`` for one page)."""
    return not any(page.path.startswith(restricted.path) for restricted in restricted_pages())
