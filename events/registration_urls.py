"""Event URLs: registration (see events/urls.py)."""

from django.urls import path

from .views import registration, staff

urlpatterns = [
    path("register/", registration.register, name="register"),
    path("cancel/", registration.cancel, name="cancel"),
    path("registrants/", staff.registrants, name="registrants"),
    path("registrants.csv", staff.registrants_csv, name="registrants_csv"),
]
