"""The citation of one case study or resource: ``/cite/<page id>.<format>``."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET

from .citations import FORMATS, reference_for
from .downloads import citation_download
from .models import LibraryPage


def visible_to(page, request):
    """Whether ``request``'s visitor may see ``page`` under Wagtail's view restrictions
    (sign-in, groups, password) on it or its ancestors, as serving the page checks."""
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


@require_GET
def cite_page(request, page_id, format_name):
    """Live pages only, and only to visitors who may see them: anyone else gets the same
    404 as for a page that does not exist."""
    if format_name not in FORMATS:
        raise Http404("No such citation format.")
    page = get_object_or_404(LibraryPage.objects.live(), pk=page_id).specific
    restricted = page.get_view_restrictions().exists()
    if restricted and not visible_to(page, request):
        raise Http404("No such page.")
    reference = reference_for(page, request.build_absolute_uri("/"), accessed=timezone.localdate())
    if not reference.url:
        raise Http404("This page is not on the site.")
    response = citation_download([reference], format_name, page.slug)
    if restricted:
        patch_cache_control(response, private=True)
    return response
