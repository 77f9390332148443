"""A team's facilitator: chosen from the roster, or the one staff matched to a member's
facilitator request."""

import pytest
from django.urls import reverse

from network.factories import FacilitatorFactory
from network.models import FacilitatorRequest, RequestStatus
from teams.factories import TeamFactory
from teams.models import Team


@pytest.fixture
def lonely(cast):
    """A team of the superintendent's with no facilitator yet."""
    team = TeamFactory(name="Northfield joint team")
    team.memberships.create(user=cast.superintendent, side="management")
    return team


def url(team):
    return reverse("teams:facilitator", args=[team.slug])


def test_the_overview_offers_to_ask_for_a_facilitator(client, cast, lonely):
    client.force_login(cast.superintendent)
    html = client.get(lonely.get_absolute_url()).content.decode()
    assert reverse("network:request") in html
    assert url(lonely) in html


def test_a_member_attaches_a_facilitator_from_the_roster(client, cast, lonely):
    chosen = FacilitatorFactory(user__first_name="Rosa", user__last_name="Roster")
    busy = FacilitatorFactory(
        user__first_name="Bea", user__last_name="Busy", accepting_requests=False
    )
    client.force_login(cast.superintendent)
    html = client.get(url(lonely)).content.decode()
    assert "Rosa Roster" in html
    assert "Bea Busy" not in html
    response = client.post(url(lonely), {"action": "attach", "facilitator": busy.pk})
    assert response.status_code == 400
    assert "not on it or is not taking requests" in response.content.decode()
    response = client.post(url(lonely), {"action": "attach", "facilitator": chosen.pk})
    assert response.status_code == 302
    lonely.refresh_from_db()
    assert lonely.facilitator == chosen
    # The facilitator now sees the team.
    client.force_login(chosen.user)
    assert client.get(lonely.get_absolute_url()).status_code == 200
    # And a member can remove them again.
    client.force_login(cast.superintendent)
    client.post(url(lonely), {"action": "detach"})
    lonely.refresh_from_db()
    assert lonely.facilitator is None


def test_a_member_attaches_the_facilitator_staff_matched_to_their_request(client, cast, lonely):
    matched = FacilitatorFactory(user__first_name="Mat", user__last_name="Ched")
    own = FacilitatorRequest.objects.create(
        requester=cast.superintendent, service="ibb_training", message="We need help."
    )
    others = FacilitatorRequest.objects.create(
        requester=cast.outsider, service="ibb_training", message="Someone else's."
    )
    client.force_login(cast.superintendent)
    # Someone else's request cannot be attached.
    response = client.post(
        url(lonely), {"action": "link_request", "facilitator_request": others.pk}
    )
    assert response.status_code == 400
    assert "your own facilitator requests" in response.content.decode()
    response = client.post(url(lonely), {"action": "link_request", "facilitator_request": own.pk})
    assert response.status_code == 302
    lonely.refresh_from_db()
    assert lonely.facilitator_request == own
    html = client.get(url(lonely)).content.decode()
    assert "have not matched a facilitator to this request yet" in html
    # Before the staff match, the one-click attach refuses.
    client.post(url(lonely), {"action": "attach_from_request", "facilitator": matched.pk})
    lonely.refresh_from_db()
    assert lonely.facilitator is None

    # The staff match the request in the admin.
    own.facilitator, own.status = matched, RequestStatus.MATCHED
    own.save()
    html = client.get(url(lonely)).content.decode()
    assert "Attach Mat Ched, matched by the staff" in html
    response = client.post(
        url(lonely), {"action": "attach_from_request", "facilitator": matched.pk}
    )
    assert response.status_code == 302
    lonely.refresh_from_db()
    assert lonely.facilitator == matched


def test_a_stale_one_click_attach_does_not_attach_another(client, cast, lonely):
    first = FacilitatorFactory(user__first_name="First")
    second = FacilitatorFactory(user__first_name="Second")
    request = FacilitatorRequest.objects.create(
        requester=cast.superintendent,
        service="ibb_training",
        message="Help.",
        facilitator=second,
        status=RequestStatus.MATCHED,
    )
    Team.objects.filter(pk=lonely.pk).update(facilitator_request=request)
    client.force_login(cast.superintendent)
    client.post(url(lonely), {"action": "attach_from_request", "facilitator": first.pk})
    lonely.refresh_from_db()
    assert lonely.facilitator is None


def test_an_unknown_action_is_refused(client, cast, lonely):
    client.force_login(cast.superintendent)
    assert client.post(url(lonely), {"action": "promote"}).status_code == 400
