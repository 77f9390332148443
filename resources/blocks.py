"""StreamField blocks of the library: the resources' own, and those case studies share
(text, year, citation, clause). The case-study-only blocks are in ``casestudies/blocks.py``."""

import datetime

from django.core.exceptions import ValidationError
from wagtail import blocks

MIN_YEAR = 1900


def max_year():
    return datetime.date.today().year + 5


class YearBlock(blocks.IntegerBlock):
    def clean(self, value):
        value = super().clean(value)
        if value is not None and not (MIN_YEAR <= value <= max_year()):
            raise ValidationError(f"Enter a year between {MIN_YEAR} and {max_year()}.")
        return value


class CitationBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=300, help_text="Title of the source document.")
    authors = blocks.CharBlock(
        max_length=300, required=False, help_text="Authors or issuing body, as printed."
    )
    year = YearBlock(required=False)
    publisher = blocks.CharBlock(max_length=200, required=False)
    locator = blocks.CharBlock(
        max_length=200,
        required=False,
        help_text='Where in the source, e.g. "seed 002, lines 2158-2190" or "p. 14".',
    )
    url = blocks.URLBlock(required=False, label="URL")
    note = blocks.CharBlock(max_length=300, required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/citation.html"
        label = "Source citation"


class ClauseBlock(blocks.StructBlock):
    """An excerpt or summary of agreed language, with its provenance."""

    heading = blocks.CharBlock(max_length=200, required=False)
    text = blocks.TextBlock(help_text="The clause, summarised or quoted.")
    verbatim = blocks.BooleanBlock(
        required=False, help_text="Tick when the text is an exact quotation of the agreement."
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
