"""What the public read API (``api/``, Wagtail API v2) shows of library pages.

The fields are declared here, beside the models, because Wagtail reads ``api_fields``
from the page class; the API app adds the filters and decides which pages are public.
Related objects are shown by their stable keys (topic slugs, state codes, organization
slugs), the values the API's filters take.
"""

from django.db.models import Q
from rest_framework import serializers
from wagtail.api import APIField
from wagtail.models import Collection, CollectionViewRestriction


class OrganizationField(serializers.Field):
    """An organization as the public directory shows it: name, slug, kind and state."""

    def to_representation(self, value):
        return [
            {"slug": org.slug, "name": org.name, "kind": org.kind, "state": org.state}
            for org in value.all()
        ]


def restricted_collection_ids():
    """Collections with a view restriction, whoever asks, and every collection below them:
    the API shows none of their files."""
    paths = Collection.objects.filter(
        pk__in=CollectionViewRestriction.objects.values("collection_id")
    ).values_list("path", flat=True)
    below = Q()
    for path in paths:
        below |= Q(path__startswith=path)
    if not below:
        return set()
    return set(Collection.objects.filter(below).values_list("pk", flat=True))


class DocumentLinksField(serializers.Field):
    """A resource's documents: id, title and download address (the API's documents
    endpoint has the rest); none from a restricted collection."""

    def to_representation(self, value):
        # Here, not at the top: wagtail.api.v2.utils loads the Page model when imported,
        # and the page models import this module.
        from wagtail.api.v2.utils import get_full_url

        request = self.context.get("request")
        links = []
        links_shown = value.select_related("document").exclude(
            document__collection__in=restricted_collection_ids()
        )
        for link in links_shown:
            url = link.document.url
            links.append(
                {
                    "id": link.document_id,
                    "title": link.title,
                    "download_url": get_full_url(request, url) if request else url,
                }
            )
        return links


def slugs(field):
    return serializers.SlugRelatedField(many=True, read_only=True, slug_field=field)


LIBRARY_API_FIELDS = [
    APIField("summary"),
    APIField("topics", serializer=slugs("slug")),
    APIField("states", serializer=slugs("code")),
    APIField("locale_type"),
    APIField("size_band"),
    APIField("stage"),
    APIField("status"),
    APIField("student_outcomes_reported"),
    APIField("start_year"),
    APIField("end_year"),
    APIField("organizations", serializer=OrganizationField()),
    APIField("citations"),
]

RESOURCE_API_FIELDS = [
    APIField("resource_type"),
    APIField("body"),
    APIField("clauses"),
    APIField("rights"),
    APIField("document_links", serializer=DocumentLinksField()),
]

CASE_STUDY_API_FIELDS = [
    APIField("program_name"),
    APIField("challenge"),
    APIField("approach"),
    APIField("agreed"),
    APIField("outcomes"),
    APIField("lessons"),
]
