from django.urls import path

from .views import teams

# "new" and "invitations" come before "<slug>"; founding.RESERVED_SLUGS keeps them free.
urlpatterns = [
    path("", teams.team_list, name="list"),
    path("new/", teams.team_create, name="create"),
    path("invitations/<str:token>/", teams.invitation, name="invitation"),
    path("<slug:slug>/", teams.team_detail, name="detail"),
    path("<slug:slug>/members/", teams.team_members, name="members"),
    path("<slug:slug>/members/invite/", teams.invite, name="invite"),
    path("<slug:slug>/invitations/<id:pk>/revoke/", teams.revoke, name="revoke"),
    path("<slug:slug>/facilitator/", teams.team_facilitator, name="facilitator"),
]
