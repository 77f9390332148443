"""Who may do what in the communities: the one place for the rules.

Roles:

- anonymous: reads public communities;
- member: any logged-in user; reads public communities and private ones whose group
  they belong to, asks, replies, edits their own posts, marks others' posts helpful;
- facilitator: listed in a community's ``facilitators``; sees it even if private, and
  there accepts answers, pins and locks threads;
- moderator: staff, or in the ``Moderators`` group (the group Wagtail's review workflow
  already uses); all of the above in every community, and edits any post.

Views find the community through ``visible_communities`` first and answer 404 when it
may not be seen (so a private community is indistinguishable from a missing one); the
other checks assume the user can see the community, and a refusal is a 403.
"""

from django.db.models import Q

MODERATORS_GROUP = "Moderators"


def is_moderator(user):
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    # Asked several times per request (once per post on a thread page): cache on the user.
    if not hasattr(user, "_forums_is_moderator"):
        user._forums_is_moderator = user.groups.filter(name=MODERATORS_GROUP).exists()
    return user._forums_is_moderator


def facilitator_ids(community):
    """The facilitators' user ids, fetched once per community object."""
    if not hasattr(community, "_facilitator_ids"):
        community._facilitator_ids = set(community.facilitators.values_list("pk", flat=True))
    return community._facilitator_ids


def is_facilitator(user, community):
    return user.is_authenticated and user.pk in facilitator_ids(community)


def can_view_community(user, community):
    if community.private_group_id is None:
        return True
    if not user.is_authenticated:
        return False
    return (
        is_moderator(user)
        or is_facilitator(user, community)
        or user.groups.filter(pk=community.private_group_id).exists()
    )


def visible_communities(user):
    """Live communities the user may see (Wagtail view restrictions also apply)."""
    from .models import CommunityPage

    communities = CommunityPage.objects.live().public()
    if is_moderator(user):
        return communities
    public = Q(private_group__isnull=True)
    if not user.is_authenticated:
        return communities.filter(public)
    return communities.filter(
        public
        | Q(private_group__in=user.groups.values("pk"))
        | Q(pk__in=user.facilitated_communities.values("pk"))
    )


def can_post(user, community, thread=None):
    """Ask a question in ``community`` or, given a ``thread``, reply to it."""
    if not user.is_authenticated or not can_view_community(user, community):
        return False
    return thread is None or not thread.locked


def can_edit_post(user, post):
    if not user.is_authenticated or post.hidden:
        return False
    return post.author_id == user.pk or is_moderator(user)


def can_accept(user, thread):
    if not user.is_authenticated:
        return False
    return (
        thread.author_id == user.pk or is_facilitator(user, thread.community) or is_moderator(user)
    )


def can_mark_helpful(user, post):
    """Members mark other members' posts; marking one's own would mean nothing."""
    return user.is_authenticated and post.author_id != user.pk and not post.hidden


def can_moderate(user, community):
    """Pin and lock threads."""
    return is_facilitator(user, community) or is_moderator(user)


def can_hide_post(user, post):
    """Hide a post (a soft delete that loses nothing) and restore it: moderators only."""
    return is_moderator(user)


def can_flag(user, post):
    """Members report other members' visible posts to the moderators."""
    return user.is_authenticated and not post.hidden and post.author_id != user.pk
