"""Editors manage communities in the Wagtail admin."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from forums.models import CommunityIndexPage, CommunityPage
from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_community_edit_form_has_its_panels(forum, client, django_user_model):
    editor = django_user_model.objects.create_user("ed", "ed@example.org", "x-Pass-1")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[forum.private.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "People and privacy" in html
    assert "Private to group" in html
    # A private community can be previewed by the editor, who is no member of its group.
    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[forum.private.pk]))
    assert preview.status_code == 200


def test_page_type_rules():
    assert CommunityIndexPage in HomePage.allowed_subpage_models()
    assert CommunityIndexPage.allowed_subpage_models() == [CommunityPage]
    assert CommunityPage.allowed_parent_page_models() == [CommunityIndexPage]
