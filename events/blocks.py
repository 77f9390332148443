"""The agenda: sessions, each with its time, format, speakers and what it presented."""

from wagtail import blocks

from .choices import SessionFormat


class SessionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    day = blocks.DateBlock(
        required=False, help_text="Leave empty for a one-day event (the event's date)."
    )
    starts = blocks.TimeBlock(required=False, help_text="In the event's time zone.")
    ends = blocks.TimeBlock(required=False)
    format = blocks.ChoiceBlock(choices=SessionFormat.choices, default=SessionFormat.WORKSHOP)
    description = blocks.RichTextBlock(features=["bold", "italic", "link", "ul"], required=False)
    speakers = blocks.CharBlock(
        max_length=300,
        required=False,
        help_text="Who leads it, as printed (the event's speakers list links network members).",
    )
    presented = blocks.ListBlock(
        blocks.PageChooserBlock(page_type=["casestudies.CaseStudyPage", "resources.ResourcePage"]),
        required=False,
        default=[],
        label="Case studies and resources presented",
    )

    class Meta:
        icon = "time"
        template = "events/blocks/session.html"
        label = "Session"


class AgendaBlock(blocks.StreamBlock):
    session = SessionBlock()
    note = blocks.RichTextBlock(features=["bold", "italic", "link"], icon="doc-full")

    class Meta:
        required = False
