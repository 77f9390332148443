"""Forms of the teams area: starting a team, inviting someone, choosing a facilitator."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.formats import date_format
from django.utils.timezone import localtime

from network.core.fields import IdChoiceField, IdMultipleChoiceField
from network.models import Organization, OrganizationKind

from . import founding
from .choices import Side
from .models import Invitation

DISTRICT_KINDS = [OrganizationKind.DISTRICT, OrganizationKind.CHARTER_NETWORK]


def one_line(value):
    return " ".join(value.split())


class OrganizationLabel:
    def label_from_instance(self, organization):
        state = f" ({organization.state})" if organization.state else ""
        return f"{organization.name}{state}"


class DistrictField(OrganizationLabel, IdChoiceField):
    pass


class UnionsField(OrganizationLabel, IdMultipleChoiceField):
    pass


class TeamForm(forms.Form):
    name = forms.CharField(
        max_length=200,
        label="Team name",
        help_text='For example "Testville joint labor-management team".',
        error_messages={"required": "Give the team a name."},
    )
    district = DistrictField(
        queryset=Organization.objects.filter(kind__in=DISTRICT_KINDS).order_by("name"),
        label="District or charter network",
        empty_label="Choose the district",
        error_messages={
            "required": "Choose the district or charter network the team is for.",
            "invalid_choice": "Choose a district or charter network from the list.",
        },
    )
    unions = UnionsField(
        queryset=Organization.objects.filter(kind=OrganizationKind.UNION).order_by("name"),
        label="Local union(s)",
        help_text="Hold Ctrl (or Cmd) to choose more than one.",
        error_messages={
            "required": "Choose at least one local union: a joint team has both sides.",
            "invalid_choice": "Choose the union(s) from the list.",
            "invalid_pk_value": "Choose the union(s) from the list.",
        },
    )
    side = forms.ChoiceField(
        choices=Side.choices,
        widget=forms.RadioSelect,
        label="Your side on the team",
        error_messages={
            "required": "Say which side you are on the team.",
            "invalid_choice": "Choose one of the sides listed.",
        },
    )
    title = forms.CharField(
        max_length=120,
        required=False,
        label="Your role (optional)",
        help_text='For example "Superintendent" or "Union president".',
    )

    def clean_name(self):
        name = one_line(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError("Give the team a name.")
        return name

    def clean_title(self):
        return one_line(self.cleaned_data["title"])


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label="Their email address",
        error_messages={
            "required": "Give the email address to send the invitation to.",
            "invalid": "Enter a whole email address, like name@district.example.",
        },
    )
    side = forms.ChoiceField(
        choices=Side.choices,
        widget=forms.RadioSelect,
        label="Their side on the team",
        error_messages={
            "required": "Say which side they will be on the team.",
            "invalid_choice": "Choose one of the sides listed.",
        },
    )
    title = forms.CharField(
        max_length=120,
        required=False,
        label="Their role (optional)",
        help_text='For example "Union president".',
    )

    def __init__(self, *args, team, **kwargs):
        super().__init__(*args, **kwargs)
        self.team = team

    def clean_title(self):
        return one_line(self.cleaned_data["title"])

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        members = get_user_model().objects.filter(team_memberships__team=self.team)
        if members.filter(email__iexact=email).exists():
            raise forms.ValidationError("Someone with this address is already on the team.")
        if Invitation.objects.pending().filter(team=self.team, email=email).exists():
            raise forms.ValidationError(
                "This address already has a pending invitation. Revoke it below to send a new one."
            )
        return email


class FacilitatorChoiceForm(forms.Form):
    facilitator = IdChoiceField(
        queryset=founding.roster(),
        label="Facilitator",
        empty_label="Choose a facilitator",
        error_messages={
            "required": "Choose a facilitator from the roster.",
            "invalid_choice": "Choose a facilitator from the roster: this one is not on it "
            "or is not taking requests.",
        },
    )


class RequestChoiceForm(forms.Form):
    facilitator_request = IdChoiceField(
        queryset=None,
        label="Your facilitator request",
        empty_label="Choose one of your requests",
        error_messages={
            "required": "Choose one of your facilitator requests.",
            "invalid_choice": "Choose one of your own facilitator requests from the list.",
        },
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["facilitator_request"]
        field.queryset = founding.own_requests(user)
        field.label_from_instance = request_label


def request_label(facilitator_request):
    asked = facilitator_request.facilitator
    asked = f", asking for {asked}" if asked else ""
    sent = date_format(localtime(facilitator_request.created_at), "M j, Y")
    status = facilitator_request.get_status_display()
    return f"{facilitator_request.get_service_display()}{asked} (sent {sent}; {status})"
