from django import template
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import Page

from casestudies.models import CaseStudyIndexPage
from events.models import EventIndexPage
from forums.models import CommunityIndexPage
from resources.models import ResourceIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """Header links: home, the two libraries, the communities and the events (wherever
    editors put them), topics, and comparing clauses."""
    request = context.get("request")
    items = [{"label": "Home", "url": "/"}]
    sections = (
        (CaseStudyIndexPage, "Case studies"),
        (ResourceIndexPage, "Resources"),
        (CommunityIndexPage, "Communities"),
        (EventIndexPage, "Events"),
    )
    # One query for every section (this runs on every page), the first of each kind in
    # tree order.
    found = {}
    for page in Page.objects.live().type(*(model for model, _ in sections)).order_by("path"):
        found.setdefault(page.content_type_id, page)
    for model, label in sections:
        index_page = found.get(ContentType.objects.get_for_model(model).pk)
        if index_page:
            items.append({"label": label, "url": index_page.get_url(request)})
    items.append({"label": "Network", "url": reverse("network:members")})
    items.append({"label": "Topics", "url": reverse("topic_list")})
    items.append({"label": "Compare", "url": reverse("compare:index")})
    return items
