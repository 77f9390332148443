"""Event URLs: calendar files and feeds (see events/urls.py)."""

from django.urls import path

from .views import calendars

urlpatterns = [
    path("feeds/all.ics", calendars.feed_all, name="feed_all"),
    path("feeds/topics/<slug:topic_slug>.ics", calendars.feed_topic, name="feed_topic"),
    path("feeds/mine/<slug:token>.ics", calendars.feed_mine, name="feed_mine"),
    path("<slug:slug>/calendar.ics", calendars.event_ics, name="event_ics"),
]
