"""Editors submit, moderators review and publish; revisions, preview and scheduling work."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from network.factories import OrganizationFactory
from resources.factories import TopicFactory
from resources.models import State

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(make_user):
    user = make_user(email="editor@partnership.example", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def moderator(make_user):
    user = make_user(email="moderator@partnership.example", is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def new_case_study(editor):
    index = CaseStudyIndexPage.objects.get()
    page = CaseStudyPage(
        title="Springfield draft",
        slug="springfield-draft",
        program_name="Draft program",
        summary="A draft written by an editor.",
        challenge="<p>Challenge.</p>",
        approach="<p>Approach.</p>",
        live=False,
    )
    index.add_child(instance=page)
    page.save_revision(user=editor)
    return page


@pytest.mark.demo
def test_library_is_under_a_moderation_workflow(demo):
    """The demo loader puts the library under its own review workflow."""
    index = CaseStudyIndexPage.objects.get()
    workflow = demo["toledo"].get_workflow()
    assert workflow is not None and workflow.active
    assert index.get_workflow() == workflow


def test_editor_submits_and_moderator_publishes(client, editor, moderator):
    page = new_case_study(editor)
    assert not page.permissions_for_user(editor).can_publish()

    # The editor submits through the admin edit view.
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert client.get(edit_url).status_code == 200
    page.refresh_from_db()
    page.get_workflow().start(page, editor)
    page.refresh_from_db()
    assert page.workflow_in_progress and not page.live
    assert client.get(f"/case-studies/{page.slug}/").status_code == 404

    # The moderator approves through the admin workflow action.
    client.force_login(moderator)
    task_state = page.current_workflow_task_state
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", task_state.pk],
        ),
        {"comment": "Checked against the source."},
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert client.get(f"/case-studies/{page.slug}/").status_code == 200


def test_only_moderators_are_offered_publish(client, editor, moderator):
    page = new_case_study(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    client.force_login(editor)
    editor_html = client.get(edit_url).content.decode()
    assert 'name="action-submit"' in editor_html
    assert 'name="action-publish"' not in editor_html
    client.force_login(moderator)
    assert 'name="action-publish"' in client.get(edit_url).content.decode()


def test_revisions_are_kept_and_preview_renders(client, editor, case_study):
    count = case_study.revisions.count()
    case_study.summary = "A new summary."
    case_study.save_revision(user=editor)
    assert case_study.revisions.count() == count + 1
    client.force_login(editor)
    preview = client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[case_study.pk]))
    assert preview.status_code == 200


def test_scheduled_publishing(editor):
    page = new_case_study(editor)
    revision = page.save_revision(user=editor)
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    page.refresh_from_db()
    assert not page.live
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live


@pytest.fixture
def case_study():
    """A published case study with years, a topic, an organization and a state."""
    return CaseStudyPageFactory(
        parent=CaseStudyIndexPage.objects.get(),
        title="Toledo Peer Assistance and Review",
        program_name="Peer Assistance and Review",
        start_year=1981,
        end_year=2005,
        topics=[TopicFactory()],
        organizations=[OrganizationFactory()],
        states=State.objects.filter(code="OH"),
    )


def admin_edit_form(client, page):
    """The admin edit form for a page, as the browser would submit it."""
    from wagtail.test.utils.form_data import querydict_from_html

    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    # StreamFields are drawn by JavaScript, so the HTML carries no inputs for them:
    # submit them empty (the tests only look at the other fields).
    for name in ("agreed", "outcomes", "citations"):
        data[f"{name}-count"] = "0"
    return url, data


def test_admin_form_refuses_an_end_year_before_the_start_year(client, editor, case_study):
    client.force_login(editor)
    url, data = admin_edit_form(client, case_study)
    data["start_year"], data["end_year"] = "2012", "2010"
    data["summary"] = "An edited summary that must survive the error."
    response = client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "The end year cannot be before the start year." in html
    assert "An edited summary that must survive the error." in html
    case_study.refresh_from_db()
    assert case_study.end_year != 2010


def test_admin_form_saves_a_valid_draft(client, editor, case_study):
    client.force_login(editor)
    revisions = case_study.revisions.count()
    url, data = admin_edit_form(client, case_study)
    data["start_year"], data["end_year"] = "1981", "2011"
    response = client.post(url, data)
    assert response.status_code == 302
    assert case_study.revisions.count() == revisions + 1
    case_study.refresh_from_db()
    assert case_study.get_latest_revision_as_object().end_year == 2011
