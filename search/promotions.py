"""Editors' picks: pages or links pinned for a query in Wagtail's "Promoted search results".

``picks_for(query)`` gives the picks for page 1 of a text search, whatever engine
answered; the page shows them above the hits, marked "Recommended". The typed text
matches a promotion's query as Wagtail normalises both (lower case, single spaces), so
"PAR" and " par " find the same picks, and "PAR program" does not.

A pinned page is shown only while a visitor may see it: live, with no view restriction
on it or on a page above it (both checked in the one statement that reads the picks),
and public by its type's index source (``IndexSource.is_public``: a private community,
an event of one). So a pick disappears the moment its page is unpublished, restricted or
made private, and a draft never shows; the admin keeps listing it for editors.
"""

from dataclasses import replace

from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.db.models.lookups import StartsWith
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import PageViewRestriction
from wagtail.search.utils import normalise_query_string

from .facets import kind_label
from .models import SearchEntry
from .results import Pick
from .sources import IndexSource, registry

MAX_PICKS = 5  # a page of results, not a page of recommendations


def picks_for(query, request=None):
    """The editors' picks for ``query`` (a SearchQuery): page 1 of a text search without
    filters (a pick is for the words; a filtered search may exclude it)."""
    if query.page != 1 or not query.text or is_filtered(query):
        return []
    text = normalise_query_string(query.text)
    if not text:
        return []
    promotions = list(visible_promotions(text)[:MAX_PICKS])
    hidden = privately_owned(promotion.page for promotion in promotions if promotion.page_id)
    picks = [pick(p, request) for p in promotions if p.page_id not in hidden]
    return [p for p in picks if p.url]  # a page outside every site has no URL


def is_filtered(query):
    return bool(query.selected or query.year_from or query.year_to)


def visible_promotions(text):
    """Promotions of ``text`` whose page is live and unrestricted, or external links."""
    # A restriction on the page or any page above it: its path starts with theirs.
    restricted = PageViewRestriction.objects.filter(
        StartsWith(OuterRef("page__path"), F("page__path"))
    )
    entry = SearchEntry.objects.filter(
        content_type__app_label="wagtailcore",
        content_type__model="page",
        object_id=OuterRef("page_id"),
    )
    return (
        SearchPromotion.objects.filter(query__query_string=text)
        .filter(
            Q(page__isnull=True, external_link_url__gt="")
            | (Q(page__live=True) & ~Exists(restricted))
        )
        .select_related("page__content_type")
        .annotate(
            entry_summary=Subquery(entry.values("summary")[:1]),
            entry_kind=Subquery(entry.values("kind")[:1]),
        )
        .order_by(F("sort_order").asc(nulls_last=True), "pk")
    )


def privately_owned(pages):
    """Ids of ``pages`` their index source calls private (not a Wagtail restriction).

    Only sources with their own rule are asked: one statement per such page type among
    the picks (none for case studies and resources)."""
    by_model = {}
    for page in pages:
        model = page.content_type.model_class()
        source = registry.for_model(model) if model else None
        if source is not None and type(source).is_public is not IndexSource.is_public:
            by_model.setdefault(model, (source, []))[1].append(page.pk)
    hidden = set()
    for model, (source, ids) in by_model.items():
        for obj in model._default_manager.filter(pk__in=ids):
            if not source.is_public(obj):
                hidden.add(obj.pk)
    return hidden


def pick(promotion, request=None):
    if promotion.page_id:
        page = promotion.page
        return Pick(
            title=page.title,
            url=page.get_url(request),
            description=promotion.description or promotion.entry_summary or page.search_description,
            kind_label=kind_label(promotion.entry_kind) if promotion.entry_kind else "",
        )
    return Pick(
        title=promotion.external_link_text or promotion.external_link_url,
        url=promotion.external_link_url,
        description=promotion.description,
        external=True,
    )


def without_picked(results):
    """The results without hits that repeat a pick shown above them (the total keeps
    them: they are results, shown first)."""
    if not results.promoted:
        return results
    picked = {p.url for p in results.promoted}
    return replace(results, hits=[hit for hit in results.hits if hit.url not in picked])
