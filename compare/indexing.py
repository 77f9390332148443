"""Keep the clause index (``compare.models.Clause``) in step with the library.

A page's rows are rewritten from its live content whenever it is published, and dropped
when it is unpublished, moved under a restricted section or restricted itself; deleting a
page deletes its rows (the foreign key cascades). The work is small (one page's clauses)
and runs in the transaction of the change, so a withdrawn clause is gone at once. Drafts
are never read: only a page's live content is indexed, and only while it is public.
"""

from django.db import transaction
from wagtail.fields import StreamField

from resources.blocks import ClauseBlock
from resources.models import LibraryPage

from .models import Clause


def clause_blocks(page):
    """(field name, block) of every top-level clause block of a specific page, in order."""
    for field in page._meta.get_fields():
        if not isinstance(field, StreamField):
            continue
        for child in getattr(page, field.name) or []:
            if isinstance(child.block, ClauseBlock) and child.id:
                yield field.name, child


def rows_for(page):
    rows = []
    for position, (field, child) in enumerate(clause_blocks(page)):
        value = child.value
        rows.append(
            Clause(
                page_id=page.pk,
                block_id=child.id,
                field=field,
                position=position,
                provision=value.get("provision") or "",
                heading=value.get("heading") or "",
                text=value.get("text") or "",
                kind=value.get("kind") or "",
                verbatim=bool(value.get("verbatim")),
                parties=value.get("parties") or "",
                year=value.get("year"),
                section=value.get("section") or "",
                page_ref=value.get("page") or "",
                source=value.get("source") or "",
            )
        )
    # A block id copied twice onto one page (pasted blocks) is kept once.
    unique = {}
    for row in rows:
        unique.setdefault(row.block_id, row)
    return list(unique.values())


def public_pages():
    return LibraryPage.objects.live().public()


@transaction.atomic
def sync_pages(pages):
    """Rewrite the rows of ``pages`` (LibraryPage instances or ids)."""
    ids = [getattr(page, "pk", page) for page in pages]
    Clause.objects.filter(page_id__in=ids).delete()
    rows = []
    for page in public_pages().filter(pk__in=ids).specific():
        rows += rows_for(page)
    Clause.objects.bulk_create(rows)
    return len(rows)


def sync_subtree(page):
    """Rewrite the rows of the library pages at and under ``page`` (any Page)."""
    ids = list(LibraryPage.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))
    return sync_pages(ids)


def withdraw_subtree(page):
    Clause.objects.filter(page__in=LibraryPage.objects.descendant_of(page, inclusive=True)).delete()


def rebuild():
    """Rewrite the whole index; returns the number of clauses indexed."""
    with transaction.atomic():
        Clause.objects.all().delete()
        ids = list(public_pages().values_list("pk", flat=True))
        return sync_pages(ids)
