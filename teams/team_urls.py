from django.urls import path

from .views import teams

urlpatterns = [
    path("", teams.team_list, name="list"),
    path("<slug:slug>/", teams.team_detail, name="detail"),
]
