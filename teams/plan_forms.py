"""Forms of the plan pages. Member text is Markdown, checked for length here and made
safe by ``network.core.markdown`` when saved."""

from django import forms
from django.contrib.auth import get_user_model

from resources.models import ResourcePage, Topic

from .choices import StepStatus
from .models import Comment, Team
from .models.plans import COMMENT_MAX_LENGTH, TEXT_MAX_LENGTH
from .plans import template_pages


def one_line(value):
    return " ".join((value or "").split())


def person_label(user):
    return user.get_full_name() or user.get_username()


class PrinciplesForm(forms.Form):
    text = forms.CharField(
        label="Principles",
        widget=forms.Textarea(attrs={"rows": 16}),
        max_length=TEXT_MAX_LENGTH,
        required=False,
        help_text="Markdown: **bold**, *italic*, lists, links. HTML is shown as text.",
    )
    template = forms.ModelChoiceField(
        queryset=ResourcePage.objects.none(), required=False, widget=forms.HiddenInput
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].queryset = template_pages()


class TemplateChoiceForm(forms.Form):
    template = forms.ModelChoiceField(
        label="Start from a library template",
        queryset=ResourcePage.objects.none(),
        empty_label="Choose an MOU or template",
        help_text="Its text replaces the draft below; nothing is saved until you save.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].queryset = template_pages()


class PlanDetailsForm(forms.Form):
    title = forms.CharField(label="Plan title", max_length=200)
    summary = forms.CharField(
        label="Summary", max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def clean_title(self):
        return one_line(self.cleaned_data["title"])


class GoalForm(forms.Form):
    title = forms.CharField(label="Goal", max_length=200)
    description = forms.CharField(
        label="Description",
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    topics = forms.ModelMultipleChoiceField(
        label="Topics",
        queryset=Topic.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def clean_title(self):
        return one_line(self.cleaned_data["title"])


class OwnerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return person_label(user)


class StepForm(forms.Form):
    title = forms.CharField(label="Step", max_length=200)
    owner = OwnerChoiceField(
        label="Owner",
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label="No owner yet",
        help_text="A member of the team, from either side.",
    )
    due_date = forms.DateField(
        label="Due date", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    status = forms.ChoiceField(label="Status", choices=StepStatus.choices)

    def __init__(self, *args, team, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = (
            get_user_model()
            .objects.filter(team_memberships__team=team)
            .order_by("first_name", "last_name", "username")
        )

    def clean_title(self):
        return one_line(self.cleaned_data["title"])


class UpdateForm(forms.Form):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "id_update_%s")  # unique beside the comment form
        super().__init__(*args, **kwargs)

    body = forms.CharField(
        label="Progress update",
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=TEXT_MAX_LENGTH,
        help_text="Markdown. What moved forward, what is stuck.",
    )


class TeamChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, team):
        return f"{team.name} ({team.district.name})"


def peer_team_field(label):
    return TeamChoiceField(
        label=label,
        queryset=Team.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class PeerTeamsMixin:
    def set_peer_teams(self, team):
        self.fields["teams"].queryset = (
            Team.objects.exclude(pk=team.pk).filter(is_demo=team.is_demo).select_related("district")
        )


class SharingForm(PeerTeamsMixin, forms.Form):
    with_network = forms.BooleanField(
        label="Share with the network",
        required=False,
        help_text=(
            "Every signed-in member can read it and comment. Its title, summary, goals "
            "and steps appear in the site's search."
        ),
    )
    teams = peer_team_field("Share with these peer teams")

    def __init__(self, *args, team, **kwargs):
        super().__init__(*args, **kwargs)
        self.set_peer_teams(team)


class FeedbackRequestForm(PeerTeamsMixin, forms.Form):
    facilitator = forms.BooleanField(label="Ask our facilitator", required=False)
    teams = peer_team_field("Ask these peer teams (the plan is shared with them)")
    message = forms.CharField(
        label="Message",
        max_length=COMMENT_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, team, **kwargs):
        kwargs.setdefault("auto_id", "id_feedback_%s")  # unique beside the sharing form
        super().__init__(*args, **kwargs)
        self.team = team
        self.set_peer_teams(team)
        if not team.facilitator_id:
            self.fields["facilitator"].disabled = True
            self.fields["facilitator"].help_text = "The team has no facilitator yet."

    def clean(self):
        data = super().clean()
        if not data.get("facilitator") and not data.get("teams"):
            raise forms.ValidationError("Choose the facilitator, a peer team, or both.")
        return data


class CommentForm(forms.Form):
    body = forms.CharField(
        label="Comment",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=COMMENT_MAX_LENGTH,
        help_text="Markdown. HTML is shown as text.",
    )
    reply_to = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, plan, **kwargs):
        kwargs.setdefault("auto_id", "id_comment_%s")
        super().__init__(*args, **kwargs)
        self.plan = plan

    def clean_reply_to(self):
        pk = self.cleaned_data.get("reply_to")
        if pk is None:
            return None
        parent = Comment.objects.filter(plan=self.plan, pk=pk).select_related("author").first()
        if parent is None:
            raise forms.ValidationError("The comment you replied to is no longer there.")
        return parent
