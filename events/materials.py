"""What an event page shows of its materials and of the work its sessions presented.

Materials (documents, slides, recordings and links) are the editor's ``EventMaterial``
rows. The agenda's sessions name the case studies and resources they presented
(``SessionBlock.presented``); only the live pages without view restrictions among them
are linked or listed, so a draft or restricted page chosen there never shows, not even
its title.
"""

from wagtail.models import Page

from network.core.restrictions import public


def presented_ids_in(agenda):
    """The page ids the agenda's sessions presented, in agenda order (read from the raw
    stream, so choosing the pages costs no query)."""
    ids = []
    for block in agenda.raw_data if agenda else []:
        if block.get("type") != "session":
            continue
        for item in (block.get("value") or {}).get("presented") or []:
            page_id = item.get("value") if isinstance(item, dict) else item
            if isinstance(page_id, int) and page_id not in ids:
                ids.append(page_id)
    return ids


def presented_pages(event):
    ids = presented_ids_in(event.agenda)
    if not ids:
        return []
    pages = {page.pk: page for page in public(Page.objects.live()).filter(pk__in=ids)}
    return [pages[page_id] for page_id in ids if page_id in pages]


def for_event(event):
    """The page context's materials part (``events.page_context.for_event``)."""
    presented = presented_pages(event)
    return {
        "materials": list(event.materials.select_related("document")),
        "presented": presented,
        "presented_ids": {page.pk for page in presented},
    }
