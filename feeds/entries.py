"""What every feed here is made of: one ``Entry`` per item, built inside the request (so
links are absolute), and the two feed formats around them.

Feeds are anonymous by nature (a feed URL is shared and polled without cookies), so what
goes in an entry never depends on who asks: the querysets that feed them are the ones
an anonymous visitor would get.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.text import Truncator
from wagtail.models import Site

FEED_SIZE = 50  # entries per feed: the newest
SUMMARY_WORDS = 80
SITE_NAME = "SameSide"


@dataclass(frozen=True)
class Entry:
    title: str
    link: str  # absolute
    guid: str  # a tag: URI, stable across edits, moves and hostnames
    summary: str  # HTML: escaped text (Atom's summary and RSS's description are HTML)
    published: datetime.datetime | None = None
    updated: datetime.datetime | None = None
    author: str = ""
    categories: tuple = field(default_factory=tuple)


def escaped_summary(text):
    """Plain text made safe to hand to a feed reader as HTML."""
    return escape(Truncator(" ".join((text or "").split())).words(SUMMARY_WORDS))


def authority(request):
    """The tag URI's authority: the Wagtail Site's hostname, which does not change with
    the address a visitor used (falling back to the request's host)."""
    site = Site.find_for_request(request)
    host = site.hostname if site else ""
    return host or request.get_host().split(":")[0]


def tag_uri(request, when, specific):
    """``tag:host,YYYY-MM-DD:specific`` (RFC 4151): a permanent id for one item."""
    day = (when or datetime.datetime(2000, 1, 1)).strftime("%Y-%m-%d")
    return f"tag:{authority(request)},{day}:{specific}"


@dataclass(frozen=True)
class Channel:
    """The feed itself: what ``get_object`` works out from the request."""

    title: str
    link: str  # the HTML page it follows (absolute)
    feed_url: str  # its own address (absolute)
    description: str
    entries: list


class EntryFeed(Feed):
    """A feed of ``Entry`` objects; subclasses give ``channel(request, **kwargs)``."""

    feed_type = Rss201rev2Feed
    author_name = SITE_NAME  # Atom wants an author for the feed when entries lack one

    def channel(self, request, **kwargs):
        raise NotImplementedError

    def get_object(self, request, **kwargs):
        return self.channel(request, **kwargs)

    def title(self, obj):
        return obj.title

    def link(self, obj):
        return obj.link

    def feed_url(self, obj):
        return obj.feed_url

    def description(self, obj):
        return obj.description

    def subtitle(self, obj):
        return obj.description

    def items(self, obj):
        return obj.entries

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.link

    def item_guid(self, item):
        return item.guid

    item_guid_is_permalink = False

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published

    def item_updateddate(self, item):
        return item.updated or item.published

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return item.categories


class AtomMixin:
    feed_type = Atom1Feed
