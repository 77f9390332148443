"""Topic pages: every curated topic, and everything tagged with one."""

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from network.core.pagination import paginate
from network.core.restrictions import public

from .models import LibraryPage, Topic


def visible_library_pages():
    """Live, public library pages: the only ones visitors may see listed."""
    return public(LibraryPage.objects.live())


def topic_list(request):
    visible = visible_library_pages().values("pk")
    topics = Topic.objects.annotate(
        items=Count("tagged_pages", filter=Q(tagged_pages__content_object__in=visible))
    ).order_by("name")
    crumbs = [{"label": "Topics", "url": reverse("topic_list")}]
    return render(request, "resources/topic_list.html", {"topics": topics, "crumbs": crumbs})


def topic_detail(request, slug):
    topic = get_object_or_404(Topic, slug=slug)
    pages = visible_library_pages().filter(topic_items__tag=topic).order_by("title").specific()
    crumbs = [
        {"label": "Topics", "url": reverse("topic_list")},
        {"label": topic.name, "url": reverse("topic_detail", args=[topic.slug])},
    ]
    return render(
        request,
        "resources/topic_detail.html",
        {"topic": topic, "page_obj": paginate(request, pages), "crumbs": crumbs},
    )
