from django.urls import path

from . import views

app_name = "compare"
urlpatterns = [
    path("", views.index, name="index"),
    path("add/", views.add, name="add"),
    path("remove/", views.remove, name="remove"),
    path("clear/", views.clear, name="clear"),
    path("download.<str:format_name>", views.download, name="download"),
    path("save/", views.save, name="save"),
    path("saved/", views.saved_list, name="saved"),
    path("saved/<int:pk>/", views.saved_detail, name="saved_detail"),
    path("saved/<int:pk>/rename/", views.rename, name="rename"),
    path("saved/<int:pk>/delete/", views.delete, name="delete"),
    path("shared/<slug:token>/", views.shared, name="shared"),
]
