"""The public read API (docs/api.md): Wagtail's API v2 and the versioned search."""

from django.urls import include, path

from . import search
from .router import api_router

app_name = "api"
urlpatterns = [
    # The router reverses its own links under "api:v2" (router.py).
    path("v2/", include((api_router.get_urlpatterns(), "v2"), namespace="v2")),
    path("v1/search/", search.search, name="search"),
]
