"""How people are named on the site, the same in every app."""


def display_name(user):
    """How a member is named on the site; accounts may be deleted, posts stay."""
    if user is None:
        return "Former member"
    return user.get_full_name() or user.get_username()
