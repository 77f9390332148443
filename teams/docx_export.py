"""The plan as a Word document (python-docx): principles, then each goal with its steps
in a table. Member text goes in as plain text (Markdown source), never as markup."""

from io import BytesIO

from docx import Document

STEP_HEADERS = ("Step", "Owner", "Due", "Status")


def person(user):
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def plan_document(plan, principles, goals, status_label):
    """``goals``: the plan's goals with ``steps`` and ``topics`` prefetched. Returns the
    .docx file's bytes."""
    document = Document()
    document.core_properties.title = f"{plan.team.name}: {plan.title}"
    document.add_heading(plan.title, level=0)
    document.add_paragraph(f"{plan.team.name} · {plan.team.district.name}")
    document.add_paragraph(f"Status: {status_label}")
    if plan.summary:
        document.add_paragraph(plan.summary)
    document.add_heading("Principles", level=1)
    text = principles.text.strip() if principles else ""
    for block in text.split("\n\n") if text else ["No principles written yet."]:
        document.add_paragraph(block.strip())
    document.add_heading("Goals and steps", level=1)
    if not goals:
        document.add_paragraph("No goals yet.")
    for goal in goals:
        document.add_heading(goal.title, level=2)
        topics = ", ".join(topic.name for topic in goal.topics.all())
        if topics:
            document.add_paragraph(f"Topics: {topics}")
        if goal.description:
            document.add_paragraph(goal.description)
        steps = list(goal.steps.all())
        if not steps:
            document.add_paragraph("No steps yet.")
            continue
        table = document.add_table(rows=1, cols=len(STEP_HEADERS))
        table.style = "Table Grid"
        for cell, header in zip(table.rows[0].cells, STEP_HEADERS, strict=True):
            cell.text = header
        for step in steps:
            row = table.add_row().cells
            row[0].text = step.title
            row[1].text = person(step.owner)
            row[2].text = step.due_date.isoformat() if step.due_date else ""
            row[3].text = step.get_status_display()
    out = BytesIO()
    document.save(out)
    return out.getvalue()
