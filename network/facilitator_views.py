"""The facilitators' roster and the "request a facilitator" form (members only)."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render

from resources.models import Topic

from . import emails, limits
from .forms import FacilitatorRequestForm
from .member_views import members_only
from .models import Facilitator, FacilitatorRequest, MemberProfile, Service
from .regions import Region


def roster(request):
    """Facilitators, filtered by topic, service and region. The roster is small (tens to
    hundreds), so the service and region filters run on the listed rows."""
    if not request.user.is_authenticated:
        return members_only(request, "the facilitators' roster")
    topic = request.GET.get("topic", "")
    service = request.GET.get("service", "")
    region = request.GET.get("region", "")
    facilitators = Facilitator.objects.filter(user__is_active=True).select_related(
        "user", "user__profile"
    )
    if topic:
        facilitators = facilitators.filter(user__profile__expertise__slug=topic)
    rows = list(facilitators.prefetch_related("user__profile__expertise"))
    if service in Service.values:
        rows = [f for f in rows if service in f.services]
    if region in Region.values:
        rows = [f for f in rows if region in f.regions]
    return render(
        request,
        "network/facilitators.html",
        {
            "facilitators": rows,
            "topics": Topic.objects.order_by("name"),
            "services": Service.choices,
            "regions": Region.choices,
            "chosen": {"topic": topic, "service": service, "region": region},
        },
    )


def request_facilitator(request):
    if not request.user.is_authenticated:
        return members_only(request, "the facilitator request form")
    chosen = Facilitator.objects.filter(
        pk=request.GET.get("facilitator") or request.POST.get("facilitator") or None,
        accepting_requests=True,
    ).first()
    profile = MemberProfile.objects.filter(user=request.user).select_related("organization").first()
    status = 200
    if request.method == "POST":
        form = FacilitatorRequestForm(request.POST)
        if form.is_valid():
            if limits.facilitator_requests_left(request.user) == 0:
                form.add_error(
                    None,
                    "You have sent as many requests as members may in a day; the staff "
                    "will answer those first. Your request is kept below.",
                )
                status = 429
            else:
                data = form.cleaned_data
                with transaction.atomic():
                    facilitator_request = FacilitatorRequest.objects.create(
                        requester=request.user,
                        facilitator=chosen,
                        organization=profile.organization if profile else None,
                        service=data["service"],
                        topic=data["topic"],
                        region=data["region"],
                        message=data["message"],
                    )
                    emails.queue_facilitator_request(facilitator_request)
                messages.success(
                    request,
                    "Your request is saved and queued for the staff, who will put you in "
                    "touch with a facilitator. They also see it in their list of requests.",
                )
                return redirect("network:facilitators")
        else:
            status = 400
    else:
        initial = {}
        if profile and profile.region:
            initial["region"] = profile.region
        form = FacilitatorRequestForm(initial=initial)
    return render(
        request,
        "network/request_facilitator.html",
        {"form": form, "facilitator": chosen},
        status=status,
    )
