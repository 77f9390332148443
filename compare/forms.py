"""Forms of saved comparisons: saving the clauses on show, and renaming."""

from django import forms

from .models import SavedComparison

NAME_MAX_LENGTH = 120


def clean_name(value):
    return " ".join((value or "").split())


class SaveComparisonForm(forms.Form):
    name = forms.CharField(max_length=NAME_MAX_LENGTH, required=False)

    def clean_name(self):
        return clean_name(self.cleaned_data.get("name"))


class RenameComparisonForm(forms.ModelForm):
    class Meta:
        model = SavedComparison
        fields = ["name"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].required = False  # a blank name gets the message below

    def clean_name(self):
        name = clean_name(self.cleaned_data.get("name"))
        if not name:
            raise forms.ValidationError("Give the comparison a name.")
        return name
