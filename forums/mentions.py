"""Who an ``@mention`` reaches.

``@username`` names one member. Three group names are understood, scoped to the post's
community so that nobody can page an arbitrary group:

- ``@facilitators``: the community's facilitators;
- ``@moderators``: the Moderators group;
- ``@members``: in a private community, every member of its group.

Only people who can see the community are reached, never the author, and never more than
``FORUMS_MENTION_MAX_RECIPIENTS`` for one post: members named one by one come first, then
groups, in the order written.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q

from network.core.markdown import mentioned_names

from . import permissions

# Only this many distinct names in one post are looked up at all.
MAX_NAMES = 50
GROUP_NAMES = ("facilitators", "moderators", "members")


@dataclass
class Mentions:
    users: list = field(default_factory=list)
    # Members a mention would have reached beyond the cap.
    over_cap: int = 0

    @property
    def message(self):
        if not self.over_cap:
            return ""
        cap = settings.FORUMS_MENTION_MAX_RECIPIENTS
        return (
            f"Mentions notify at most {cap} members per post: {self.over_cap} more "
            f"{'was' if self.over_cap == 1 else 'were'} not notified."
        )


def group_members(name, community):
    """A user queryset for a group mention, or None if ``name`` is not one."""
    users = get_user_model().objects.all()
    if name == "facilitators":
        return users.filter(pk__in=permissions.facilitator_ids(community))
    if name == "moderators":
        return users.filter(groups__name=permissions.MODERATORS_GROUP)
    if name == "members" and community.private_group_id:
        return users.filter(groups__pk=community.private_group_id)
    return None


def resolve(text, community, author):
    """The members ``text`` mentions who may be notified, capped."""
    names = mentioned_names(text)[:MAX_NAMES]
    if not names:
        return Mentions()
    User = get_user_model()  # noqa: N806 - a class
    viewers = User.objects.filter(permissions.viewers_filter(community)).exclude(pk=author.pk)

    lowered = [name.lower() for name in names]
    people = Q()
    for name in lowered:
        if name not in GROUP_NAMES:
            people |= Q(username__iexact=name)
    by_name = {}
    if people:
        by_name = {user.username.lower(): user for user in viewers.filter(people)}

    ordered, seen = [], set()

    def add(user):
        if user.pk not in seen:
            seen.add(user.pk)
            ordered.append(user)

    for name in lowered:
        if name in by_name:
            add(by_name[name])
    for name in lowered:
        members = group_members(name, community) if name in GROUP_NAMES else None
        if members is not None:
            for user in viewers.filter(pk__in=members.values("pk")).order_by("pk"):
                add(user)

    cap = max(settings.FORUMS_MENTION_MAX_RECIPIENTS, 0)
    return Mentions(users=ordered[:cap], over_cap=max(len(ordered) - cap, 0))
