"""Sharing a plan and the feedback on it.

A team shares its plan with the network (every signed-in member may read it and comment,
and it is in search as "Team plan") and/or with named peer teams (their members may),
found by name or through "districts like mine" (``network.matching``). It may ask its
facilitator, or peer teams, for feedback. Comments are threaded (``reply_to``); each is
saved first, then emailed through the outbox to the team's members and facilitator, and
a reply to the parent comment's author, never to the commenter.
"""

import logging

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from network import matching
from network.core.links import site_url
from network.core.markdown import render_markdown

from . import permissions, plans
from .models import Comment, FeedbackRequest, Team

logger = logging.getLogger(__name__)

PEER_SUGGESTIONS = 5


# Sharing ---------------------------------------------------------------------------------
@transaction.atomic
def set_sharing(plan, author, with_network, teams):
    """Share with the network or not, and with exactly ``teams``. Unsharing withdraws the
    search entry in this transaction (``plans.record``)."""
    teams = [team for team in teams if team.pk != plan.team_id]
    before_network = plan.shared_with_network
    before_teams = set(plan.shared_with_teams.values_list("pk", flat=True))
    plan.shared_with_network = with_network
    plan.shared_with_teams.set(teams)
    shared = with_network or bool(teams)
    if shared and plan.shared_at is None:
        plan.shared_at = timezone.now()
    elif not shared:
        plan.shared_at = None
    plan.save(update_fields=["shared_with_network", "shared_at"])
    words = []
    if with_network != before_network:
        words.append("shared it with the network" if with_network else "unshared it")
    after_teams = {team.pk for team in teams}
    added = [team.name for team in teams if team.pk not in before_teams]
    removed = Team.objects.filter(pk__in=before_teams - after_teams).values_list("name", flat=True)
    if added:
        words.append("shared it with " + ", ".join(added))
    if removed:
        words.append("stopped sharing it with " + ", ".join(removed))
    if words:
        summary = "; ".join(words)
        plans.record(plan, author, summary[0].upper() + summary[1:])
    else:
        plans.search.sync_plan(plan)
    return plan


def suggested_peers(team, limit=PEER_SUGGESTIONS):
    """Teams of the districts most like this team's ("districts like mine"), best first,
    with the reasons they matched."""
    found = []
    for match in matching.like(team.district, limit=limit * 2):
        for peer in Team.objects.filter(district=match.organization).exclude(pk=team.pk):
            found.append({"team": peer, "reasons": match.reasons})
    return found[:limit]


# Who hears about a plan ------------------------------------------------------------------
def team_people(team):
    """The team's members and its facilitator (as users)."""
    user_model = get_user_model()
    member_ids = set(team.memberships.values_list("user_id", flat=True))
    if team.facilitator_id:
        member_ids.add(team.facilitator.user_id)
    return list(user_model.objects.filter(pk__in=member_ids, is_active=True).exclude(email=""))


# Feedback requests -----------------------------------------------------------------------
@transaction.atomic
def request_feedback(plan, author, facilitator, peer_teams, message=""):
    """Record the request, share the plan with the peer teams asked, and email the
    facilitator and the peer teams' members (queued in this transaction)."""
    request = FeedbackRequest.objects.create(
        plan=plan, requested_by=author, facilitator=facilitator, message=message
    )
    request.peer_teams.set(peer_teams)
    if peer_teams:
        current = list(plan.shared_with_teams.all())
        set_sharing(plan, author, plan.shared_with_network, {*current, *peer_teams})
    recipients = {}
    if facilitator and plan.team.facilitator_id:
        fac_user = plan.team.facilitator.user
        recipients[fac_user.pk] = fac_user
    for peer in peer_teams:
        for user in team_people(peer):
            recipients.setdefault(user.pk, user)
    recipients.pop(author.pk, None)
    context = {"request": request, "author": author, "message": message}
    message_id = f"<team-plan-{plan.pk}-feedback-{request.pk}@{plans.email_domain()}>"
    headers = plans.threading_headers(plan, message_id)
    for user in recipients.values():
        if not user.email:
            continue
        plans.send(
            plan,
            user,
            f"Feedback asked: {plans.plan_subject(plan)}",
            "feedback_request",
            context,
            headers,
            "teams.feedback_request",
            sender=author,
        )
    return request


# Comments --------------------------------------------------------------------------------
def comment_message_id(comment):
    return f"<team-plan-{comment.plan_id}-comment-{comment.pk}@{plans.email_domain()}>"


def add_comment(plan, author, body, reply_to=None):
    """Save the comment first, then queue its notification emails (the outbox sends them
    after the commit); a failure to queue them never loses the comment."""
    with transaction.atomic():
        comment = Comment.objects.create(
            plan=plan,
            author=author,
            reply_to=reply_to,
            body=body,
            body_html=render_markdown(body),
        )
    try:
        with transaction.atomic():
            notify_comment(comment)
    except Exception:  # noqa: BLE001 - the comment stands; only its emails are lost
        logger.exception("Could not queue the emails for comment %s", comment.pk)
    return comment


def notify_comment(comment):
    plan = comment.plan
    recipients = {user.pk: user for user in team_people(plan.team)}
    parent = comment.reply_to
    if parent is not None and parent.author_id and parent.author.is_active:
        recipients.setdefault(parent.author_id, parent.author)
    recipients.pop(comment.author_id, None)
    parent_id = comment_message_id(parent) if parent is not None else None
    headers = plans.threading_headers(plan, comment_message_id(comment), parent_id)
    comment_url = site_url(reverse("teams:plan", args=[plan.team.slug]) + f"#comment-{comment.pk}")
    queued = []
    for user in recipients.values():
        # Checked at sending time too: a recipient who can no longer read the plan (a
        # peer team unshared) hears nothing of it.
        if not user.email or not permissions.can_read_plan(user, plan):
            continue
        queued.append(
            plans.send(
                plan,
                user,
                f"Re: {plans.plan_subject(plan)}",
                "comment",
                {"comment": comment, "comment_url": comment_url, "is_reply": parent is not None},
                headers,
                "teams.plan_comment",
                sender=comment.author,
            )
        )
    return queued
