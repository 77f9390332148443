"""Demo editors' picks (``content/search-promotions.toml``) for Wagtail's promoted
search results. Adds the picks that are missing; never removes or reorders an editor's."""

import tomllib
from pathlib import Path

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from .datafiles import DemoDataError

FILE_NAME = "search-promotions.toml"


def read_picks(root):
    path = Path(root) / FILE_NAME
    if not path.exists():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise DemoDataError(f"{FILE_NAME}: {error}") from error
    picks = data.get("picks", [])
    problems = [
        f"{FILE_NAME}: pick {number}: needs a query and a list of page slugs"
        for number, pick in enumerate(picks, start=1)
        if not isinstance(pick.get("query"), str)
        or not isinstance(pick.get("pages"), list)
        or not all(isinstance(slug, str) for slug in pick["pages"])
    ]
    if problems:
        raise DemoDataError("\n".join(problems))
    return picks


def ensure_search_promotions(root, pages, report):
    """Pin ``pages`` (slug -> page, the loaded case studies and resources) for each
    demo query of the data file that does not have them yet."""
    ensure_search_promotions_from(read_picks(root), pages, report)


def ensure_search_promotions_from(picks, pages, report=None):
    unknown = [
        f"{FILE_NAME}: {pick['query']!r}: unknown page {slug}"
        for pick in picks
        for slug in pick["pages"]
        if slug not in pages
    ]
    if unknown:
        raise DemoDataError("\n".join(unknown))
    for pick in picks:
        query = Query.get(pick["query"])
        pinned = set(query.editors_picks.values_list("page_id", flat=True))
        order = query.editors_picks.count()
        for slug in pick["pages"]:
            page = pages[slug]
            if page.pk in pinned:
                continue
            SearchPromotion.objects.create(
                query=query, page=page, description=pick.get("description", ""), sort_order=order
            )
            order += 1
            if report is not None:
                report.add("search promotions")
