"""URLs of the member network (namespace ``network``). ``network/urls.py`` is the
project's root URLconf; this module holds the network app's own patterns."""

from django.urls import path

from . import facilitator_views, member_views, views

app_name = "network"

urlpatterns = [
    path("members/", member_views.directory, name="members"),
    path("members/profile/", member_views.edit_profile, name="edit_profile"),
    path("members/profile/affiliation/", member_views.claim_affiliation, name="claim"),
    path(
        "members/profile/affiliation/<id:pk>/withdraw/",
        member_views.withdraw_affiliation,
        name="withdraw_claim",
    ),
    path("members/profile/export/", member_views.export_data, name="export_data"),
    path("members/profile/delete/", member_views.delete_account, name="delete_account"),
    path("members/<id:user_id>/", member_views.member_detail, name="member"),
    path("members/<id:user_id>/contact/", member_views.contact_member, name="contact"),
    path("organizations/", views.organization_directory, name="organizations"),
    path("organizations/like-mine/", views.like_mine, name="like_mine"),
    path("organizations/<slug:slug>/like/", views.like, name="like"),
    path("facilitators/", facilitator_views.roster, name="facilitators"),
    path("facilitators/request/", facilitator_views.request_facilitator, name="request"),
]
