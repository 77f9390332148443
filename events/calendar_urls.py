"""Event URLs: calendar (see events/urls.py)."""

urlpatterns = []
