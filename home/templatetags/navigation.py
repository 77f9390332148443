from django import template
from django.urls import reverse

from casestudies.models import CaseStudyIndexPage
from events.models import EventIndexPage
from forums.models import CommunityIndexPage
from resources.models import ResourceIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """Header links: home, the two libraries, the communities and the events (wherever
    editors put them), topics."""
    request = context.get("request")
    items = [{"label": "Home", "url": "/"}]
    sections = (
        (CaseStudyIndexPage, "Case studies"),
        (ResourceIndexPage, "Resources"),
        (CommunityIndexPage, "Communities"),
        (EventIndexPage, "Events"),
    )
    for model, label in sections:
        index_page = model.objects.live().first()
        if index_page:
            items.append({"label": label, "url": index_page.get_url(request)})
    items.append({"label": "Network", "url": reverse("network:members")})
    items.append({"label": "Topics", "url": reverse("topic_list")})
    return items
