"""The plan printed (a print view without forms or navigation, and the print stylesheet)
and downloaded as a Word document, parsed back here."""

from io import BytesIO

from django.urls import reverse
from docx import Document

from teams import plans, sharing


def test_the_print_view_shows_the_plan_without_forms(client, cast, planned):
    plans.save_principles(cast.team, cast.member, "We **listen** first.")
    client.force_login(cast.member)
    response = client.get(reverse("teams:plan_print", args=[cast.team.slug]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Start peer review" in html and "Agree the panel" in html
    assert "<strong>listen</strong>" in html
    assert 'media="print"' in html  # the site's print stylesheet
    assert reverse("teams:plan_update_add", args=[cast.team.slug]) not in html
    assert reverse("teams:plan_comment_add", args=[cast.team.slug]) not in html
    assert reverse("teams:plan_step_edit", args=[cast.team.slug, planned.first.pk]) not in html


def test_the_plan_page_marks_its_forms_for_print_to_skip(client, cast, planned):
    client.force_login(cast.member)
    html = client.get(reverse("teams:plan", args=[cast.team.slug])).content.decode()
    assert 'class="post-form no-print"' in html


def test_the_word_document_holds_the_principles_goals_and_steps(client, cast, planned):
    plans.save_principles(cast.team, cast.member, "We listen first.\n\nWe decide together.")
    plans.update_step(planned.first, cast.member, "Agree the panel", cast.president, None, "done")
    client.force_login(cast.facilitator)
    response = client.get(reverse("teams:plan_docx", args=[cast.team.slug]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert 'filename="testville-joint-team-plan.docx"' in response["Content-Disposition"]
    document = Document(BytesIO(response.content))
    paragraphs = [p.text for p in document.paragraphs]
    assert "Work plan" in paragraphs
    assert "We listen first." in paragraphs and "We decide together." in paragraphs
    assert "Start peer review" in paragraphs
    assert "Topics: Peer review" in paragraphs
    assert "Status: A plan, with some elements implemented" in paragraphs
    [table] = document.tables
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Step", "Owner", "Due", "Status"]
    assert rows[1] == ["Agree the panel", "Pat President", "", "Done"]
    assert rows[2][0] == "Train consulting teachers" and rows[2][3] == "Not started"


def test_member_text_stays_text_in_the_word_document(client, cast, planned):
    plans.save_principles(cast.team, cast.member, "<script>x</script> **bold**")
    sharing.set_sharing(planned.plan, cast.member, True, [])
    client.force_login(cast.outsider)  # shared with the network: every member may download
    response = client.get(reverse("teams:plan_docx", args=[cast.team.slug]))
    paragraphs = [p.text for p in Document(BytesIO(response.content)).paragraphs]
    assert "<script>x</script> **bold**" in paragraphs


def test_the_plan_pages_label_each_field_once(client, cast, planned):
    """Several forms share a page: every id (and so every label's target) is unique."""
    import re

    client.force_login(cast.member)
    for name in ("plan", "plan_sharing"):
        html = client.get(reverse(f"teams:{name}", args=[cast.team.slug])).content.decode()
        ids = re.findall(r'\sid="([^"]+)"', html)
        assert len(ids) == len(set(ids)), (name, sorted(i for i in ids if ids.count(i) > 1))
