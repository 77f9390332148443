"""Keep member profiles in step with their accounts."""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models.members import sync_listed


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def list_or_unlist_profile(sender, instance, **kwargs):
    update_fields = kwargs.get("update_fields")
    if update_fields is None or "is_active" in update_fields:
        sync_listed(instance)
