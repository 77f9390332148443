from django.urls import path

from .views import network

urlpatterns = [
    path("network/", network.network_summary, name="network"),
    path("network/staff/", network.network_staff, name="network_staff"),
]
