"""Event URLs: followup (see events/urls.py)."""

urlpatterns = []
