"""Background tasks for the network (django-tasks). Failures are logged; the message or
request they announce is already stored."""

import logging

from django_tasks import task

from . import emails
from .models import ContactMessage, FacilitatorRequest

logger = logging.getLogger(__name__)


@task()
def email_contact_message(message_id):
    message = ContactMessage.objects.select_related("sender", "recipient").get(pk=message_id)
    try:
        emails.send_contact_message(message)
    except Exception:
        logger.exception("Contact message %s could not be emailed", message_id)
        raise


@task()
def email_facilitator_request(request_id):
    request = FacilitatorRequest.objects.select_related(
        "requester", "facilitator__user", "organization", "topic"
    ).get(pk=request_id)
    try:
        emails.send_facilitator_request(request)
    except Exception:
        logger.exception("Facilitator request %s could not be emailed to staff", request_id)
        raise
