"""StreamField blocks of the library: the resources' own, and those case studies share
(text, year, citation, clause). The case-study-only blocks are in ``casestudies/blocks.py``."""

import datetime

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from .choices import PROVISION_KINDS

MIN_YEAR = 1900


def max_year():
    return datetime.date.today().year + 5


class YearBlock(blocks.IntegerBlock):
    def clean(self, value):
        value = super().clean(value)
        if value is not None and not (MIN_YEAR <= value <= max_year()):
            raise ValidationError(f"Enter a year between {MIN_YEAR} and {max_year()}.")
        return value


EN_DASH = "\u2013"


def line_range(lines):
    """ "1666-1705" -> "lines 1666–1705"; "86" -> "line 86"."""
    lines = str(lines or "").strip()
    if not lines:
        return ""
    word = "lines" if "-" in lines or "," in lines else "line"
    return f"{word} {lines.replace('-', EN_DASH)}"


class CitationValue(blocks.StructValue):
    def lines_text(self):
        text = line_range(self.get("locator"))
        return f"{text} of the text edition" if text else ""


class CitationBlock(blocks.StructBlock):
    """A citation names one of the source reports and where in it; the report's title,
    authors and year come from the ``Source`` snippet."""

    source = SnippetChooserBlock("resources.Source")
    locator = blocks.CharBlock(
        max_length=200,
        required=False,
        label="Lines",
        help_text='The line range in the report\'s text edition, e.g. "1666-1705" or "86".',
    )
    note = blocks.CharBlock(max_length=300, required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/citation.html"
        label = "Source citation"
        value_class = CitationValue


# What a clause's text is, so the provenance line can name it truthfully.
CLAUSE_KINDS = [
    ("agreement", "An agreement between the parties"),
    ("law", "A state law"),
    ("framework", "A union framework"),
    ("report", "The report's own account"),
]


class ClauseBlock(blocks.StructBlock):
    """An excerpt or summary of agreed language, with its provenance. Each clause is chosen
    on its own by its block id (Wagtail's stable uuid of the block) and compared with
    others on the same ``provision`` (compare/)."""

    heading = blocks.CharBlock(max_length=200, required=False)
    provision = blocks.ChoiceBlock(
        choices=PROVISION_KINDS,
        required=False,
        help_text="What the clause is about, so it can be compared across districts.",
    )
    text = blocks.TextBlock(help_text="The clause, summarised or quoted.")
    kind = blocks.ChoiceBlock(
        choices=CLAUSE_KINDS,
        default="agreement",
        required=False,
        help_text="What the text is: the provenance line names it.",
    )
    verbatim = blocks.BooleanBlock(
        required=False, help_text="Tick when the text is an exact quotation of that text."
    )
    parties = blocks.CharBlock(max_length=300, required=False, help_text="Who agreed it.")
    year = YearBlock(required=False)
    section = blocks.CharBlock(
        max_length=100, required=False, help_text="Article or section, if the source gives it."
    )
    page = blocks.CharBlock(max_length=50, required=False)
    source = blocks.CharBlock(
        max_length=200, required=False, help_text='e.g. "seed 002, lines 1950-1990".'
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/clause.html"
        label = "Clause"


class TextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = "Text"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(form_classname="title", icon="title", template="blocks/heading.html")
    text = TextBlock(features=["bold", "italic", "link", "ol", "ul", "h3"])
    clause = ClauseBlock()
