"""What those who run an event see: its registrants, the waiting list in order, the
attendance sheet and the CSV export. Each view asks
``permissions.can_manage_registrations`` on the server: anonymous visitors are sent to
log in, everyone else without it gets a 403 with a sentence."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponse
from django.shortcuts import redirect, render

from .. import permissions, registration, staff_csv
from ..forms import AttendanceForm
from .registration import event_for, refuse

NOT_ALLOWED = (
    "Only the event's staff (moderators, registration managers and, for a community's "
    "sessions, its facilitators) can see its registrants."
)


def managed_event(request, slug):
    """The event, or the response refusing it."""
    event = event_for(request, slug)
    if not request.user.is_authenticated:
        return event, redirect_to_login(request.get_full_path())
    if not permissions.can_manage_registrations(request.user, event):
        return event, refuse(request, NOT_ALLOWED, event)
    return event, None


def registrants(request, slug):
    event, refused = managed_event(request, slug)
    if refused is not None:
        return refused
    lists = registration.registrants(event)
    status = 200
    if request.method == "POST":
        form = AttendanceForm(request.POST, registrations=lists["confirmed"])
        if form.is_valid():
            marked = registration.mark_attendance(form.changes(), request.user)
            messages.success(
                request,
                f"Attendance saved ({marked} changed)." if marked else "Nothing changed.",
            )
            return redirect("events:registrants", event.slug)
        status = 400
    else:
        form = AttendanceForm(registrations=lists["confirmed"])
    return render(
        request,
        "events/staff/registrants.html",
        {"event": event, "form": form, **lists},
        status=status,
    )


def registrants_csv(request, slug):
    event, refused = managed_event(request, slug)
    if refused is not None:
        return refused
    response = HttpResponse(staff_csv.render(event), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-registrants.csv"'
    response["Cache-Control"] = "private, no-store"
    return response
