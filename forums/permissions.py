"""Who may do what in the communities: the one place for the rules.

Roles:

- anonymous: reads public communities;
- member: any logged-in user; reads public communities and private ones whose group
  they belong to, asks, replies, edits their own posts, marks others' posts helpful;
- facilitator: listed in a community's ``facilitators``; sees it even if private, and
  there accepts answers, pins and locks threads;
- facilitators also move threads between communities they facilitate, and approve the
  held first posts of new members there;
- moderator: in the ``Moderators`` group (the group Wagtail's review workflow already
  uses), or a superuser (who may do everything by definition); all of the above in every
  community, edits any post, hides and restores posts, and suspends members. Staff
  status (``is_staff``) only opens the Wagtail admin: an editor is not a moderator.

A suspended member keeps reading but can write nothing (post, edit, mark, flag, accept).
A held post (a new member's first posts, waiting for approval) is seen only by its author
and by those who may approve it.

Views find the community through ``visible_communities`` (which is
``CommunityPage.objects.visible_to``) first and answer 404 when it may not be seen (so a
private community is indistinguishable from a missing one); the other checks assume
the user can see the community, and a refusal is a 403.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q

from network.core.roles import MODERATORS_GROUP, is_moderator

from .models import CommunityPage, Suspension


def is_suspended(user):
    """An active suspension stops a member writing; cached on the user for the request."""
    if not user.is_authenticated:
        return False
    if not hasattr(user, "_forums_suspension"):
        user._forums_suspension = Suspension.objects.active().filter(user=user).first()
    return user._forums_suspension is not None


def active_suspension(user):
    return user._forums_suspension if is_suspended(user) else None


def can_write(user):
    """Logged in and not suspended: the start of every write permission."""
    return user.is_authenticated and not is_suspended(user)


def facilitator_ids(community):
    return community.facilitator_ids()


def is_facilitator(user, community):
    return user.is_authenticated and user.pk in facilitator_ids(community)


def can_view_community(user, community):
    return community.is_visible_to(user)


def visible_communities(user):
    """Live communities the user may see (Wagtail view restrictions also apply)."""
    return CommunityPage.objects.visible_to(user)


def can_post(user, community, thread=None):
    """Ask a question in ``community`` or, given a ``thread``, reply to it."""
    if not can_write(user) or not can_view_community(user, community):
        return False
    return thread is None or not thread.locked


def can_edit_post(user, post):
    if not can_write(user) or post.hidden:
        return False
    return post.author_id == user.pk or is_moderator(user)


def can_accept(user, thread):
    if not can_write(user):
        return False
    return (
        thread.author_id == user.pk or is_facilitator(user, thread.community) or is_moderator(user)
    )


def can_mark_helpful(user, post):
    """Members mark other members' posts; marking one's own would mean nothing."""
    return can_write(user) and post.author_id != user.pk and post.is_public


def can_moderate(user, community):
    """Pin, lock and move threads, and approve held posts, in ``community``."""
    return can_write(user) and (is_facilitator(user, community) or is_moderator(user))


def can_hide_post(user, post):
    """Hide a post (a soft delete that loses nothing) and restore it: moderators only."""
    return is_moderator(user)


def can_flag(user, post):
    """Members report other members' visible posts to the moderators."""
    return can_write(user) and post.is_public and post.author_id != user.pk


def can_see_held(user, post_or_thread, community):
    """A held post or thread: its author, and whoever may approve it."""
    return user.is_authenticated and (
        post_or_thread.author_id == user.pk or can_moderate(user, community)
    )


def can_approve(user, community):
    return can_moderate(user, community)


def move_targets(user, community):
    """The communities ``user`` may move a thread of ``community`` into."""
    if not can_moderate(user, community):
        return visible_communities(user).none()
    targets = visible_communities(user).exclude(pk=community.pk)
    if not is_moderator(user):
        targets = targets.filter(pk__in=user.facilitated_communities.values("pk"))
    return targets


def can_watch(user, community):
    """Set watch levels: any member who can see the community, even while suspended."""
    return user.is_authenticated and can_view_community(user, community)


def can_suspend(user):
    return is_moderator(user)


def viewers_filter(community):
    """A ``Q`` on the user model selecting the users who may see ``community``: who may
    be notified of, or mentioned in, its posts."""
    if community.private_group_id is None:
        return Q(is_active=True)
    memberships = get_user_model().groups.through.objects
    return Q(is_active=True) & (
        Q(is_superuser=True)
        | Q(pk__in=memberships.filter(group__name=MODERATORS_GROUP).values("user_id"))
        | Q(pk__in=memberships.filter(group_id=community.private_group_id).values("user_id"))
        | Q(pk__in=facilitator_ids(community))
    )
