"""Editing one's profile: validation, sanitizing, avatars, affiliation claims."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from network.models import Affiliation, MemberProfile

from .conftest import make_png

pytestmark = pytest.mark.django_db

FORM = {
    "first_name": "Dana",
    "last_name": "Lee",
    "role": "union_leader",
    "state": "MA",
    "bio": "I lead our **local**.",
    "visibility": "members",
}


def save(client, files=None, **changes):
    data = {**FORM, **changes}
    if files:
        data.update(files)
    return client.post(reverse("network:edit_profile"), data)


def test_a_member_fills_in_their_profile(people, login):
    client = login(people.member)
    assert client.get(reverse("network:edit_profile")).status_code == 200
    response = save(client, expertise=[people.par.pk])
    assert response.status_code == 302
    profile = MemberProfile.objects.get(user=people.member)
    assert (profile.role, profile.state) == ("union_leader", "MA")
    assert profile.bio_html == "<p>I lead our <strong>local</strong>.</p>"
    assert list(profile.topics.all()) == [people.par]
    people.member.refresh_from_db()
    assert people.member.get_full_name() == "Dana Lee"


def test_bio_and_names_are_sanitized(people, login):
    client = login(people.member)
    save(client, bio="<script>alert(1)</script> [x](javascript:alert(1))", first_name="<b>Dana</b>")
    profile = MemberProfile.objects.get(user=people.member)
    assert "<script>" not in profile.bio_html and "javascript:" not in profile.bio_html
    html = client.get(reverse("network:member", args=[people.member.pk])).content.decode()
    assert "&lt;b&gt;Dana&lt;/b&gt;" in html and "<b>Dana</b>" not in html


def test_invalid_input_comes_back_filled_in(people, login):
    client = login(people.member)
    response = save(client, first_name="", role="emperor", bio="x" * 2001)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Give your first name" in html
    assert "Select a valid choice" in html
    assert "x" * 2001 in html  # nothing typed is lost


def upload(data, name="me.png", content_type="image/png"):
    return {"avatar": SimpleUploadedFile(name, data, content_type=content_type)}


def test_a_good_avatar_is_re_encoded_as_a_square_png(people, login):
    client = login(people.member)
    assert save(client, files=upload(make_png(640, 480, fmt="JPEG"), "me.jpg")).status_code == 302
    profile = MemberProfile.objects.get(user=people.member)
    with profile.avatar.open("rb") as stored:
        image = Image.open(io.BytesIO(stored.read()))
        assert (image.format, image.size) == ("PNG", (256, 256))
    assert profile.avatar.name.startswith("avatars/") and "me" not in profile.avatar.name


@pytest.mark.parametrize(
    "data, message",
    [
        (b"GIF89a not really", "not an image we can read"),
        (make_png(fmt="GIF"), "Upload a JPEG, PNG or WebP image"),
        (make_png(20, 20), "too small"),
        (make_png(4100, 100), "at most 4000"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "not an image we can read"),
    ],
)
def test_bad_avatars_are_refused_with_a_reason(people, login, data, message):
    client = login(people.member)
    response = save(client, files=upload(data))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not MemberProfile.objects.get(user=people.member).avatar


def test_decompression_bombs_are_refused(people, login):
    # A small file that claims 20,000 × 20,000 pixels (400 million) when decoded.
    bomb = io.BytesIO()
    Image.new("1", (20000, 20000)).save(bomb, format="PNG")
    assert bomb.tell() < 2 * 1024 * 1024
    response = save(login(people.member), files=upload(bomb.getvalue()))
    assert response.status_code == 400
    assert "too large to process" in response.content.decode()


def test_oversized_files_are_refused(people, login):
    response = save(login(people.member), files=upload(b"\0" * (2 * 1024 * 1024 + 1)))
    assert response.status_code == 400
    assert "the limit is 2 MB" in response.content.decode()


def test_hidden_profiles_are_private(people, login):
    url = reverse("network:member", args=[people.hidden.pk])
    assert login(people.member).get(url).status_code == 404
    assert login(people.hidden).get(url).status_code == 200
    assert login(people.moderator).get(url).status_code == 200


def test_claims_wait_for_staff(people, login):
    client = login(people.member)
    html = client.get(reverse("network:claim"), {"q": "testville"}).content.decode()
    assert "Testville Public Schools" in html
    response = client.post(
        reverse("network:claim"), {"organization": people.district.pk, "position": "Teacher"}
    )
    assert response.status_code == 302
    claim = Affiliation.objects.get(user=people.member)
    assert claim.status == "pending"
    assert MemberProfile.objects.get(user=people.member).organization is None
    # Staff confirm it in the admin: it becomes the profile's organization, with its facets.
    admin = login(people.moderator)
    edit = reverse("wagtailsnippets_network_affiliation:edit", args=[claim.pk])
    assert admin.get(edit).status_code == 200
    admin.post(
        edit, {"organization": people.district.pk, "position": "Teacher", "status": "confirmed"}
    )
    profile = MemberProfile.objects.get(user=people.member)
    assert profile.organization == people.district
    assert (profile.locale, profile.size_band) == ("suburban", "medium")


def test_members_cannot_confirm_claims_or_touch_others(people, login):
    claim = Affiliation.objects.create(user=people.member, organization=people.district)
    client = login(people.member)
    edit = reverse("wagtailsnippets_network_affiliation:edit", args=[claim.pk])
    assert client.post(edit, {"status": "confirmed"}).status_code in (302, 403)
    assert Affiliation.objects.get(pk=claim.pk).status == "pending"
    other = login(people.president)
    withdraw = reverse("network:withdraw_claim", args=[claim.pk])
    assert other.post(withdraw).status_code == 404
    assert Affiliation.objects.filter(pk=claim.pk).exists()


def test_an_organization_change_reaches_its_members_profiles(people):
    people.district.locale = "rural"
    people.district.save()
    assert MemberProfile.objects.get(user=people.superintendent).locale == "rural"
