from django import template

from network.core.people import display_name

register = template.Library()


@register.filter
def person(user):
    """A member's name on team pages; "Former member" once the account is deleted."""
    return display_name(user)
