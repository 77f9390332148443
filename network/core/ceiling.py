"""The benchmark's ceiling (bench/http_bench.py, docs/performance.md): the least a Django view
can do through the same server and middleware, one query and a 12 KB page, so the pages'
req/s can be read as a share of it. Mounted only when BENCH_CEILING_VIEW is on."""

from django.http import HttpResponse
from wagtail.models import Site

# About 12 KB of markup, the size of a typical page of the site.
_ROW = "<p>Labor and management on the same side of the table.</p>\n"
_BODY = _ROW * (12_000 // len(_ROW))


def ceiling(request):
    site = Site.objects.only("site_name").first()
    name = site.site_name if site else ""
    return HttpResponse(
        f"<!doctype html><html><head><title>{name}</title></head><body>{_BODY}</body></html>"
    )
