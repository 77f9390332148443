from django.urls import path  # noqa: F401 - the plan views' routes go here

urlpatterns = []
