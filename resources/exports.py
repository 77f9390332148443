"""Search results as a list of references: ``/search/export/<format>/?<the search's query>``.

The search is the visitor's own (its text, filters and sort, read by
``SearchQuery.from_params``) and runs through the one engine interface, so only what
the engine shows anyone appears; its hits are read in order, page after page, up to
``EXPORT_LIMIT``. Case studies and resources become references; other hits (threads,
events, teams...) are left out (docs/citations.md).
"""

from dataclasses import replace
from urllib.parse import urlsplit

from django.http import Http404
from django.utils import timezone
from django.views.decorators.http import require_GET

from search.engines import get_engine
from search.query import SearchQuery

from .citations import FORMATS, reference_for
from .downloads import citation_download
from .models import LibraryPage
from .search import RESOURCE

EXPORT_LIMIT = 500  # results read; the search page says so beside the links
BATCH = 100
# The kinds of the library's entries: resources/search.py and casestudies/search.py
# (named, not imported: case studies sit above resources).
LIBRARY_KINDS = {RESOURCE, "case_study"}


def library_hits(query, limit=None):
    """The paths of the library hits among the first ``limit`` results, in order."""
    limit = EXPORT_LIMIT if limit is None else limit
    engine, paths, page = get_engine(), [], 1
    while (page - 1) * BATCH < limit:
        results = engine.search(replace(query, page=page, per_page=BATCH))
        batch = results.hits[: limit - (page - 1) * BATCH]
        paths += [urlsplit(hit.url).path for hit in batch if hit.kind in LIBRARY_KINDS]
        if not results.has_next or results.page < page:
            break
        page += 1
    return list(dict.fromkeys(paths))


def pages_at(paths, request):
    """Live, public library pages at ``paths``, in that order (the index may lag behind
    a page that was just withdrawn: such a hit is dropped here)."""
    slugs = {path.rstrip("/").rsplit("/", 1)[-1] for path in paths}
    candidates = LibraryPage.objects.live().public().filter(slug__in=slugs).specific()
    by_path = {}
    for page in candidates:
        parts = page.get_url_parts(request=request)
        if parts:
            by_path[parts[2]] = page
    return [by_path[path] for path in paths if path in by_path]


def organization_names(pages):
    """page id -> its organizations' names by name, in one query."""
    through = LibraryPage.organizations.through
    names = {page.pk: [] for page in pages}
    rows = (
        through.objects.filter(librarypage_id__in=names)
        .order_by("organization__name")
        .values_list("librarypage_id", "organization__name")
    )
    for page_id, name in rows:
        names[page_id].append(name)
    return names


@require_GET
def export_search(request, format_name):
    if format_name not in FORMATS:
        raise Http404("No such export format.")
    query = replace(SearchQuery.from_params(request.GET), page=1)
    pages = pages_at(library_hits(query), request)
    names = organization_names(pages)
    base, today = request.build_absolute_uri("/"), timezone.localdate()
    references = [
        reference_for(page, base, accessed=today, organizations=names[page.pk]) for page in pages
    ]
    return citation_download(references, format_name, "sameside-search-results")
