"""The community page's thread list: filters, in-community search and unread markers."""

from urllib.parse import urlencode

from django.db import models
from django.db.models import Exists, OuterRef, Q

from network.core.pagination import paginate
from search.text import query_text

from . import permissions, watching
from .models import THREADS_PER_PAGE, Post, ThreadRead, WatchLevel
from .search import matching_thread_ids

QUERY_MAX_LENGTH = 200
# Words beyond this are ignored, so one search stays a bounded query.
QUERY_MAX_WORDS = 8


class ThreadFilter(models.TextChoices):
    ALL = "", "All"
    UNANSWERED = "unanswered", "Unanswered"
    ANSWERED = "answered", "Answered"


def search_words(query):
    return [word for word in query.split() if word][:QUERY_MAX_WORDS]


def matching(threads, query, community):
    """Threads with every word of ``query`` in their title or visible posts.

    Public communities read the full-text index (stemmed words, as the site's search).
    Private ones have no index entries; they are searched on their own posts, which the
    thread index keeps to the community."""
    if not community.is_private:
        ids = matching_thread_ids(query)
        return threads.none() if ids is None else threads.filter(pk__in=ids)
    for word in search_words(query):
        in_posts = Post.objects.filter(
            thread=OuterRef("pk"), hidden=False, held=False, body__icontains=word
        )
        threads = threads.filter(Q(title__icontains=word) | Exists(in_posts))
    return threads


def visible_threads(community, user):
    """The community's threads ``user`` may see in the list: held threads only to their
    author and to whoever may approve them."""
    threads = community.threads.all()
    if permissions.can_moderate(user, community):
        return threads
    if user.is_authenticated:
        return threads.filter(Q(held=False) | Q(author=user))
    return threads.filter(held=False)


def mark_unread(threads, user):
    """Set ``is_new`` (never opened) and ``is_updated`` (posts since last opened) on the
    threads of one page, reading the member's markers for those threads only."""
    threads = list(threads)
    read = {}
    if user.is_authenticated and threads:
        read = dict(
            ThreadRead.objects.filter(user=user, thread__in=threads).values_list(
                "thread_id", "read_at"
            )
        )
    for thread in threads:
        last_read = read.get(thread.pk)
        thread.is_new = user.is_authenticated and last_read is None
        thread.is_updated = last_read is not None and thread.last_post_at > last_read


def community_context(request, community):
    user = request.user
    show = request.GET.get("show", "")
    if show not in ThreadFilter.values:
        show = ThreadFilter.ALL
    query = query_text(request.GET.get("q"), QUERY_MAX_LENGTH)

    threads = visible_threads(community, user)
    if show == ThreadFilter.UNANSWERED:
        threads = threads.filter(accepted_post__isnull=True)
    elif show == ThreadFilter.ANSWERED:
        threads = threads.filter(accepted_post__isnull=False)
    if query:
        threads = matching(threads, query, community)
    threads = (
        threads.select_related("author")
        .prefetch_related("topics")
        .order_by("-pinned", "-last_post_at", "-pk")
    )
    page_obj = paginate(request, threads, THREADS_PER_PAGE)
    mark_unread(page_obj, user)

    params = [f"show={show}"] if show else []
    if query:
        params.append(urlencode({"q": query}))
    can_watch = permissions.can_watch(user, community)
    return {
        "page_obj": page_obj,
        "show": show,
        "query": query,
        "filters": ThreadFilter.choices,
        "extra_query": "&".join(params),
        "facilitator_list": community.facilitators.order_by("first_name", "last_name", "username"),
        "can_ask": permissions.can_post(user, community),
        "can_watch": can_watch,
        "watch_level": (
            watching.explicit_level(user, community=community) or WatchLevel.NORMAL
            if can_watch
            else None
        ),
        "watch_levels": WatchLevel.choices,
        "suspension": permissions.active_suspension(user) if user.is_authenticated else None,
    }
