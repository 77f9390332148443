"""The facilitators' roster and the "request a facilitator" form (members only)."""

from django.contrib import messages
from django.shortcuts import redirect, render

from resources.models import Topic
from search.text import query_text

from . import emails, limits
from .core.ids import parse_id
from .core.locks import member_lock
from .forms import FacilitatorRequestForm
from .member_views import members_only
from .models import Facilitator, FacilitatorRequest, MemberProfile, Service
from .regions import Region

BAD_FACILITATOR_LINK = (
    "This link does not name a facilitator on the roster. Choose one from the roster, or "
    "send a general request below: the staff will find someone who fits."
)


def roster(request):
    """Facilitators, filtered by topic, service and region. The roster is small (tens to
    hundreds), so the service and region filters run on the listed rows."""
    if not request.user.is_authenticated:
        return members_only(request, "the facilitators' roster")
    topic = query_text(request.GET.get("topic"), 100)
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
    asked_for = request.GET.get("facilitator") or request.POST.get("facilitator") or ""
    facilitator_id = parse_id(asked_for)
    chosen = (
        Facilitator.objects.filter(pk=facilitator_id, accepting_requests=True).first()
        if facilitator_id
        else None
    )
    profile = MemberProfile.objects.filter(user=request.user).select_related("organization").first()
    status, notice = 200, ""
    if asked_for and facilitator_id is None:
        # A mangled link: say so rather than send the request to nobody in particular.
        status, notice = 400, BAD_FACILITATOR_LINK
        form = FacilitatorRequestForm(request.POST if request.method == "POST" else None)
    elif request.method == "POST":
        form = FacilitatorRequestForm(request.POST)
        if form.is_valid():
            saved = send_request(request.user, form.cleaned_data, chosen, profile)
            if saved:
                messages.success(
                    request,
                    "Your request is saved and queued for the staff, who will put you in "
                    "touch with a facilitator. They also see it in their list of requests.",
                )
                return redirect("network:facilitators")
            form.add_error(
                None,
                "You have sent as many requests as members may in a day; the staff "
                "will answer those first. Your request is kept below.",
            )
            status = 429
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
        {"form": form, "facilitator": chosen, "notice": notice},
        status=status,
    )


def send_request(user, data, facilitator, profile):
    """Store a request and queue its email; None if the daily limit refuses it. Counted
    and stored under the member's lock, so simultaneous requests cannot exceed it."""
    with member_lock(user):
        if limits.facilitator_requests_left(user) == 0:
            return None
        facilitator_request = FacilitatorRequest.objects.create(
            requester=user,
            facilitator=facilitator,
            organization=profile.organization if profile else None,
            service=data["service"],
            topic=data["topic"],
            region=data["region"],
            message=data["message"],
        )
        emails.queue_facilitator_request(facilitator_request)
    return facilitator_request
