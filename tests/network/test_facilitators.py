"""The facilitators' roster, requests for a facilitator, and the forum badge."""

import pytest
from django.core import mail
from django.urls import reverse

from forums import posting
from forums.factories import CommunityPageFactory
from forums.models import CommunityIndexPage
from network.models import Facilitator, FacilitatorRequest, MemberProfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def facilitator(people):
    profile = MemberProfile.objects.get(user=people.president)
    profile.expertise.add(people.par)
    return Facilitator.objects.create(
        user=people.president,
        summary="Trains joint teams.",
        services=["ibb_training", "team_building"],
        regions=["northeast"],
        languages="English, Spanish",
    )


def test_the_roster_filters_by_topic_service_and_region(facilitator, people, login):
    client = login(people.member)
    url = reverse("network:facilitators")

    def names(**params):
        return [f.pk for f in client.get(url, params).context["facilitators"]]

    assert facilitator.pk in names()
    assert facilitator.pk in names(
        topic=people.par.slug, service="ibb_training", region="northeast"
    )
    assert facilitator.pk not in names(service="facilitated_negotiations")
    assert facilitator.pk not in names(region="west")
    html = client.get(url).content.decode()
    assert "Interest-based bargaining training" in html and "Spanish" in html


def test_a_request_is_stored_and_emailed_to_staff(
    facilitator, people, login, django_capture_on_commit_callbacks
):
    client = login(people.superintendent)
    url = reverse("network:request") + f"?facilitator={facilitator.pk}"
    assert "President Tester" in client.get(url).content.decode()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {"facilitator": facilitator.pk, "service": "ibb_training", "message": "Help us."},
        )
    assert response.status_code == 302
    request = FacilitatorRequest.objects.get(requester=people.superintendent)
    assert (request.facilitator, request.status) == (facilitator, "new")
    assert request.organization == people.district
    assert [m.to for m in mail.outbox] == [["moderator@example.org"]]
    assert "Help us." in mail.outbox[0].body
    # Staff see it in the admin queue.
    admin = login(people.moderator)
    queue = admin.get(reverse("wagtailsnippets_network_facilitatorrequest:list")).content.decode()
    assert "Interest-based bargaining training" in queue


def test_requests_are_validated_and_rate_limited(people, login, settings):
    settings.NETWORK_FACILITATOR_REQUESTS_PER_DAY = 1
    client = login(people.member)
    url = reverse("network:request")
    empty = client.post(url, {"service": "ibb_training", "message": ""})
    assert empty.status_code == 400
    assert "Tell the staff what you need" in empty.content.decode()
    data = {"service": "team_building", "message": "First."}
    assert client.post(url, data).status_code == 302
    again = client.post(url, {"service": "team_building", "message": "Second, kept."})
    assert again.status_code == 429
    assert "Second, kept." in again.content.decode()


def test_roster_facilitators_get_the_forum_badge(facilitator, people, login):
    community = CommunityPageFactory(parent=CommunityIndexPage.objects.get())
    thread = posting.start_thread(community, people.member, "Badge?", "Question.")
    posting.add_reply(thread, people.president, "From the roster.")
    posting.add_reply(thread, people.superintendent, "Not on the roster.")
    html = login(people.member).get(thread.get_absolute_url()).content.decode()
    president = html.index("President Tester")
    superintendent = html.index("Superintendent Tester")
    assert "Facilitator</span>" in html[president : president + 200]
    assert "Facilitator</span>" not in html[superintendent : superintendent + 200]


def test_roster_facilitators_are_marked_in_the_directory(facilitator, people, login):
    html = login(people.member).get(reverse("network:members"), {"q": "tester"}).content.decode()
    president = html.index("President Tester")
    superintendent = html.index("Superintendent Tester")
    assert "badge facilitator" in html[president : president + 120]
    assert "badge facilitator" not in html[superintendent : superintendent + 120]
