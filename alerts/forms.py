"""The forms of saved searches: saving one from the search page, and editing it."""

from django import forms
from django.http import QueryDict

from .models import Frequency, SavedSearch
from .searching import NAME_MAX_LENGTH, QUERY_MAX_LENGTH, default_name, normalise


def clean_name(value):
    return " ".join((value or "").split())


class SaveSearchForm(forms.Form):
    query = forms.CharField(max_length=QUERY_MAX_LENGTH, required=False, widget=forms.HiddenInput)
    name = forms.CharField(max_length=NAME_MAX_LENGTH, required=False)
    frequency = forms.ChoiceField(choices=Frequency.choices, initial=Frequency.WEEKLY)

    def clean(self):
        data = super().clean()
        query, data["query_string"] = normalise(QueryDict(data.get("query", "")))
        if len(data["query_string"]) > QUERY_MAX_LENGTH:  # percent-encoding can grow it
            raise forms.ValidationError("This search is too long to save.")
        data["name"] = clean_name(data.get("name")) or default_name(query)
        return data


class EditSavedSearchForm(forms.ModelForm):
    class Meta:
        model = SavedSearch
        fields = ["name", "frequency", "subscribed"]
        labels = {"subscribed": "Email me when there is something new"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].required = False  # a blank name gets the message below

    def clean_name(self):
        name = clean_name(self.cleaned_data.get("name"))
        if not name:
            raise forms.ValidationError("Give the saved search a name.")
        return name
