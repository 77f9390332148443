"""Wagtail's API v2 at ``/api/v2/``: pages, documents and images, public content only
(``api.public``), read only, the same for every visitor.

No authentication runs here (no HTTP Basic, no tokens): a session changes nothing in the
answers, and the only way to sign in stays allauth's page. Answers are JSON only (no
browsable API with forms of its own).
"""

from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    LocaleFilter,
    OrderingFilter,
    SearchFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from . import public
from .filters import PARAMETERS, LibraryFilter, OtherFieldsFilter


class ReadOnly:
    """What every endpoint shares: JSON, no sign-in of its own, GET only."""

    renderer_classes = [JSONRenderer]
    authentication_classes = []
    permission_classes = [AllowAny]
    http_method_names = ["get", "head", "options"]


class PublicPagesAPIViewSet(ReadOnly, PagesAPIViewSet):
    filter_backends = [
        OtherFieldsFilter,
        LibraryFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        OrderingFilter,
        TranslationOfFilter,
        LocaleFilter,
        SearchFilter,  # last: a search result cannot be filtered further
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(PARAMETERS)

    def get_base_queryset(self):
        # Wagtail's own rule lets a request through the restrictions it can pass (a
        # signed-in member, a password in the session); the API shows only what anyone sees.
        return public.public_pages(super().get_base_queryset())


class PublicDocumentsAPIViewSet(ReadOnly, DocumentsAPIViewSet):
    def get_queryset(self):
        return public.public_files(super().get_queryset())


class PublicImagesAPIViewSet(ReadOnly, ImagesAPIViewSet):
    def get_queryset(self):
        return public.public_files(super().get_queryset())


api_router = WagtailAPIRouter("api:v2")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
