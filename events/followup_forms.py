"""The follow-up form: what a team brought back from the breakout, and where it goes in
the plan. The notes are Markdown, made safe by ``network.core.markdown`` when shown."""

from django import forms

from .followup import AS_GOAL, AS_UPDATE, GOAL_DESCRIPTION_MAX
from .models import PlanLink

NOTES_MAX = PlanLink._meta.get_field("breakout_notes").max_length


class FollowUpForm(forms.Form):
    notes = forms.CharField(
        label="What did your team bring back from the breakout?",
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=NOTES_MAX,
        help_text="Markdown: **bold**, *italic*, lists, links. HTML is shown as text.",
    )
    use = forms.ChoiceField(label="Put it in your plan", widget=forms.RadioSelect)

    def __init__(self, *args, has_goals, event_title, **kwargs):
        super().__init__(*args, **kwargs)
        goal = (
            f"Add it to the plan as a new goal, “From {event_title}”"
            if has_goals
            else f"Start our action plan from it: a first goal, “From {event_title}”"
        )
        self.fields["use"].choices = [
            (AS_GOAL, goal),
            (AS_UPDATE, "Post it on the plan as a progress update"),
        ]
        self.fields["use"].initial = AS_UPDATE if has_goals else AS_GOAL

    def clean(self):
        data = super().clean()
        notes = data.get("notes", "")
        if data.get("use") == AS_GOAL and len(notes) > GOAL_DESCRIPTION_MAX:
            self.add_error(
                "notes",
                f"A goal's description is at most {GOAL_DESCRIPTION_MAX:,} characters "
                f"(this has {len(notes):,}): shorten it, or post it as a progress update.",
            )
        return data
