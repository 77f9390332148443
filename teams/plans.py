"""The principles and work plan of a team: writing them, keeping the plan's status, and
keeping a revision after every change.

Status rule (the four answers of WestEd's survey, seed 003 lines 191-194,
``choices.PlanStatus``), counted over the plan's steps that are not dropped:

- no such step (no goal has a step, or every step is dropped): no plan yet;
- none of them done: a plan, with nothing implemented yet;
- more than half of them done: a plan, with most or all elements implemented;
- otherwise: a plan, with some elements implemented.

The source gives the four answers, not where "some" ends and "most" begins; "more than
half" is this site's reading of "most". ``refresh_status`` runs in the transaction of
every change to goals and steps, so ``WorkPlan.status`` always follows them.
"""

import re
from html import unescape

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import strip_tags

from network.core import outbox
from network.core.links import site_hostname, site_url
from network.core.markdown import render_markdown
from resources.choices import ResourceType
from resources.models import ResourcePage

from . import search
from .choices import PlanStatus, StepStatus
from .models import Goal, PlanRevision, Principles, ProgressUpdate, Step, WorkPlan

TEMPLATE_TYPES = (ResourceType.MOU, ResourceType.TEMPLATE)


def plan_for(team):
    plan, _ = WorkPlan.objects.get_or_create(team=team)
    return plan


def principles_for(team):
    principles, _ = Principles.objects.get_or_create(team=team)
    return principles


# Status ----------------------------------------------------------------------------------
def status_for(statuses):
    """The plan status for a list of step statuses (the rule in the module docstring)."""
    live = [status for status in statuses if status != StepStatus.DROPPED]
    if not live:
        return PlanStatus.NO_PLAN
    done = sum(1 for status in live if status == StepStatus.DONE)
    if done == 0:
        return PlanStatus.NOTHING_IMPLEMENTED
    if done * 2 > len(live):
        return PlanStatus.MOST_IMPLEMENTED
    return PlanStatus.SOME_IMPLEMENTED


def refresh_status(plan):
    statuses = Step.objects.filter(goal__plan=plan).values_list("status", flat=True)
    plan.status = status_for(list(statuses))
    plan.updated_at = timezone.now()
    WorkPlan.objects.filter(pk=plan.pk).update(status=plan.status, updated_at=plan.updated_at)
    return plan.status


def step_counts(plan):
    statuses = list(Step.objects.filter(goal__plan=plan).values_list("status", flat=True))
    live = [status for status in statuses if status != StepStatus.DROPPED]
    return {"done": live.count(StepStatus.DONE), "live": len(live)}


# Revisions -------------------------------------------------------------------------------
def snapshot(plan):
    """The plan and principles as plain data, kept with each revision."""
    principles = Principles.objects.filter(team_id=plan.team_id).first()
    goals = []
    for goal in plan.goals.prefetch_related("topics", "steps__owner"):
        goals.append(
            {
                "id": goal.pk,
                "title": goal.title,
                "description": goal.description,
                "topics": [topic.name for topic in goal.topics.all()],
                "steps": [
                    {
                        "id": step.pk,
                        "title": step.title,
                        "owner": step.owner.get_username() if step.owner else None,
                        "due_date": step.due_date.isoformat() if step.due_date else None,
                        "status": step.status,
                    }
                    for step in goal.steps.all()
                ],
            }
        )
    return {
        "title": plan.title,
        "summary": plan.summary,
        "status": plan.status,
        "shared_with_network": plan.shared_with_network,
        "shared_with_teams": sorted(plan.shared_with_teams.values_list("name", flat=True)),
        "principles": principles.text if principles else "",
        "goals": goals,
    }


def record(plan, author, summary):
    """After a change: the status, a revision, and the search entry, in one transaction."""
    refresh_status(plan)
    revision = PlanRevision.objects.create(
        plan=plan, author=author, summary=summary[:300], snapshot=snapshot(plan)
    )
    search.sync_plan(plan)
    return revision


def changes(old, new, fields):
    """ "title, due date" for the fields whose values differ, in words."""
    return [label for name, label in fields if old.get(name) != new.get(name)]


# Principles ------------------------------------------------------------------------------
def template_pages():
    """Library pages a team may start its principles from: live, public MOUs and
    templates."""
    return (
        ResourcePage.objects.live()
        .public()
        .filter(resource_type__in=TEMPLATE_TYPES)
        .order_by("title")
    )


def html_paragraphs(html):
    """Rich text as plain paragraphs (list items as "- "), for a Markdown draft."""
    html = re.sub(r"<li[^>]*>", "\n- ", html or "")
    html = re.sub(r"</(p|h\d|ul|ol)>|<br\s*/?>", "\n\n", html)
    lines = [unescape(strip_tags(line)).strip() for line in html.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def template_text(page):
    """The starting draft from a library page: its summary, then its body (headings,
    text, and the text of its clauses), as Markdown."""
    parts = [page.summary.strip()]
    for block in page.body:
        if block.block_type == "heading":
            parts.append(f"## {block.value}")
        elif block.block_type == "text":
            parts.append(html_paragraphs(block.value.source))
        elif block.block_type == "clause":
            if block.value.get("heading"):
                parts.append(f"### {block.value['heading']}")
            parts.append(block.value.get("text", ""))
    for block in page.clauses:
        if block.value.get("heading"):
            parts.append(f"### {block.value['heading']}")
        parts.append(block.value.get("text", ""))
    return "\n\n".join(part.strip() for part in parts if part and part.strip())


@transaction.atomic
def save_principles(team, author, text, template=None):
    principles = principles_for(team)
    changed = principles.text != text
    principles.text = text
    principles.text_html = render_markdown(text)
    if template is not None:
        principles.template = template
    principles.updated_by = author
    principles.updated_at = timezone.now()
    principles.save()
    if changed or template is not None:
        summary = "Edited the principles"
        if template is not None:
            summary = f"Started the principles from the library's “{template.title}”"
        record(plan_for(team), author, summary)
    return principles


# Goals and steps -------------------------------------------------------------------------
@transaction.atomic
def save_plan_details(plan, author, title, summary):
    fields = []
    if plan.title != title:
        fields.append("title")
    if plan.summary != summary:
        fields.append("summary")
    plan.title, plan.summary = title, summary
    plan.save(update_fields=["title", "summary"])
    if fields:
        record(plan, author, f"Changed the plan's {' and '.join(fields)}")
    return plan


@transaction.atomic
def add_goal(plan, author, title, description="", topics=()):
    position = plan.goals.count()
    goal = Goal.objects.create(plan=plan, title=title, description=description, position=position)
    goal.topics.set(topics)
    record(plan, author, f"Added the goal “{title}”")
    return goal


@transaction.atomic
def update_goal(goal, author, title, description, topics):
    before = {
        "title": goal.title,
        "description": goal.description,
        "topics": sorted(goal.topics.values_list("pk", flat=True)),
    }
    goal.title, goal.description = title, description
    goal.save()
    goal.topics.set(topics)
    after = {"title": title, "description": description, "topics": sorted(t.pk for t in topics)}
    fields = changes(
        before, after, [("title", "title"), ("description", "description"), ("topics", "topics")]
    )
    if fields:
        record(goal.plan, author, f"Changed the goal “{title}”: {', '.join(fields)}")
    return goal


@transaction.atomic
def delete_goal(goal, author):
    plan, title = goal.plan, goal.title
    goal.delete()
    record(plan, author, f"Removed the goal “{title}” and its steps")


STEP_FIELDS = [
    ("title", "title"),
    ("owner_id", "owner"),
    ("due_date", "due date"),
    ("status", "status"),
]


@transaction.atomic
def add_step(goal, author, title, owner=None, due_date=None, status=StepStatus.NOT_STARTED):
    step = Step.objects.create(
        goal=goal,
        title=title,
        owner=owner,
        due_date=due_date,
        status=status,
        position=goal.steps.count(),
    )
    record(goal.plan, author, f"Added the step “{title}” to “{goal.title}”")
    return step


@transaction.atomic
def update_step(step, author, title, owner, due_date, status):
    before = {name: getattr(step, name) for name, _ in STEP_FIELDS}
    step.title, step.owner, step.due_date, step.status = title, owner, due_date, status
    step.save()
    after = {name: getattr(step, name) for name, _ in STEP_FIELDS}
    fields = changes(before, after, STEP_FIELDS)
    if fields:
        words = ", ".join(fields)
        if "status" in fields:
            words = words.replace("status", f"status to “{step.get_status_display()}”")
        record(step.goal.plan, author, f"Changed the step “{title}”: {words}")
    return step


@transaction.atomic
def delete_step(step, author):
    plan, title = step.goal.plan, step.title
    step.delete()
    record(plan, author, f"Removed the step “{title}”")


# Progress --------------------------------------------------------------------------------
def post_update(plan, author, body):
    return ProgressUpdate.objects.create(
        plan=plan, author=author, body=body, body_html=render_markdown(body)
    )


# Emails about a plan ---------------------------------------------------------------------
# Every email about one plan (comments, reminders) answers the plan's own Message-ID, so
# mail clients group them into one conversation (as forums/emails.py does for threads).
def email_domain():
    return settings.FORUMS_EMAIL_DOMAIN or site_hostname()


def plan_message_id(plan):
    return f"<team-plan-{plan.pk}@{email_domain()}>"


def threading_headers(plan, message_id, parent_id=None):
    root = plan_message_id(plan)
    parent_id = parent_id or root
    references = root if parent_id == root else f"{root} {parent_id}"
    return {"Message-ID": message_id, "In-Reply-To": parent_id, "References": references}


def plan_subject(plan):
    # Header values must be one line.
    return " ".join(f"[{plan.team.name}] {plan.title}".split())


def send(plan, user, subject, template, context, headers, purpose, sender=None):
    """Queue one email about ``plan`` to ``user`` through the outbox (in the caller's
    transaction: it exists exactly when what it announces does)."""
    context = {**context, "plan": plan, "team": plan.team, "user": user}
    context.setdefault("plan_url", site_url(plan.get_absolute_url()))
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"teams/plan/email/{template}.txt", context),
        to=[user.email],
        headers=headers,
    )
    return outbox.queue(message, purpose=purpose, user=user, sender=sender)
