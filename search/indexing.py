"""Keep ``SearchEntry`` rows (and the Elasticsearch index, when configured) in step with
pages and discussions.

An entry exists only for a live page without view restrictions, or a thread in a public
community (live, no view restrictions, no private group); everything else is removed.
``sync_page`` and ``sync_thread`` are the places that decide.

Withdrawals are synchronous, additions may lag: whatever hides an item (unpublishing,
deleting, a view restriction, a move under one, a private community, a held thread)
deletes its entries in the same transaction (``withdraw_pages``, ``remove_entry``), so
no search, count or suggestion shows it even while the task worker is stopped. New and
updated entries may wait for the task. Elasticsearch is written only by the push task
(``search.backlog``); deletions leave tombstones it honours until the push is confirmed.
"""

from html import unescape

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils.html import strip_tags
from wagtail.models import Page

from . import backlog
from .facets import ContentKind
from .models import SearchEntry, SearchTerm
from .results import query_terms


def page_content_type():
    return ContentType.objects.get_for_model(Page)


def stream_text(stream_value):
    if not stream_value:
        return ""
    content = stream_value.stream_block.get_searchable_content(stream_value)
    return " ".join(strip_tags(str(part)) for part in content if part)


def is_public(page):
    return page.live and not page.get_view_restrictions().exists()


def is_community(page):
    """Whether ``page`` (specific) is a community, whose threads follow its privacy."""
    from forums.models import CommunityPage

    return isinstance(page, CommunityPage)


def entry_values(page):
    """The entry fields for a library page (``page`` is specific)."""
    from casestudies.models import CaseStudyPage
    from resources.models import ResourcePage

    documents, document_text = [], []
    if isinstance(page, CaseStudyPage):
        kind = ContentKind.CASE_STUDY
        parts = [
            page.program_name,
            strip_tags(page.challenge),
            strip_tags(page.approach),
            stream_text(page.agreed),
            stream_text(page.outcomes),
            strip_tags(page.lessons),
        ]
        resource_type = ""
    elif isinstance(page, ResourcePage):
        kind = ContentKind.RESOURCE
        parts = [stream_text(page.body), stream_text(page.clauses), page.rights]
        resource_type = page.resource_type
        for link in page.document_links.select_related("document", "document__extracted"):
            document = link.document
            documents.append({"id": document.pk, "title": link.title})
            extracted = getattr(document, "extracted", None)
            if extracted is not None and extracted.status == "extracted":
                document_text.append(extracted.text)
    else:
        return None
    orgs = " ".join(org.name for org in page.organizations.all())
    return {
        "kind": kind,
        "url": page.url or "",
        "title": page.title,
        "summary": page.summary,
        "body": " ".join(part for part in [*parts, orgs] if part),
        "document_text": "\n".join(document_text),
        "documents": documents,
        "resource_type": resource_type,
        "locale": page.locale_type,
        "size_band": page.size_band,
        "stage": page.stage,
        "status": page.status,
        "student_outcomes_reported": page.student_outcomes_reported,
        "start_year": page.start_year,
        "end_year": page.end_year,
        "published_at": page.first_published_at,
    }


def sync_page(page):
    """Create, update or remove the entry for one page. Returns the entry or None."""
    page = page.specific
    if is_community(page):
        # A community has no entry of its own; its threads follow its privacy and URL.
        sync_community(page)
    values = entry_values(page) if is_public(page) else None
    if values is None:
        remove_page(page.pk)
        return None
    topics = list(page.topics.all())
    return save_entry(
        page_content_type(),
        page.pk,
        {**values, "owner_page_id": page.pk},
        topics,
        page.states.all(),
    )


def save_entry(content_type, object_id, values, topics, states):
    """Write one entry and record its push to Elasticsearch, in one transaction."""
    with transaction.atomic():
        old = (
            SearchEntry.objects.filter(content_type=content_type, object_id=object_id)
            .only("title", "summary", "body", "document_text")
            .first()
        )
        entry, _ = SearchEntry.objects.update_or_create(
            content_type=content_type, object_id=object_id, defaults=values
        )
        entry.set_topics_and_states(topics, states)
        remember_terms([values["title"], *(topic.name for topic in topics)])
        # An update that drops words (a hidden reply, an edit) must not leave them
        # findable in Elasticsearch until the push: withdraw its copy until then.
        backlog.mark([entry.pk], withdrawn=old is not None and words_removed(old, values))
    return entry


def entry_words(title, summary, body, document_text):
    return set(query_terms(" ".join([title, summary, body, document_text])))


def words_removed(old, values):
    before = entry_words(old.title, old.summary, old.body, old.document_text)
    after = entry_words(values["title"], values["summary"], values["body"], values["document_text"])
    return bool(before - after)


def sync_tree(page):
    """Sync a page and everything below it (after a move or a privacy change)."""
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific():
        sync_page(descendant)


def child_urls_are_stale(page):
    """Whether the entries below ``page`` carry an old URL (checked on one child)."""
    if not page.numchild:
        return False
    child_ids = Page.objects.child_of(page).values("pk")
    entry = SearchEntry.objects.filter(
        content_type=page_content_type(), object_id__in=child_ids
    ).first()
    return entry is not None and entry.url != Page.objects.get(pk=entry.object_id).url


def remove_page(page_id):
    remove_entry(page_content_type(), page_id)


def remove_entry(content_type, object_id):
    """Delete the entry of one item, from the database and (by tombstone) Elasticsearch."""
    delete_entries(SearchEntry.objects.filter(content_type=content_type, object_id=object_id))


def delete_entries(entries):
    """Delete these entries now and withdraw them from Elasticsearch until it confirms."""
    with transaction.atomic():
        entries = list(entries)
        ids = [entry.pk for entry in entries]  # delete() sets pk to None
        for entry in entries:
            entry.delete()  # one by one so Wagtail's index (title autocomplete) drops them
        backlog.mark(ids, withdrawn=True)
    return ids


def withdraw_pages(page_ids):
    """Delete, now, the entries of these pages and of the threads of these communities."""
    page_ids = list(page_ids)
    if not page_ids:
        return []
    return delete_entries(
        SearchEntry.objects.filter(
            Q(owner_page_id__in=page_ids)
            | Q(content_type=page_content_type(), object_id__in=page_ids)
        )
    )


def withdraw_subtree(page):
    """Withdraw a page and everything below it (a view restriction, a move under one)."""
    return withdraw_pages(
        Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)
    )


def withdraw_if_hidden(page):
    """Withdraw the page's entries now if visitors may no longer see it (e.g. a community
    published as private); a public page waits for its task as before."""
    page = page.specific
    public = is_public_community(page) if is_community(page) else is_public(page)
    if not public:
        withdraw_pages([page.pk])


def remember_terms(texts):
    words = {word for text in texts for word in query_terms(text) if 3 <= len(word) <= 60}
    existing = set(SearchTerm.objects.filter(word__in=words).values_list("word", flat=True))
    SearchTerm.objects.bulk_create(
        [SearchTerm(word=word) for word in words - existing], ignore_conflicts=True
    )


# Discussions ---------------------------------------------------------------------------
def thread_content_type():
    from forums.models import Thread

    return ContentType.objects.get_for_model(Thread)


def html_text(html):
    return unescape(strip_tags(html or "")).strip()


def is_public_community(community):
    return community.private_group_id is None and is_public(community)


def thread_entry_values(thread):
    """The entry fields for a thread: the question as summary, the replies as body.
    Hidden and held posts are left out; an accepted answer lifts the thread in the ranking."""
    posts = [
        (pk, html, hidden or held)
        for pk, html, hidden, held in thread.posts.order_by("created_at", "pk").values_list(
            "pk", "body_html", "hidden", "held"
        )
    ]
    question = posts[0][1] if posts and not posts[0][2] else ""
    replies = [html_text(html) for _, html, hidden in posts[1:] if not hidden]
    accepted = any(pk == thread.accepted_post_id and not hidden for pk, _, hidden in posts)
    return {
        "kind": ContentKind.DISCUSSION,
        "url": thread.get_absolute_url(),
        "title": thread.title,
        "summary": html_text(question)[:600],
        "body": " ".join(replies),
        "document_text": "",
        "documents": [],
        "resource_type": "",
        "locale": "",
        "size_band": "",
        "stage": "",
        "status": "",
        "student_outcomes_reported": False,
        "start_year": None,
        "end_year": None,
        "published_at": thread.created_at,
        "rank_boost": 1 if accepted else 0,
    }


def sync_thread(thread):
    """Create, update or remove the entry for one thread. Returns the entry or None."""
    if thread.held or not is_public_community(thread.community):
        remove_thread(thread.pk)
        return None
    values = {**thread_entry_values(thread), "owner_page_id": thread.community_id}
    return save_entry(thread_content_type(), thread.pk, values, list(thread.topics.all()), [])


def remove_thread(thread_id):
    remove_entry(thread_content_type(), thread_id)


def sync_community(community):
    for thread in community.threads.all():
        thread.community = community
        sync_thread(thread)


def library_pages():
    from resources.models import LibraryPage

    return LibraryPage.objects.live().public().specific()


def rebuild_entries(progress=None):
    """Rebuild every page entry from scratch. ``progress(done, total)`` is called as it goes.

    Pushes to Elasticsearch are recorded but not queued one by one: the caller rebuilds
    the Elasticsearch index afterwards (or ``search_index catch-up`` pushes them)."""
    with backlog.paused():
        pages = list(library_pages())
        keep = set()
        for done, page in enumerate(pages, start=1):
            entry = sync_page(page)
            if entry:
                keep.add(entry.pk)
            if progress:
                progress(done, len(pages))
        from forums.models import Thread

        for thread in Thread.objects.select_related("community"):
            entry = sync_thread(thread)
            if entry:
                keep.add(entry.pk)
        delete_entries(
            SearchEntry.objects.filter(
                content_type__in=[page_content_type(), thread_content_type()]
            ).exclude(pk__in=keep)
        )
    return len(keep)
