"""The form a community's facilitator fills in to schedule (or change) a session.

Its fields carry the names of ``EventPage`` fields; ``clean`` applies them to a copy of
the page and runs ``EventPage.clean()``, so the rules (ends after it starts, a place or
online, a join link only online, the deadline not after the event) are the admin's, and
each message is shown by the field it is about. Nothing typed is lost on an error.
"""

import copy

from django import forms
from django.core.exceptions import ValidationError

from network.core.fields import IdMultipleChoiceField
from resources.models import Topic

from . import sessions, timezones


class SessionForm(forms.Form):
    title = forms.CharField(max_length=200, help_text="What the session is about, in one line.")
    summary = forms.CharField(
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="One or two sentences for the community page and the events list.",
    )
    start_date = forms.DateField(label="Date", widget=forms.DateInput(attrs={"type": "date"}))
    start_time = forms.TimeField(label="Starts", widget=forms.TimeInput(attrs={"type": "time"}))
    end_time = forms.TimeField(label="Ends", widget=forms.TimeInput(attrs={"type": "time"}))
    time_zone = forms.ChoiceField(
        choices=timezones.zone_choices,
        initial=timezones.DEFAULT_ZONE,
        help_text="Where the times above are wall-clock times.",
    )
    online = forms.BooleanField(required=False, label="Held online")
    join_url = forms.URLField(
        label="Join link",
        max_length=500,
        required=False,
        assume_scheme="https",
        help_text="Shown only to registered members; never on public pages or in search.",
    )
    join_details = forms.CharField(
        max_length=300, required=False, help_text="Passcode or dial-in, if any."
    )
    venue_name = forms.CharField(label="Place", max_length=200, required=False)
    address = forms.CharField(
        max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    capacity = forms.IntegerField(
        min_value=1, required=False, help_text="Places; leave empty for no limit."
    )
    registration_deadline = forms.DateField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Last day to register; empty: until the session starts.",
    )
    topics = IdMultipleChoiceField(
        queryset=Topic.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, community, event=None, **kwargs):
        self.community = community
        self.event = event
        super().__init__(*args, **kwargs)

    def clean_title(self):
        return " ".join(self.cleaned_data["title"].split())

    def clean(self):
        data = super().clean()
        if self.errors:
            return data  # the page rules need every field
        candidate = sessions.build_session(
            self.community, data, event=copy.copy(self.event) if self.event else None
        )
        try:
            candidate.clean()
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                self.add_error(name if name in self.fields else None, messages)
        return data


def initial_for(event):
    """The form's starting values for changing ``event``."""
    initial = {name: getattr(event, name) for name in sessions.SESSION_FIELDS}
    initial["topics"] = list(event.topics.all())
    return initial
