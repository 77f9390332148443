from django import template
from django.urls import reverse

from casestudies.models import CaseStudyIndexPage
from resources.models import ResourceIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """Header links: home, the two libraries (wherever editors put them), topics, search."""
    request = context.get("request")
    items = [{"label": "Home", "url": "/"}]
    for model, label in ((CaseStudyIndexPage, "Case studies"), (ResourceIndexPage, "Resources")):
        index_page = model.objects.live().first()
        if index_page:
            items.append({"label": label, "url": index_page.get_url(request)})
    items.append({"label": "Topics", "url": reverse("topic_list")})
    return items
