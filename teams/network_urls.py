from django.urls import path  # noqa: F401 - the network views' routes go here

urlpatterns = []
