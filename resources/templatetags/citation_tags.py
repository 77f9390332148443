"""``{% cite_this page %}``: the "Cite this" box of a case study or resource."""

from django import template
from django.urls import reverse
from django.utils import timezone

from network.core.links import site_url

from ..citations import FORMAT_LABELS, apa, reference_for

register = template.Library()

# The files a page offers (CSV is for lists: the search export).
PAGE_FORMATS = ("ris", "bibtex", "csl-json")


@register.inclusion_tag("resources/includes/cite_this.html", takes_context=True)
def cite_this(context, page):
    request = context.get("request")
    base = request.build_absolute_uri("/") if request else site_url("/")
    organizations = [org.name for org in page.organization_list]
    reference = reference_for(
        page, base, accessed=timezone.localdate(), organizations=organizations
    )
    downloads = [
        {"label": FORMAT_LABELS[name], "url": reverse("cite_page", args=[page.pk, name])}
        for name in PAGE_FORMATS
    ]
    return {"reference": reference, "apa": apa(reference), "downloads": downloads}
