"""Event URLs: a member's own events (see events/urls.py)."""

from django.urls import path

from .views import mine

urlpatterns = [
    path("mine/", mine.my_events, name="mine"),
    path("mine/feed/reset/", mine.reset_feed, name="reset_feed"),
]
