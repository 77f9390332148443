"""StreamField blocks only case studies use: what was agreed and the outcomes reported."""

from wagtail import blocks

from resources.blocks import ClauseBlock, TextBlock, YearBlock


class MetricBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=200)
    value = blocks.CharBlock(max_length=50, help_text="The number as the source gives it.")
    unit = blocks.CharBlock(max_length=50, required=False, help_text='e.g. "percent".')
    year = YearBlock(required=False)
    source = blocks.CharBlock(max_length=200, required=False)

    class Meta:
        icon = "table"
        template = "blocks/metric.html"
        label = "Outcome metric"


class AgreementBlock(blocks.StreamBlock):
    text = TextBlock()
    clause = ClauseBlock()


class OutcomeBlock(blocks.StreamBlock):
    text = TextBlock()
    metric = MetricBlock()
