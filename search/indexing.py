"""Keep ``SearchEntry`` rows (and, through the backlog, Elasticsearch) in step with the
items of every registered index source (``search.sources.registry``).

An entry exists only for an item its source gives an entry for (``entry_for``) while it
is public: a page must be live without view restrictions, and the source may add its own
rule (``is_public``: a community with a private group, a held thread). ``sync`` is the
one place that decides; everything else is removed.

Withdrawals are synchronous, additions may lag: whatever hides an item (unpublishing,
deleting, a view restriction, a move under one, a private community, a held thread)
deletes its entries in the same transaction (``withdraw_pages``, ``remove``), so no
search, count or suggestion shows it even while the task worker is stopped. New and
updated entries may wait for the task. Elasticsearch is written only by the push task
(``search.backlog``); deletions leave tombstones it honours until the push is confirmed.
"""

from html import unescape

from django.db import transaction
from django.db.models import Q
from django.utils.html import strip_tags
from wagtail.models import Page

from . import backlog
from .models import SearchEntry, SearchTerm
from .results import query_terms
from .sources import entry_content_type, registry

# The spelling vocabulary takes words of titles, topics, summaries and the start of
# bodies (not documents: a word only there is still found, and never "corrected").
TERMS_FROM_BODY = 20_000  # characters
TERMS_BATCH = 500  # words per statement


def page_content_type():
    return entry_content_type(Page)


# Helpers for sources ----------------------------------------------------------------
def stream_text(stream_value):
    """The searchable text of a StreamField value."""
    if not stream_value:
        return ""
    content = stream_value.stream_block.get_searchable_content(stream_value)
    return " ".join(strip_tags(str(part)) for part in content if part)


def html_text(html):
    return unescape(strip_tags(html or "")).strip()


def is_public(page):
    return page.live and not page.get_view_restrictions().exists()


def specific(obj):
    return obj.specific if isinstance(obj, Page) else obj


def visible(source, obj):
    """Whether ``obj`` may be found: public by its source, and live and unrestricted if a
    page (checked here, so no source can leak a draft or a restricted page)."""
    if isinstance(obj, Page) and not is_public(obj):
        return False
    return source.is_public(obj)


# Sync ----------------------------------------------------------------------------------
def sync(obj, dependents=True):
    """Create, update or remove the entry for one item, and (``dependents``) re-sync the
    items that follow it. Returns the entry or None."""
    obj = specific(obj)
    source = registry.for_instance(obj)
    if source is None:
        remove(obj)  # e.g. a page whose type is not searchable
        return None
    if dependents:
        for dependent in source.dependents(obj):
            sync(dependent)
    return sync_with(source, obj)


def sync_with(source, obj):
    data = source.entry_for(obj) if visible(source, obj) else None
    if data is None:
        remove(obj)
        return None
    values = {**data.entry_values(), "owner_page_id": source.owner_page_id(obj)}
    return save_entry(entry_content_type(obj), obj.pk, values, data.topics, data.states)


def save_entry(content_type, object_id, values, topics, states):
    """Write one entry and record its push to Elasticsearch, in one transaction."""
    topics, states = list(topics), list(states)
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
        remember_terms(
            [values["title"], values["summary"], values["body"][:TERMS_FROM_BODY]]
            + [topic.name for topic in topics]
        )
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
        sync(descendant)


def child_urls_are_stale(page):
    """Whether the entries below ``page`` carry an old URL (checked on one child)."""
    if not page.numchild:
        return False
    child_ids = Page.objects.child_of(page).values("pk")
    entry = SearchEntry.objects.filter(
        content_type=page_content_type(), object_id__in=child_ids
    ).first()
    return entry is not None and entry.url != Page.objects.get(pk=entry.object_id).url


# Removal and withdrawal ----------------------------------------------------------------
def remove(obj):
    """Delete the entry of one item (now), e.g. when it is deleted."""
    remove_entry(entry_content_type(obj), obj.pk)


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
    """Delete, now, the entries of these pages and of the items they own (a community's
    threads: ``owner_page_id``)."""
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
    source = registry.for_instance(page)
    public = is_public(page) and (source is None or source.is_public(page))
    if not public:
        withdraw_pages([page.pk])


def remember_terms(texts):
    """Add the words of these texts to the spelling vocabulary (``SearchTerm``): the
    candidates ``search.vocabulary.corrected`` offers, each confirmed against the entries."""
    words = sorted({word for text in texts for word in query_terms(text) if 3 <= len(word) <= 60})
    for start in range(0, len(words), TERMS_BATCH):
        batch = words[start : start + TERMS_BATCH]
        existing = set(SearchTerm.objects.filter(word__in=batch).values_list("word", flat=True))
        SearchTerm.objects.bulk_create(
            [SearchTerm(word=word) for word in batch if word not in existing],
            ignore_conflicts=True,
        )


# Rebuild -------------------------------------------------------------------------------
def rebuild(progress=None):
    """Rebuild every registered source's entries from scratch; entries of registered
    types that no longer have an item are deleted. ``progress(done, total)`` is called
    as it goes. Returns the number of entries.

    Pushes to Elasticsearch are recorded but not queued one by one: the caller rebuilds
    the Elasticsearch index afterwards (or ``search_index catch-up`` pushes them)."""
    with backlog.paused():
        batches = [(source, source.indexed_objects()) for source in registry]
        total = sum(objects.count() for _, objects in batches)
        keep, done = set(), 0
        for source, objects in batches:
            for obj in objects:
                entry = sync_with(source, specific(obj))
                if entry:
                    keep.add(entry.pk)
                done += 1
                if progress:
                    progress(done, total)
        delete_entries(
            SearchEntry.objects.filter(content_type__in=registry.content_types()).exclude(
                pk__in=keep
            )
        )
    return len(keep)
