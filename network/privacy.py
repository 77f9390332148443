"""A member's own data: the JSON export, and deleting the account.

The export holds everything the site keeps about the member: account, profile,
affiliations, preferences, watch levels, threads and posts, the edit history of their
posts and the edits they made to others', flags they filed, messages sent and received,
notifications (with when each was read), facilitator requests, saved searches (with
their alert settings), saved comparisons (their clauses and share link), and the emails the site
queued or sent about them (addresses, subject, status; not the text of sent ones, which
the outbox no longer holds).

Deleting keeps only what others' conversations need, and erases the rest:

- Kept: their visible posts and the titles of threads they started, shown as by
  "Former member", so the threads others took part in are not torn apart; the reason
  (not the details) of flags they filed, so moderation records add up; facilitator
  requests' service, status and staff notes, without the member's message.
- Erased: the account, profile, avatar file, affiliations, preferences, watch levels,
  notifications, read markers, helpful marks, suspensions and email addresses (these
  cascade); the edit history of their posts (every earlier text); the text of their
  hidden posts (a moderator can no longer restore it); the details of flags they filed;
  the messages they sent and received; the message of their facilitator requests; every
  outbox email to, about or from them (queued or sent).
- Discarded: their held posts and held threads, which nobody else has seen, so no
  moderator can approve them after the member has gone.
"""

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from alerts.models import SavedSearch
from compare.models import SavedComparison
from forums.models import (
    Flag,
    MemberPreferences,
    Notification,
    Post,
    PostEdit,
    Subscription,
    Thread,
)
from network.core.models import OutgoingEmail

from .models import Affiliation, ContactMessage, FacilitatorRequest, MemberProfile

# What is left in place of text the member's deletion erased.
ERASED = "(Deleted with the member's account.)"


def iso(value):
    return value.isoformat() if value else None


def name_of(user):
    if user is None:
        return "Former member"
    return user.get_full_name() or user.get_username()


def edits(user):
    """The history of the member's posts (their earlier texts), and the edits they made
    to other members' posts (when and where; the text there is the other member's)."""
    rows = []
    history = PostEdit.objects.filter(post__author=user).select_related("post__thread")
    for edit in history.order_by("edited_at", "pk"):
        rows.append(
            {
                "post_id": edit.post_id,
                "thread": edit.post.thread.title,
                "previous_body": edit.previous_body,
                "edited_at": iso(edit.edited_at),
                "edited_by": "you" if edit.edited_by_id == user.pk else "a moderator",
            }
        )
    others = (
        PostEdit.objects.filter(edited_by=user)
        .exclude(post__author=user)
        .select_related("post__thread")
    )
    for edit in others.order_by("edited_at", "pk"):
        rows.append(
            {
                "post_id": edit.post_id,
                "thread": edit.post.thread.title,
                "edited_at": iso(edit.edited_at),
                "edited_by": "you",
                "post_of_another_member": True,
            }
        )
    return rows


def export(user):
    """Everything the site holds about ``user``, as JSON-ready data."""
    profile = MemberProfile.objects.filter(user=user).first()
    prefs = MemberPreferences.objects.filter(user=user).first()
    data = {
        "exported_at": iso(timezone.now()),
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": iso(user.date_joined),
            "last_login": iso(user.last_login),
        },
        "profile": None,
        "affiliations": [
            {
                "organization": a.organization.name,
                "position": a.position,
                "status": a.status,
                "claimed_at": iso(a.created_at),
            }
            for a in Affiliation.objects.filter(user=user).select_related("organization")
        ],
        "notification_preferences": None,
        "watching": [
            {
                "community": s.community.title if s.community else None,
                "thread": s.thread.title if s.thread else None,
                "level": s.level,
            }
            for s in Subscription.objects.filter(user=user).select_related("community", "thread")
        ],
        "saved_searches": [
            {
                "name": s.name,
                "search": s.query_string,
                "frequency": s.frequency,
                "emails_on": s.subscribed,
                "created_at": iso(s.created_at),
                "last_checked_at": iso(s.last_checked_at),
            }
            for s in SavedSearch.objects.filter(owner=user).order_by("created_at")
        ],
        "saved_comparisons": [
            {
                "name": c.name,
                "clauses": c.clause_ids,
                "share_link": reverse("compare:shared", args=[c.share_token]),
                "created_at": iso(c.created_at),
                "updated_at": iso(c.updated_at),
            }
            for c in SavedComparison.objects.filter(owner=user).order_by("created_at")
        ],
        "threads_started": [
            {"title": t.title, "community": t.community.title, "created_at": iso(t.created_at)}
            for t in Thread.objects.filter(author=user).select_related("community")
        ],
        "posts": [
            {
                "thread": p.thread.title,
                "body": p.body,
                "created_at": iso(p.created_at),
                "edited_at": iso(p.edited_at),
                "hidden": p.hidden,
            }
            for p in Post.objects.filter(author=user).select_related("thread")
        ],
        "flags_reported": [
            {"post_id": f.post_id, "reason": f.reason, "details": f.details}
            for f in Flag.objects.filter(reporter=user)
        ],
        "messages_sent": [
            {
                "to": m.recipient.get_full_name() or m.recipient.get_username(),
                "subject": m.subject,
                "body": m.body,
                "sent_at": iso(m.created_at),
            }
            for m in ContactMessage.objects.filter(sender=user).select_related("recipient")
        ],
        "messages_received": [
            {
                "from": name_of(m.sender),
                "subject": m.subject,
                "body": m.body,
                "received_at": iso(m.created_at),
            }
            for m in ContactMessage.objects.filter(recipient=user).select_related("sender")
        ],
        "post_edits": edits(user),
        "notifications": [
            {
                "kind": n.kind,
                "thread": n.post.thread.title,
                "post_id": n.post_id,
                "created_at": iso(n.created_at),
                "read_at": iso(n.read_at),
                "email": n.email_mode,
                "emailed_at": iso(n.emailed_at),
            }
            for n in Notification.objects.filter(user=user).select_related("post__thread")
        ],
        "emails": [
            {
                "purpose": e.purpose,
                "to": e.to,
                "subject": e.subject,
                "status": e.status,
                "attempts": e.attempts,
                "created_at": iso(e.created_at),
                "sent_at": iso(e.sent_at),
            }
            for e in OutgoingEmail.objects.filter(Q(user=user) | Q(sender=user))
        ],
        "facilitator_requests": [
            {
                "service": r.service,
                "message": r.message,
                "status": r.status,
                "created_at": iso(r.created_at),
            }
            for r in FacilitatorRequest.objects.filter(requester=user)
        ],
    }
    if profile is not None:
        data["profile"] = {
            "role": profile.role,
            "state": profile.state,
            "bio": profile.bio,
            "organization": profile.organization.name if profile.organization else None,
            "expertise": sorted(profile.expertise.values_list("name", flat=True)),
            "interests": sorted(profile.interests.values_list("name", flat=True)),
            "directory_visibility": profile.visibility,
            "time_zone": profile.time_zone,
            "avatar": bool(profile.avatar),
        }
    if prefs is not None:
        data["notification_preferences"] = {
            "auto_watch": prefs.auto_watch,
            "email_mentions": prefs.email_mentions,
            "digest": prefs.digest,
        }
    return data


@transaction.atomic
def delete_account(user):
    """Delete ``user`` as the module docstring says: visible posts and thread titles
    remain, by "Former member"; held posts go; the rest of their words are erased."""
    profile = MemberProfile.objects.filter(user=user).first()
    if profile is not None and profile.avatar:
        profile.avatar.delete(save=False)
    # Held: seen by nobody but moderators. Deleting a held thread deletes its posts.
    Thread.objects.filter(author=user, held=True).delete()
    Post.objects.filter(author=user, held=True).delete()
    PostEdit.objects.filter(post__author=user).delete()
    Post.objects.filter(author=user, hidden=True).update(body=ERASED, body_html="")
    Flag.objects.filter(reporter=user).update(details="")
    ContactMessage.objects.filter(sender=user).delete()
    FacilitatorRequest.objects.filter(requester=user).update(message=ERASED)
    # Received messages, notifications, outbox emails (as recipient or as sender), and
    # everything else that is only theirs cascade; posts, threads, edits they made to
    # others' posts and flags keep their rows with the user set to null.
    user.delete()
