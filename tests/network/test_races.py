"""Daily limits on facilitator requests and messages under simultaneous requests: real
threads, each with its own connection, in transactions that commit."""

from django.urls import reverse

from network.models import ContactMessage, FacilitatorRequest
from tests.concurrency import race


def test_simultaneous_facilitator_requests_meet_the_daily_limit(transactional_db, people, settings):
    settings.NETWORK_FACILITATOR_REQUESTS_PER_DAY = 3
    url = reverse("network:request")

    def send(client, number):
        data = {"service": "ibb_training", "message": f"Request {number}: help us."}
        return client.post(url, data).status_code

    statuses = race(people.member, 8, send)
    assert sorted(statuses) == [302] * 3 + [429] * 5
    assert FacilitatorRequest.objects.filter(requester=people.member).count() == 3


def test_simultaneous_messages_meet_the_daily_limit(transactional_db, people, settings):
    settings.NETWORK_CONTACT_MESSAGES_PER_DAY = limit = 3
    url = reverse("network:contact", args=[people.president.pk])

    def send(client, number):
        data = {"subject": f"Hello {number}", "body": "Could we talk about your panel?"}
        return client.post(url, data).status_code

    statuses = race(people.member, 8, send)
    assert sorted(statuses) == [302] * limit + [429] * (8 - limit)
    assert ContactMessage.objects.filter(sender=people.member).count() == limit
