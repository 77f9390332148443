"""Background tasks for the communities (django-tasks)."""

from django_tasks import task

from . import emails


@task()
def send_notification_email(notification_id):
    """Send one notification email; a failure is recorded on the notification for retry."""
    return emails.deliver(notification_id)
