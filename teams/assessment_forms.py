"""Forms of the self-assessment: opening a round, answering it, uploading a staff list."""

from django import forms

from .choices import SCALE, SCALE_LABELS, Barrier, PartnershipQuestion, Purpose, Stage, Trigger
from .staff_csv import MAX_BYTES


class OpenRoundForm(forms.Form):
    school = forms.CharField(
        max_length=200,
        required=False,
        label="School",
        help_text="Leave empty for a round about the whole district.",
    )
    network_survey = forms.BooleanField(
        required=False,
        label="Also run the communication-network survey (you upload the school's staff list)",
    )

    def clean(self):
        data = super().clean()
        if data.get("network_survey") and not (data.get("school") or "").strip():
            self.add_error("school", "The network survey is about one school: name the school.")
        return data


def scale_field(label):
    return forms.TypedChoiceField(
        label=label,
        choices=[(n, f"{n} – {SCALE_LABELS[n]}") for n in SCALE],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose an answer from 1 to 4.",
            "invalid_choice": "“%(value)s” is not an answer: choose 1, 2, 3 or 4.",
        },
    )


class ResponseForm(forms.Form):
    """The three partnership-quality questions (seed 001, lines 746-752), the stage
    (seed 003, line 413), and triggers and barriers (seed 003, lines 218, 266-334). With
    a network survey, who the respondent is and whom they talk with, per purpose."""

    communication = scale_field(PartnershipQuestion.COMMUNICATION.label)
    collaboration = scale_field(PartnershipQuestion.COLLABORATION.label)
    openness = scale_field(PartnershipQuestion.OPENNESS.label)
    stage = forms.ChoiceField(
        label="How far along is the collaboration?",
        choices=Stage.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose a stage.",
            "invalid_choice": "“%(value)s” is not one of the stages: choose one of those listed.",
        },
    )
    triggers = forms.MultipleChoiceField(
        label="What set off more collaboration? (any that apply)",
        choices=Trigger.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "“%(value)s” is not one of the triggers listed."},
    )
    barriers = forms.MultipleChoiceField(
        label="What holds it back? (any that apply)",
        choices=Barrier.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "“%(value)s” is not one of the barriers listed."},
    )

    def __init__(self, *args, staff=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.staff = list(staff or [])
        if not self.staff:
            return
        self.fields["staff_member"] = forms.ModelChoiceField(
            queryset=None,
            label="Who are you on the staff list? (used only to count ties; never shown)",
            empty_label="Choose your name",
            error_messages={"invalid_choice": "Choose your name from the list."},
        )
        self.fields["staff_member"].queryset = staff
        for purpose in Purpose:
            self.fields[f"talks_{purpose.value}"] = forms.ModelMultipleChoiceField(
                queryset=staff,
                required=False,
                label=f"Whom do you talk with about: {purpose.label.lower()}?",
                widget=forms.CheckboxSelectMultiple,
                error_messages={"invalid_choice": "Choose people from the staff list."},
            )

    def survey_fields(self):
        return [self[name] for name in ("communication", "collaboration", "openness")]

    def network_fields(self):
        return [self[f"talks_{p}"] for p in Purpose.values] if self.staff else []


class StaffUploadForm(forms.Form):
    file = forms.FileField(
        label="Staff list (CSV)",
        help_text="A CSV file, UTF-8, with the header row “name,position” and one person per "
        f"row; at most {MAX_BYTES // 1000} KB.",
    )
