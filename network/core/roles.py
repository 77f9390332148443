"""Site-wide roles held as Django groups.

Moderators are the ``Moderators`` group (the group Wagtail's review workflow already
uses) and superusers. The communities' rules (``forums/permissions.py``) and the member
network both ask who is a moderator, so the answer lives here.
"""

MODERATORS_GROUP = "Moderators"


def is_moderator(user):
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    # Asked several times per request (once per post on a thread page): cache on the user.
    if not hasattr(user, "_forums_is_moderator"):
        user._forums_is_moderator = user.groups.filter(name=MODERATORS_GROUP).exists()
    return user._forums_is_moderator
