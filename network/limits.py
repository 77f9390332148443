"""Rate limits on what members send each other and the staff; each is a setting.

Each limit counts the member's stored rows of the last 24 hours. The view counts and
inserts inside ``network.core.locks.member_lock``, so simultaneous requests of one member
are counted one after another and the limit holds under concurrency (see that module).
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .models import ContactMessage, FacilitatorRequest


def contact_messages_left(user):
    limit = settings.NETWORK_CONTACT_MESSAGES_PER_DAY
    if limit <= 0:
        return None
    since = timezone.now() - timedelta(days=1)
    return max(limit - ContactMessage.objects.filter(sender=user, created_at__gte=since).count(), 0)


def facilitator_requests_left(user):
    limit = settings.NETWORK_FACILITATOR_REQUESTS_PER_DAY
    if limit <= 0:
        return None
    since = timezone.now() - timedelta(days=1)
    sent = FacilitatorRequest.objects.filter(requester=user, created_at__gte=since).count()
    return max(limit - sent, 0)
