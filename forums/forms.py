"""Forms members fill in (ask, reply, edit, flag, watch levels, preferences) and the
forms staff use (move a thread, suspend a member)."""

from django import forms

from network.core.fields import IdChoiceField, IdMultipleChoiceField
from resources.models import Topic

from .models import BODY_MAX_LENGTH, TITLE_MAX_LENGTH, FlagReason, MemberPreferences, WatchLevel

BODY_HELP = (
    "Markdown: **bold**, *italic*, [link](https://example.org), lists, > quotes, "
    "``` code blocks and tables. HTML is shown as typed."
)


def body_field(label, required_message):
    return forms.CharField(
        label=label,
        max_length=BODY_MAX_LENGTH,
        help_text=BODY_HELP,
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages={
            "required": required_message,
            "max_length": f"Keep it to {BODY_MAX_LENGTH:,} characters or fewer "
            "(it has %(show_value)s).",
        },
    )


class AskForm(forms.Form):
    title = forms.CharField(
        max_length=TITLE_MAX_LENGTH,
        help_text="Your question in one line.",
        error_messages={
            "required": "Give your question a title.",
            "max_length": f"Keep the title to {TITLE_MAX_LENGTH} characters or fewer "
            "(it has %(show_value)s).",
        },
    )
    body = body_field("Details", "Describe your question: the body cannot be empty.")

    def clean_title(self):
        # One line: line breaks or tabs typed (or forged) into a title become spaces; it
        # is also the subject of notification emails.
        return " ".join(self.cleaned_data["title"].split())

    topics = IdMultipleChoiceField(
        queryset=Topic.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Optional: the topics your question is about.",
    )


class ReplyForm(forms.Form):
    body = body_field("Your reply", "Write your reply: it cannot be empty.")
    reply_to = IdChoiceField(
        queryset=None,
        required=False,
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": "The post you were replying to is no longer there."},
    )

    def __init__(self, *args, thread, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reply_to"].queryset = thread.posts.filter(hidden=False, held=False)


class EditPostForm(forms.Form):
    body = body_field("Text", "The post cannot be empty.")


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        choices=FlagReason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what is wrong with the post."},
    )
    details = forms.CharField(
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Optional: anything the moderators should know.",
        error_messages={"max_length": "Keep the details to 1,000 characters or fewer."},
    )


class WatchForm(forms.Form):
    level = forms.ChoiceField(
        label="Notifications",
        choices=WatchLevel.choices,
        error_messages={"required": "Choose a level.", "invalid_choice": "Choose a level."},
    )


class MoveThreadForm(forms.Form):
    community = IdChoiceField(
        queryset=None,
        label="Move to",
        empty_label=None,
        error_messages={"invalid_choice": "Choose one of the communities listed."},
    )

    def __init__(self, *args, targets, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["community"].queryset = targets.order_by("title")


class SuspendForm(forms.Form):
    DURATIONS = [
        ("1", "1 day"),
        ("7", "7 days"),
        ("30", "30 days"),
        ("", "Until a moderator lifts it"),
    ]
    reason = forms.CharField(
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Shown to the member while the suspension lasts.",
        error_messages={"required": "Give the reason the member will see."},
    )
    duration = forms.ChoiceField(
        choices=DURATIONS, required=False, widget=forms.RadioSelect, initial="7"
    )


class PreferencesForm(forms.ModelForm):
    """The member's name as the communities show it, and how they hear about activity."""

    first_name = forms.CharField(max_length=150, required=False)
    last_name = forms.CharField(max_length=150, required=False)

    class Meta:
        model = MemberPreferences
        fields = ["auto_watch", "email_mentions", "digest"]
        widgets = {"digest": forms.RadioSelect}
