"""Every shown time names its zone; a member who set their own zone sees the time in
theirs as well."""

from datetime import date, time

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from django.utils.html import strip_tags

from events import timezones
from events.factories import EventPageFactory
from network.core.factories import UserFactory
from network.models import MemberProfile


def shown(start_date, start_time, end_date, end_time, zone, in_zone=None):
    start = timezones.combine(start_date, start_time, zone)
    end = timezones.combine(end_date, end_time, zone)
    return str(timezones.span(start, end, in_zone or zone))


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            (date(2011, 2, 15), time(8, 30), date(2011, 2, 16), time(16), "America/Denver"),
            "Tuesday 15 February 2011, 8:30 AM – Wednesday 16 February 2011, 4:00 PM "
            "MST (Mountain, Denver)",
        ),
        (
            (date(2026, 7, 1), time(9), date(2026, 7, 1), time(17), "America/New_York"),
            "Wednesday 1 July 2026, 9:00 AM – 5:00 PM EDT (Eastern, New York)",
        ),
        (
            (date(2026, 7, 1), time(9), date(2026, 7, 1), time(10), "America/Phoenix"),
            "Wednesday 1 July 2026, 9:00 AM – 10:00 AM MST (Mountain, no daylight saving, Phoenix)",
        ),
        (
            (date(2026, 3, 7), time(9), date(2026, 3, 9), time(12), "America/Chicago"),
            "Saturday 7 March 2026, 9:00 AM – Monday 9 March 2026, 12:00 PM "
            "CST to CDT (Central, Chicago)",
        ),
        (
            (date(2026, 1, 5), time(14), date(2026, 1, 5), time(15), "Europe/Berlin"),
            "Monday 5 January 2026, 2:00 PM – 3:00 PM CET (Europe/Berlin)",
        ),
        (
            (date(2026, 1, 5), time(9), date(2026, 1, 5), time(10), "Asia/Dubai"),
            "Monday 5 January 2026, 9:00 AM – 10:00 AM UTC+04 (Asia/Dubai)",
        ),
    ],
    ids=["denver-2011-two-days", "new-york-summer", "phoenix", "clock-change", "berlin", "dubai"],
)
def test_a_span_names_its_zone(args, expected):
    assert shown(*args) == expected


def test_a_span_in_another_zone_moves_the_clock_and_the_day():
    text = shown(
        date(2026, 1, 5),
        time(23),
        date(2026, 1, 5),
        time(23, 30),
        "America/Los_Angeles",
        in_zone="America/New_York",
    )
    assert text == "Tuesday 6 January 2026, 2:00 AM – 2:30 AM EST (Eastern, New York)"


@pytest.fixture
def denver_event(events_index):
    return EventPageFactory(
        parent=events_index,
        start_date=date(2027, 2, 15),
        start_time=time(9),
        end_time=time(17),
        time_zone="America/Denver",
    )


def member_with_zone(zone):
    user = UserFactory()
    MemberProfile.objects.create(user=user, time_zone=zone)
    return user


def test_anonymous_visitors_see_only_the_events_zone(client, denver_event):
    text = strip_tags(client.get(denver_event.url).content.decode())
    assert "Monday 15 February 2027, 9:00 AM – 5:00 PM MST (Mountain, Denver)" in text
    assert "Your time" not in text


def test_a_member_in_another_zone_sees_their_time_too(client, denver_event):
    client.force_login(member_with_zone("America/Los_Angeles"))
    html = client.get(denver_event.url).content.decode()
    text = strip_tags(html)
    assert "9:00 AM – 5:00 PM MST (Mountain, Denver)" in text
    assert (
        "Your time: Monday 15 February 2027, 8:00 AM – 4:00 PM PST (Pacific, Los Angeles)" in text
    )
    assert '<time datetime="2027-02-15T08:00:00-08:00">' in html


@pytest.mark.parametrize("zone", ["", "America/Denver"], ids=["not-set", "same-zone"])
def test_no_second_time_without_a_different_zone(client, denver_event, zone):
    client.force_login(member_with_zone(zone))
    assert "Your time" not in client.get(denver_event.url).content.decode()


def test_a_listing_asks_for_the_members_zone_once(events_index, django_assert_num_queries):
    events = [EventPageFactory(parent=events_index) for _ in range(5)]
    request = RequestFactory().get("/")
    request.user = type(member_with_zone("Europe/Berlin")).objects.get(
        pk=MemberProfile.objects.get().user_id
    )
    template = Template("{% load events_tags %}{% for e in events %}{% event_when e %}{% endfor %}")
    with django_assert_num_queries(1):
        html = template.render(Context({"request": request, "events": events}))
    assert html.count("Your time:") == 5
    assert "(Europe/Berlin)" in html


# The member's zone on their profile ---------------------------------------------------

PROFILE = {"first_name": "Dana", "last_name": "Lee", "visibility": "members"}


def test_a_member_sets_their_zone_on_their_profile(client, db):
    member = UserFactory()
    client.force_login(member)
    form = client.get(reverse("network:edit_profile")).content.decode()
    assert 'name="time_zone"' in form
    response = client.post(
        reverse("network:edit_profile"), {**PROFILE, "time_zone": "America/Chicago"}
    )
    assert response.status_code == 302
    assert MemberProfile.objects.get(user=member).time_zone == "America/Chicago"
    response = client.post(reverse("network:edit_profile"), {**PROFILE, "time_zone": ""})
    assert MemberProfile.objects.get(user=member).time_zone == ""


def test_an_unknown_zone_is_refused(client, db):
    member = UserFactory()
    client.force_login(member)
    response = client.post(
        reverse("network:edit_profile"), {**PROFILE, "time_zone": "Mars/Olympus"}
    )
    assert response.status_code == 400
    assert "time_zone" in response.context["form"].errors
    assert not MemberProfile.objects.filter(user=member, time_zone="Mars/Olympus").exists()


def test_the_model_validates_the_zone(db):
    profile = MemberProfile(user=UserFactory(), time_zone="Not/AZone")
    with pytest.raises(ValidationError) as raised:
        profile.full_clean()
    assert "time_zone" in raised.value.message_dict
