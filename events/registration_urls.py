"""Event URLs: registration (see events/urls.py)."""

urlpatterns = []
