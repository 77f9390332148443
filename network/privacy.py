"""A member's own data: the JSON export, and deleting the account.

Deleting removes the account and everything that is only theirs (profile, avatar,
affiliations, watch levels, notifications, read markers); the posts and threads they
wrote stay, shown as by "Former member", so the conversations others took part in are
not torn apart.
"""

from django.db import transaction
from django.utils import timezone

from forums.models import Flag, MemberPreferences, Post, Subscription, Thread

from .models import Affiliation, ContactMessage, FacilitatorRequest, MemberProfile


def iso(value):
    return value.isoformat() if value else None


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
    """Delete ``user``; their posts and threads remain, by "Former member"."""
    profile = MemberProfile.objects.filter(user=user).first()
    if profile is not None and profile.avatar:
        profile.avatar.delete(save=False)
    # Posts, threads, edits and flags point at the user with SET_NULL; the rest cascades.
    user.delete()
