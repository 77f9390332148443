"""Emails the network sends: a member's message to another member, and a facilitator
request to the staff. Each goes into the outbox (``network.core.outbox``) in the same
transaction as the message or request it carries, and the worker sends it with retries:
a mail outage delays it and loses nothing."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse

from network.core import outbox
from network.core.links import site_url
from network.core.people import display_name
from network.core.roles import MODERATORS_GROUP

logger = logging.getLogger(__name__)


def staff_addresses():
    """``NETWORK_STAFF_EMAILS``, else the active moderators and superusers."""
    if settings.NETWORK_STAFF_EMAILS:
        return list(settings.NETWORK_STAFF_EMAILS)
    staff = get_user_model().objects.filter(
        Q(is_superuser=True) | Q(groups__name=MODERATORS_GROUP), is_active=True
    )
    return sorted({user.email for user in staff if user.email})


def queue_contact_message(message):
    sender, recipient = message.sender, message.recipient
    context = {
        "message": message,
        "sender_name": display_name(sender),
        "sender_url": site_url(reverse("network:member", args=[sender.pk])),
        "settings_url": site_url(reverse("network:edit_profile")),
    }
    email = EmailMessage(
        subject=f"[SameSide] {message.subject}",
        body=render_to_string("network/email/contact.txt", context),
        to=[recipient.email],
        # Replying reaches the sender; the form told them their address is shared so.
        reply_to=[sender.email],
    )
    return outbox.queue(email, purpose="contact message", user=recipient, sender=sender)


def queue_facilitator_request(request):
    to = staff_addresses()
    if not to:
        logger.warning("Facilitator request %s: no staff address to notify", request.pk)
        return
    context = {
        "request": request,
        "requester_name": display_name(request.requester),
        "admin_url": site_url(
            reverse("wagtailsnippets_network_facilitatorrequest:edit", args=[request.pk])
        ),
    }
    email = EmailMessage(
        subject=f"[SameSide] Facilitator request: {request.get_service_display()}",
        body=render_to_string("network/email/facilitator_request.txt", context),
        to=to,
    )
    return outbox.queue(email, purpose="facilitator request", sender=request.requester)
