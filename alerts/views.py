"""Saved searches: save one from the search page, list, rename, change frequency,
delete, and the one-click unsubscribe of the alert emails.

Every page but the unsubscribe link is its owner's alone: another member's saved search
is a 404, whatever the URL, so ids reveal nothing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from . import sending
from .forms import EditSavedSearchForm, SaveSearchForm
from .models import SavedSearch


def search_url(query_string):
    return reverse("search") + (f"?{query_string}" if query_string else "")


def own(request, pk):
    return get_object_or_404(SavedSearch, pk=pk, owner=request.user)


@login_required
def saved_search_list(request):
    searches = request.user.saved_searches.all()
    rows = [
        {
            "search": search,
            "url": search_url(search.query_string),
            "form": EditSavedSearchForm(instance=search, prefix=f"s{search.pk}"),
        }
        for search in searches
    ]
    return render(request, "alerts/list.html", {"rows": rows})


@require_POST
def save(request):
    """Save the search the form carries. A signed-out visitor is sent to sign in and
    back to the same search, where the button is waiting (nothing is lost)."""
    form = SaveSearchForm(request.POST)
    valid = form.is_valid()
    back = search_url(form.cleaned_data["query_string"] if valid else "")
    if not request.user.is_authenticated:
        return redirect_to_login(back)
    if not valid:
        messages.error(request, "That search could not be saved. Please try again.")
        return redirect(back)
    data = form.cleaned_data
    existing = request.user.saved_searches.filter(query_string=data["query_string"]).first()
    if existing is not None:
        messages.info(request, f"You already saved this search as “{existing.name}”.")
        return redirect("alerts:list")
    try:
        with transaction.atomic():
            saved = SavedSearch.objects.create(
                owner=request.user,
                name=data["name"],
                query_string=data["query_string"],
                frequency=data["frequency"],
            )
            sending.baseline(saved)
    except IntegrityError:  # the same search saved twice at once
        messages.info(request, "You already saved this search.")
        return redirect("alerts:list")
    messages.success(
        request,
        f"Saved “{saved.name}”. You will get a {saved.get_frequency_display().lower()} "
        "email when something new matches it.",
    )
    return redirect("alerts:list")


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, pk):
    search = own(request, pk)
    form = EditSavedSearchForm(request.POST or None, instance=search, prefix=f"s{search.pk}")
    if request.method == "POST" and form.is_valid():
        changed = form.save(commit=False)
        with transaction.atomic():
            if changed.subscribed and "subscribed" in form.changed_data:
                # Back on: alerts start again from now, not with what came meanwhile.
                changed.unsubscribed_at = None
                changed.last_checked_at = timezone.now()
                sending.baseline(changed)
            elif not changed.subscribed and "subscribed" in form.changed_data:
                changed.unsubscribed_at = timezone.now()
            changed.save()
        messages.success(request, f"Saved your changes to “{changed.name}”.")
        return redirect("alerts:list")
    status = 400 if request.method == "POST" else 200
    context = {"search": search, "form": form, "url": search_url(search.query_string)}
    return render(request, "alerts/edit.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def delete(request, pk):
    search = own(request, pk)
    if request.method == "POST":
        search.delete()
        messages.success(request, f"Deleted the saved search “{search.name}”.")
        return redirect("alerts:list")
    return render(request, "alerts/delete.html", {"search": search})


@csrf_exempt  # mail clients POST one-click unsubscribes (RFC 8058); the signed token authorizes
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET shows what the link stops, with a button; POST stops it. The signed token
    names the saved search and its owner, so no sign-in is needed."""
    search = sending.read_unsubscribe_token(token)
    if search is None:
        context = {"manage_url": reverse("alerts:list")}
        return render(request, "alerts/unsubscribe_invalid.html", context, status=400)
    if request.method == "POST":
        sending.unsubscribe(search)
        return render(request, "alerts/unsubscribed.html", {"search": search})
    return render(request, "alerts/unsubscribe.html", {"search": search})
