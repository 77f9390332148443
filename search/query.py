"""Parse and validate a search request: text, facet selections, year range, sort and page.

Bad input never raises: unknown values are dropped with a notice the page shows.
"""

import datetime
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from .facets import FACETS, YEAR_MIN
from .text import query_text

MAX_QUERY_LENGTH = 200
PER_PAGE = 10
SPELL_OFF = "off"  # ?spell=off: no spelling correction
SORTS = {"relevance": "Relevance", "newest": "Newest first", "title": "Title (A to Z)"}


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    selected: dict = field(default_factory=dict)  # facet name -> tuple of values
    year_from: int | None = None
    year_to: int | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE
    notices: tuple = ()
    # Whether a search that finds too little may show results for a corrected text
    # ("spell=off": the visitor chose "search instead for" the words as typed).
    correct: bool = True
    # Whether too few all-words hits may be followed by pages with some of the words.
    # Alerts and feeds turn it off: they report only what matches every word.
    loosen: bool = True

    @classmethod
    def from_params(cls, params, choices=None):
        """Build a query from GET parameters. ``choices`` maps facet name -> allowed values."""
        notices = []
        text = query_text(params.get("q"))
        if len(text) > MAX_QUERY_LENGTH:
            text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or text[:MAX_QUERY_LENGTH]
            notices.append(
                f"Your search was longer than {MAX_QUERY_LENGTH} characters and was cut."
            )

        choices = choices if choices is not None else {f.name: f.choices() for f in FACETS}
        selected = {}
        for facet in FACETS:
            values = []
            for value in params.getlist(facet.name):
                value = value.strip()
                if not value or value in values:
                    continue
                if value in choices.get(facet.name, {}):
                    values.append(value)
                else:
                    shown = value[:40]
                    notices.append(f"Ignored the unknown {facet.label.lower()} “{shown}”.")
            if values:
                selected[facet.name] = tuple(values)

        year_from = parse_year(params.get("year_from"), "from", notices)
        year_to = parse_year(params.get("year_to"), "to", notices)
        if year_from and year_to and year_from > year_to:
            year_from, year_to = year_to, year_from
            notices.append("The year range was reversed, so the two years were swapped.")

        sort = params.get("sort", "relevance")
        if sort not in SORTS:
            notices.append("Unknown sort order; showing the most relevant first.")
            sort = "relevance"
        if sort == "relevance" and not text:
            sort = "newest"

        page_param = params.get("page", "1")
        try:
            page = max(1, int(page_param))
        except (TypeError, ValueError):
            page = 1
            notices.append("The page number was not a number; showing the first page.")

        return cls(
            text=text,
            selected=selected,
            year_from=year_from,
            year_to=year_to,
            sort=sort,
            page=page,
            notices=tuple(notices),
            correct=params.get("spell") != SPELL_OFF,
        )

    @property
    def is_empty(self):
        return not (self.text or self.selected or self.year_from or self.year_to)

    def params(self, page=None):
        """The query as a list of GET parameters (for links that keep the state)."""
        pairs = []
        if self.text:
            pairs.append(("q", self.text))
        for facet in FACETS:
            for value in self.selected.get(facet.name, ()):
                pairs.append((facet.name, value))
        if self.year_from:
            pairs.append(("year_from", self.year_from))
        if self.year_to:
            pairs.append(("year_to", self.year_to))
        default_sort = "relevance" if self.text else "newest"
        if self.sort != default_sort:
            pairs.append(("sort", self.sort))
        if not self.correct:
            pairs.append(("spell", SPELL_OFF))
        if page and page > 1:
            pairs.append(("page", page))
        return pairs

    def urlencode(self, page=None):
        return urlencode(self.params(page=page))

    def without(self, facet_name, value=None):
        """A copy with one value (or a whole facet, or the year range) removed."""
        selected = dict(self.selected)
        if facet_name == "year":
            return replace(self, year_from=None, year_to=None, page=1, notices=())
        if facet_name == "q":
            return replace(self, text="", page=1, notices=())
        values = tuple(v for v in selected.get(facet_name, ()) if value is not None and v != value)
        if values:
            selected[facet_name] = values
        else:
            selected.pop(facet_name, None)
        return replace(self, selected=selected, page=1, notices=())

    def with_page(self, page):
        return replace(self, page=page)


def parse_year(raw, which, notices):
    if raw in (None, ""):
        return None
    top = datetime.date.today().year + 5
    try:
        year = int(str(raw).strip())
    except ValueError:
        year = None
    if year is None or not (YEAR_MIN <= year <= top):
        notices.append(
            f"Ignored the year “{str(raw)[:10]}” ({which}): use a year from {YEAR_MIN} to {top}."
        )
        return None
    return year
