from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notification_count(context):
    """Unread notifications of the logged-in member, for the account menu (one query)."""
    from forums.notification_views import visible_notifications

    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return 0
    return visible_notifications(user).unread().count()
