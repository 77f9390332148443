"""Forms of the event pages: who registers, and the staff's attendance sheet."""

from django import forms

from network.core.people import display_name

JUST_ME = "me"


class RegisterForm(forms.Form):
    """Registering "just me", or one of the member's teams (all its members together)."""

    who = forms.ChoiceField(label="Who are you registering?", widget=forms.RadioSelect)

    def __init__(self, *args, teams=(), include_me=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.teams = {str(team.pk): team for team in teams}
        me = [(JUST_ME, "Just me")] if include_me else []
        self.fields["who"].choices = me + [
            (key, f"All of {team.name} (every current member)") for key, team in self.teams.items()
        ]
        self.fields["who"].initial = JUST_ME if include_me else None

    @property
    def team(self):
        """The chosen team, or None for "just me"."""
        return self.teams.get(self.cleaned_data["who"])


ATTENDANCE_CHOICES = [("", "Not marked"), ("yes", "Attended"), ("no", "Did not attend")]
ATTENDED = {"": None, "yes": True, "no": False}


def attendance_value(attended):
    return {None: "", True: "yes", False: "no"}[attended]


class AttendanceForm(forms.Form):
    """One yes/no/not-marked choice per confirmed registrant."""

    def __init__(self, *args, registrations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.registrations = list(registrations)
        for registration in self.registrations:
            self.fields[self.field_name(registration)] = forms.ChoiceField(
                label=f"Attendance of {display_name(registration.user)}",
                choices=ATTENDANCE_CHOICES,
                required=False,
                initial=attendance_value(registration.attended),
                widget=forms.RadioSelect,
            )

    @staticmethod
    def field_name(registration):
        return f"attended-{registration.pk}"

    def rows(self):
        """(registration, bound field) in the list's order, for the template."""
        return [(r, self[self.field_name(r)]) for r in self.registrations]

    def changes(self):
        """The registrations whose attendance changed, with the new value."""
        changed = []
        for registration in self.registrations:
            value = ATTENDED[self.cleaned_data.get(self.field_name(registration)) or ""]
            if value != registration.attended:
                changed.append((registration, value))
        return changed
