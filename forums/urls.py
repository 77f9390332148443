"""Thread, post and action URLs below /communities/<community slug>/.

The community pages themselves (/communities/ and /communities/<slug>/) are Wagtail
pages; these patterns are included before Wagtail's catch-all in ``network/urls.py``.
"""

from django.urls import path

from . import views

app_name = "forums"

urlpatterns = [
    path("<slug:slug>/ask/", views.ask, name="ask"),
    path("<slug:slug>/threads/<int:pk>/", views.thread_detail, name="thread"),
    path("<slug:slug>/threads/<int:pk>/reply/", views.reply, name="reply"),
    path("<slug:slug>/threads/<int:pk>/accept/", views.accept, name="accept"),
    path(
        "<slug:slug>/threads/<int:pk>/pin/",
        views.moderate_thread,
        {"field": "pinned"},
        name="pin",
    ),
    path(
        "<slug:slug>/threads/<int:pk>/lock/",
        views.moderate_thread,
        {"field": "locked"},
        name="lock",
    ),
    path("<slug:slug>/posts/<int:pk>/", views.post_permalink, name="post"),
    path("<slug:slug>/posts/<int:pk>/edit/", views.edit_post, name="edit_post"),
    path("<slug:slug>/posts/<int:pk>/history/", views.post_history, name="post_history"),
    path("<slug:slug>/posts/<int:pk>/helpful/", views.helpful, name="helpful"),
    path("<slug:slug>/posts/<int:pk>/hide/", views.hide_post, name="hide_post"),
    path("<slug:slug>/posts/<int:pk>/flag/", views.flag_post, name="flag_post"),
]
