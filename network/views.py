from django.shortcuts import get_object_or_404, render

from resources.views import visible_library_pages

from .models import Organization


def organization_detail(request, slug):
    organization = get_object_or_404(Organization.objects.select_related("partner"), slug=slug)
    pages = visible_library_pages().filter(organizations=organization).order_by("title").specific()
    return render(
        request,
        "network/organization_detail.html",
        {
            "organization": organization,
            "library_pages": pages,
            "crumbs": [{"label": organization.name, "url": organization.get_absolute_url()}],
        },
    )
