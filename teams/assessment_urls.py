from django.urls import path

from .views import assessments

urlpatterns = [
    path("<slug:slug>/assessments/", assessments.round_list, name="assessments"),
    path("<slug:slug>/assessments/<id:pk>/", assessments.round_detail, name="assessment"),
    path(
        "<slug:slug>/assessments/<id:pk>/answer/",
        assessments.member_answer,
        name="assessment_answer",
    ),
    path("<slug:slug>/assessments/<id:pk>/close/", assessments.close, name="assessment_close"),
    path("<slug:slug>/assessments/<id:pk>/link/", assessments.new_link, name="assessment_link"),
    path(
        "<slug:slug>/assessments/<id:pk>/staff/",
        assessments.staff_upload,
        name="assessment_staff",
    ),
    path(
        "<slug:slug>/assessments/by-link/<str:token>/",
        assessments.link_answer,
        name="assessment_link_answer",
    ),
]
