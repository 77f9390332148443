"""Forms members fill in: their profile, an affiliation claim, a message to a member, a
request for a facilitator; and the admin form for the facilitators' roster."""

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

from resources.models import Topic

from .avatars import clean_avatar
from .core.fields import IdChoiceField, IdMultipleChoiceField
from .core.zones import zone_choices
from .models import Facilitator, MemberProfile, Service
from .regions import Region

NAME_MAX_LENGTH = 150


def topic_field(label, help_text):
    return IdMultipleChoiceField(
        queryset=Topic.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=label,
        help_text=help_text,
    )


def one_line(value):
    return " ".join(value.split())


class ProfileForm(forms.ModelForm):
    first_name = forms.CharField(max_length=NAME_MAX_LENGTH, required=True)
    last_name = forms.CharField(max_length=NAME_MAX_LENGTH, required=False)
    expertise = topic_field("Topics of expertise", "What you could help others with.")
    interests = topic_field("Topics of interest", "What you want to learn about.")
    avatar = forms.FileField(
        required=False,
        label="Avatar",
        help_text="A JPEG, PNG or WebP image up to 2 MB and 4000 × 4000 pixels; it is "
        "cropped to a square.",
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    time_zone = forms.ChoiceField(
        choices=lambda: [("", "Not set: each event's own zone only"), *zone_choices()],
        required=False,
        label="Your time zone",
        help_text="Event times are also shown in your zone, named.",
    )

    class Meta:
        model = MemberProfile
        fields = ["role", "state", "time_zone", "bio", "visibility", "expertise", "interests"]
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 5}),
            "visibility": forms.RadioSelect,
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["avatar"].initial = self.instance.avatar or None
        self.fields["first_name"].initial = user.first_name
        self.fields["last_name"].initial = user.last_name
        self.fields["first_name"].error_messages["required"] = (
            "Give your first name: members see it on your posts and profile."
        )

    def clean_first_name(self):
        return one_line(self.cleaned_data["first_name"])

    def clean_last_name(self):
        return one_line(self.cleaned_data["last_name"])

    def clean_avatar(self):
        upload = self.cleaned_data.get("avatar")
        if upload in (None, False):  # nothing sent, or "clear" ticked
            return upload
        return clean_avatar(upload)

    def save(self, commit=True):
        profile = super().save(commit=False)
        avatar = self.cleaned_data.get("avatar")
        if avatar is False and profile.avatar:
            profile.avatar.delete(save=False)
        elif avatar:
            if profile.avatar:
                profile.avatar.delete(save=False)
            profile.avatar.save(avatar.name, avatar, save=False)
        self.user.first_name = self.cleaned_data["first_name"]
        self.user.last_name = self.cleaned_data["last_name"]
        self.user.save(update_fields=["first_name", "last_name"])
        profile.user = self.user
        profile.save()
        self.save_m2m()
        profile.sync_topics()
        return profile


class ClaimForm(forms.Form):
    position = forms.CharField(
        max_length=120,
        required=False,
        help_text='Your title there, e.g. "Union president" or "Superintendent".',
    )

    def clean_position(self):
        return one_line(self.cleaned_data["position"])


class ContactForm(forms.Form):
    subject = forms.CharField(max_length=150)
    body = forms.CharField(
        label="Message", max_length=5000, widget=forms.Textarea(attrs={"rows": 8})
    )

    def clean_subject(self):
        return one_line(self.cleaned_data["subject"])


class FacilitatorRequestForm(forms.Form):
    service = forms.ChoiceField(choices=Service.choices, label="What do you need?")
    topic = IdChoiceField(
        queryset=Topic.objects.order_by("name"), required=False, empty_label="Any topic"
    )
    region = forms.ChoiceField(
        choices=[("", "Anywhere")] + Region.choices, required=False, label="Your region"
    )
    message = forms.CharField(
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Your district and union, what you hope to achieve, and your timing.",
        error_messages={"required": "Tell the staff what you need help with."},
    )


class FacilitatorAdminForm(WagtailAdminModelForm):
    """Services and regions as checkboxes rather than raw JSON."""

    services = forms.MultipleChoiceField(
        choices=Service.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    regions = forms.MultipleChoiceField(
        choices=Region.choices, widget=forms.CheckboxSelectMultiple, required=False
    )

    class Meta:
        model = Facilitator
        fields = ["user", "summary", "services", "regions", "languages", "accepting_requests"]
