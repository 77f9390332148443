"""Thread, post and action URLs below /communities/<community slug>/.

The community pages themselves (/communities/ and /communities/<slug>/) are Wagtail
pages; these patterns are included before Wagtail's catch-all in ``network/urls.py``.
"""

from django.urls import path

from . import notification_views, staff_views, views

app_name = "forums"

urlpatterns = [
    path("moderation/suspend/<id:user_id>/", staff_views.suspend_member, name="suspend_member"),
    path("<slug:slug>/ask/", views.ask, name="ask"),
    path("<slug:slug>/watch/", notification_views.watch_community, name="watch_community"),
    path("<slug:slug>/threads/<id:pk>/", views.thread_detail, name="thread"),
    path("<slug:slug>/threads/<id:pk>/reply/", views.reply, name="reply"),
    path("<slug:slug>/threads/<id:pk>/accept/", views.accept, name="accept"),
    path(
        "<slug:slug>/threads/<id:pk>/pin/",
        views.moderate_thread,
        {"field": "pinned"},
        name="pin",
    ),
    path(
        "<slug:slug>/threads/<id:pk>/lock/",
        views.moderate_thread,
        {"field": "locked"},
        name="lock",
    ),
    path("<slug:slug>/threads/<id:pk>/move/", staff_views.move_thread, name="move"),
    path(
        "<slug:slug>/threads/<id:pk>/watch/",
        notification_views.watch_thread,
        name="watch_thread",
    ),
    path("<slug:slug>/posts/<id:pk>/", views.post_permalink, name="post"),
    path("<slug:slug>/posts/<id:pk>/review/", staff_views.review_post, name="review_post"),
    path("<slug:slug>/posts/<id:pk>/edit/", views.edit_post, name="edit_post"),
    path("<slug:slug>/posts/<id:pk>/history/", views.post_history, name="post_history"),
    path("<slug:slug>/posts/<id:pk>/helpful/", views.helpful, name="helpful"),
    path("<slug:slug>/posts/<id:pk>/hide/", views.hide_post, name="hide_post"),
    path("<slug:slug>/posts/<id:pk>/flag/", views.flag_post, name="flag_post"),
]
