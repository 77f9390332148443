"""Feed addresses (docs/feeds.md): Atom and RSS of the library, of a topic and of any
search; Atom of a public community's new threads."""

from django.urls import path

from .communities import CommunityAtomFeed
from .library import LibraryAtomFeed, LibraryFeed, TopicAtomFeed, TopicFeed
from .searches import SearchAtomFeed, SearchFeed

app_name = "feeds"
urlpatterns = [
    path("library/atom/", LibraryAtomFeed(), name="library_atom"),
    path("library/rss/", LibraryFeed(), name="library_rss"),
    path("topics/<slug:slug>/atom/", TopicAtomFeed(), name="topic_atom"),
    path("topics/<slug:slug>/rss/", TopicFeed(), name="topic_rss"),
    path("search/atom/", SearchAtomFeed(), name="search_atom"),
    path("search/rss/", SearchFeed(), name="search_rss"),
    path("communities/<slug:slug>/atom/", CommunityAtomFeed(), name="community_atom"),
]
