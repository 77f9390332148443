"""``{% comparable page as flag %}``: whether a page's clauses can be added to a
comparison (the page is live and public), asked once per page and kept on it."""

from django import template

from network.core.restrictions import restricted_pages

register = template.Library()


@register.simple_tag
def comparable(page):
    if page is None or not getattr(page, "pk", None):
        return False
    if not hasattr(page, "_compare_public"):
        # The restrictions read once per request (what the page's own lists use too),
        # not a query per page: a restriction covers its page's whole subtree.
        page._compare_public = page.live and not any(
            page.path.startswith(restricted.path) for restricted in restricted_pages()
        )
    return page._compare_public
