"""Event URLs: member (see events/urls.py)."""

urlpatterns = []
