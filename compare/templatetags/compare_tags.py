"""``{% comparable page as flag %}``: whether a page's clauses can be added to a
comparison (the page is live and public), asked once per page and kept on it."""

from django import template

from network.core.restrictions import is_public

register = template.Library()


@register.simple_tag
def comparable(page):
    if page is None or not getattr(page, "pk", None):
        return False
    if not hasattr(page, "_compare_public"):
        # The restrictions read once per request, not a query per page.
        page._compare_public = page.live and is_public(page)
    return page._compare_public
