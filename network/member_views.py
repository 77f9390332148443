"""Members: the directory, profiles, editing one's own, affiliation claims, messages
between members, the data export and account deletion.

Everything here is for signed-in members. Anonymous visitors get a page explaining the
network with a sign-up prompt (never member data); a hidden profile answers 404 to
everyone but its owner and moderators.
"""

import json
import logging

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from network.core.roles import is_moderator
from search.text import query_text

from . import emails, limits, privacy
from .core.ids import parse_id
from .core.locks import member_lock
from .directory import MemberDirectory
from .forms import ClaimForm, ContactForm, ProfileForm
from .models import (
    Affiliation,
    ContactMessage,
    MemberProfile,
    Organization,
    Visibility,
    apply_affiliation,
)

logger = logging.getLogger(__name__)

ORGANIZATION_RESULTS = 20


def find_organizations(query, limit=ORGANIZATION_RESULTS):
    """Organizations whose name contains ``query``, for the pickers that start from one."""
    return list(Organization.objects.filter(name__icontains=query).order_by("name")[:limit])


def members_only(request, what):
    """The page anonymous visitors get instead of member data. ``what`` is one thing
    ("the members' directory"): the page says it "is open to signed-in members only"."""
    return render(request, "network/members_only.html", {"what": what}, status=200)


def directory(request):
    if not request.user.is_authenticated:
        return members_only(request, "the members' directory")
    listing = MemberDirectory().run(request)
    return render(request, "network/member_directory.html", {"listing": listing})


def visible_profile(request, user_id):
    profile = get_object_or_404(
        MemberProfile.objects.select_related("user", "organization"),
        user_id=user_id,
        user__is_active=True,
    )
    own = profile.user_id == request.user.pk
    if profile.visibility == Visibility.HIDDEN and not (own or is_moderator(request.user)):
        raise Http404
    return profile, own


def member_detail(request, user_id):
    if not request.user.is_authenticated:
        return members_only(request, "this member's profile")
    profile, own = visible_profile(request, user_id)
    facilitator = getattr(profile.user, "facilitator", None)
    return render(
        request,
        "network/member_detail.html",
        {
            "profile": profile,
            "own": own,
            "facilitator": facilitator,
            "expertise": list(profile.expertise.order_by("name")),
            "interests": list(profile.interests.order_by("name")),
            "can_contact": not own and profile.visibility == Visibility.MEMBERS,
        },
    )


@login_required
def edit_profile(request):
    profile, _ = MemberProfile.objects.get_or_create(user=request.user)
    status = 200
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, instance=profile, user=request.user)
        if form.is_valid():
            with transaction.atomic():
                form.save()
            messages.success(request, "Your profile is saved.")
            return redirect("network:edit_profile")
        status = 400
    else:
        form = ProfileForm(instance=profile, user=request.user)
    claims = Affiliation.objects.filter(user=request.user).select_related("organization")
    return render(
        request,
        "network/profile_edit.html",
        {"form": form, "profile": profile, "claims": claims},
        status=status,
    )


@login_required
def claim_affiliation(request):
    """Find an organization by name and claim to belong to it; staff confirm claims."""
    query = query_text(request.GET.get("q"), 100)
    results = []
    if query:
        results = find_organizations(query)
    status = 200
    form = ClaimForm()
    if request.method == "POST":
        organization_id = parse_id(request.POST.get("organization"))
        organization = (
            Organization.objects.filter(pk=organization_id).first() if organization_id else None
        )
        form = ClaimForm(request.POST)
        if organization is None:
            form.add_error(None, "Choose an organization from the list.")
        if form.is_valid():
            claim, created = Affiliation.objects.get_or_create(
                user=request.user,
                organization=organization,
                defaults={"position": form.cleaned_data["position"]},
            )
            if created:
                messages.success(
                    request,
                    f"Your claim to {organization.name} is sent; staff will confirm it.",
                )
            else:
                messages.info(
                    request,
                    f"You have already claimed {organization.name} "
                    f"({claim.get_status_display().lower()}).",
                )
            return redirect("network:edit_profile")
        status = 400
    return render(
        request,
        "network/claim_affiliation.html",
        {"query": query, "results": results, "form": form},
        status=status,
    )


@require_POST
@login_required
def withdraw_affiliation(request, pk):
    claim = get_object_or_404(Affiliation, pk=pk, user=request.user)
    claim.delete()
    apply_affiliation(request.user)
    messages.success(request, "Affiliation withdrawn.")
    return redirect("network:edit_profile")


def contact_member(request, user_id):
    if not request.user.is_authenticated:
        return members_only(request, "the contact form")
    profile, own = visible_profile(request, user_id)
    if own or profile.visibility != Visibility.MEMBERS:
        raise Http404
    status = 200
    if request.method == "POST":
        form = ContactForm(request.POST)
        if form.is_valid():
            if send_message(request.user, profile.user, form.cleaned_data):
                messages.success(
                    request,
                    f"Your message to {profile.name} is saved and queued: it will be "
                    "emailed to them within a few minutes.",
                )
                return redirect(profile)
            form.add_error(
                None,
                "You have sent as many messages as members may in a day. Your message "
                "is kept below: send it tomorrow.",
            )
            status = 429
        else:
            status = 400
    else:
        form = ContactForm()
    return render(
        request,
        "network/contact.html",
        {"profile": profile, "form": form},
        status=status,
    )


def send_message(sender, recipient, data):
    """Store a message and queue its email; None if the daily limit refuses it. Counted
    and stored under the sender's lock, so simultaneous sends cannot exceed it."""
    with member_lock(sender):
        if limits.contact_messages_left(sender) == 0:
            return None
        message = ContactMessage.objects.create(
            sender=sender, recipient=recipient, subject=data["subject"], body=data["body"]
        )
        emails.queue_contact_message(message)
    return message


@login_required
def export_data(request):
    data = privacy.export(request.user)
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json"
    )
    stamp = timezone.now().strftime("%Y-%m-%d")
    response["Content-Disposition"] = f'attachment; filename="sameside-data-{stamp}.json"'
    return response


@login_required
def delete_account(request):
    status = 200
    error = ""
    if request.method == "POST":
        if request.user.check_password(request.POST.get("password", "")) or (
            not request.user.has_usable_password() and request.POST.get("confirm") == "delete"
        ):
            user = request.user
            logout(request)
            privacy.delete_account(user)
            messages.success(
                request,
                "Your account is deleted. The posts others could read remain in their "
                "threads, shown as by a former member; everything else is gone.",
            )
            return redirect("/")
        error = "That password is not right: your account was not deleted."
        status = 400
    return render(
        request,
        "network/delete_account.html",
        {"error": error, "export_url": reverse("network:export_data")},
        status=status,
    )
