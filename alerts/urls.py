from django.urls import path

from . import views

app_name = "alerts"
urlpatterns = [
    path("", views.saved_search_list, name="list"),
    path("save/", views.save, name="save"),
    path("<int:pk>/", views.edit, name="edit"),
    path("<int:pk>/delete/", views.delete, name="delete"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
