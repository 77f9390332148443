from django.urls import path

from .views import plans

urlpatterns = [
    path("<slug:slug>/plan/", plans.plan, name="plan"),
    path("<slug:slug>/plan/principles/", plans.principles_edit, name="plan_principles"),
    path("<slug:slug>/plan/details/", plans.details_edit, name="plan_details"),
    path("<slug:slug>/plan/goals/add/", plans.goal_add, name="plan_goal_add"),
    path("<slug:slug>/plan/goals/<id:pk>/", plans.goal_edit, name="plan_goal_edit"),
    path("<slug:slug>/plan/goals/<id:pk>/delete/", plans.goal_delete, name="plan_goal_delete"),
    path("<slug:slug>/plan/goals/<id:goal_pk>/steps/add/", plans.step_add, name="plan_step_add"),
    path("<slug:slug>/plan/steps/<id:pk>/", plans.step_edit, name="plan_step_edit"),
    path("<slug:slug>/plan/steps/<id:pk>/delete/", plans.step_delete, name="plan_step_delete"),
    path("<slug:slug>/plan/history/", plans.history, name="plan_history"),
    path("<slug:slug>/plan/updates/", plans.update_add, name="plan_update_add"),
    path("<slug:slug>/plan/comments/", plans.comment_add, name="plan_comment_add"),
    path("<slug:slug>/plan/sharing/", plans.sharing_edit, name="plan_sharing"),
    path("<slug:slug>/plan/feedback/", plans.feedback_request, name="plan_feedback"),
    path("<slug:slug>/plan/print/", plans.print_view, name="plan_print"),
    path("<slug:slug>/plan/plan.docx", plans.docx, name="plan_docx"),
    path("<slug:slug>/plan/reminders/", plans.reminders_toggle, name="plan_reminders"),
    path(
        "reminders/unsubscribe/<str:token>/",
        plans.reminders_unsubscribe,
        name="reminders_unsubscribe",
    ),
]
