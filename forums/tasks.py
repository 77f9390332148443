"""Background tasks for the communities (django-tasks).

Each task is defined next to the function it runs; this module keeps the task paths that
queued tasks already name (``forums.tasks.send_notification_email``) importable."""

from .emails import send_notification_email

__all__ = ["send_notification_email"]
