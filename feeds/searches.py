"""The feed of any search URL: its text and filters, through the one search interface
(``SearchQuery.from_params`` and ``get_engine().search``), newest first.

The index holds only public items. Each hit is then read again from the queryset its own
feed uses, so an entry here is the entry the library or community feed gives: a library
page from the live, public pages, a discussion from the community feed's threads (which
also leaves out a thread whose question a moderator hid). A hit that is neither (an
event) is given as search gives it; its date is a day.
"""

import datetime
from dataclasses import replace
from urllib.parse import urlsplit

from django.urls import Resolver404, resolve, reverse
from wagtail.models import Site

from search.engines import get_engine
from search.query import SearchQuery
from search.views import removable_filters

from .communities import public_threads, thread_entry
from .entries import FEED_SIZE, SITE_NAME, AtomMixin, Channel, Entry, EntryFeed, tag_uri
from .library import page_entry, visible_pages

# The kinds whose hits must be found again in their feed's queryset, or are left out
# (the index may be a moment behind a withdrawal).
LIBRARY_KINDS = ("case_study", "resource")  # casestudies/search.py, resources/search.py
DISCUSSION = "discussion"  # forums/search.py
THREAD_VIEW = "forums:thread"


def hit_path(hit):
    return urlsplit(hit.url).path


def pages_for(request, hits):
    """The live, public library pages the hits point to, by URL path."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    root = site.root_page.url_path.rstrip("/")
    paths = {root + hit_path(hit): hit_path(hit) for hit in hits if hit.kind in LIBRARY_KINDS}
    return {paths[page.url_path]: page for page in visible_pages().filter(url_path__in=paths)}


def thread_id(hit):
    try:
        match = resolve(hit_path(hit))
    except Resolver404:
        return None
    return match.kwargs.get("pk") if match.view_name == THREAD_VIEW else None


def threads_for(hits):
    """The threads the discussion hits point to, among those the community feeds show."""
    ids = {thread_id(hit) for hit in hits if hit.kind == DISCUSSION} - {None}
    threads = public_threads().filter(pk__in=ids).select_related("community")
    return {thread.pk: thread for thread in threads}


def hit_entry(request, hit):
    day = None
    if hit.published_at:
        day = datetime.datetime.fromisoformat(hit.published_at).replace(tzinfo=datetime.UTC)
    return Entry(
        title=hit.title,
        link=request.build_absolute_uri(hit.url),
        guid=tag_uri(request, day, f"{hit.kind}:{hit_path(hit)}"),
        summary=str(hit.snippet),  # escaped by search, matched words in <mark>
        published=day,
        updated=day,
        categories=(hit.kind_label,) if hit.kind_label else (),
    )


def search_entries(request, hits):
    pages, threads = pages_for(request, hits), threads_for(hits)
    entries = []
    for hit in hits:
        if hit.kind in LIBRARY_KINDS:
            page = pages.get(hit_path(hit))
            entries += [page_entry(request, page)] if page else []
        elif hit.kind == DISCUSSION:
            thread = threads.get(thread_id(hit))
            entries += [thread_entry(request, thread.community, thread)] if thread else []
        else:
            entries.append(hit_entry(request, hit))
    return entries


def search_title(shown):
    words = [f"“{shown.text}”"] if shown.text else []
    words += [link["label"] for link in removable_filters(shown)]
    return f"{SITE_NAME} search: {', '.join(words)}" if words else f"{SITE_NAME}: everything new"


class SearchFeed(EntryFeed):
    """Any search URL's text and filters, newest first (the sort asked for is ignored)."""

    def channel(self, request):
        shown = SearchQuery.from_params(request.GET)
        # Only what matches every word, as typed: a feed says what is new for this search.
        query = replace(
            shown, sort="newest", page=1, per_page=FEED_SIZE, correct=False, loosen=False
        )
        results = get_engine().search(query)
        params = shown.urlencode()
        return Channel(
            title=search_title(shown),
            link=request.build_absolute_uri(reverse("search") + (f"?{params}" if params else "")),
            feed_url=request.build_absolute_uri(),
            description="What this search finds, newest first.",
            entries=search_entries(request, results.hits),
        )


class SearchAtomFeed(AtomMixin, SearchFeed):
    pass
