"""Test data for the library: topics, source reports and resource pages."""

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.documents import get_document_model

from .models import ResourceIndexPage, ResourcePage, Source, Topic


class TopicFactory(DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Test topic {n}")
    slug = factory.LazyAttribute(lambda topic: topic.name.lower().replace(" ", "-"))
    description = factory.LazyAttribute(lambda topic: f"What {topic.name} covers.")


class SourceFactory(DjangoModelFactory):
    class Meta:
        model = Source
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"report-{n}")
    title = factory.Sequence(lambda n: f"A test report {n}")
    authors = "A. Writer"
    year = 2012
    publisher = "A test publisher"


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page added under ``parent`` and published with a revision, as editors do, so the
    publish signals (search, caches) run. ``publish=False`` leaves a draft. Many-to-many
    fields named in ``_relations`` (topics, organizations...) take lists and are set
    before the first save, so the page is published once."""

    publish = True

    class Meta:
        abstract = True

    _relations = ()

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        publish = kwargs.pop("publish", True)
        related = {name: kwargs.pop(name) for name in cls._relations if name in kwargs}
        page = model_class(**kwargs)
        for name, values in related.items():
            getattr(page, name).set(list(values))
        if not publish:
            page.live = False
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        return model_class.objects.get(pk=page.pk)


class ResourceIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = ResourceIndexPage

    title = "Resources"
    slug = "resources"


class LibraryPageFactory(PublishedPageFactory):
    """Fields shared by case studies and resources; ``topics`` takes a list of topics."""

    class Meta:
        abstract = True

    _relations = ("topics", "organizations", "states")
    summary = factory.LazyAttribute(lambda page: f"A short summary of {page.title}.")


class ResourcePageFactory(LibraryPageFactory):
    class Meta:
        model = ResourcePage

    title = factory.Sequence(lambda n: f"Test resource {n}")
    resource_type = "toolkit"
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>What the resource says, for the test.</p>")]
    )


class DocumentFactory(DjangoModelFactory):
    """A Wagtail document holding ``text`` as a plain-text file. Its text is extracted on
    commit, as for an upload: create it inside ``django_capture_on_commit_callbacks``
    (execute=True) for the text to be there. Attach it to a resource with
    ``ResourcePageFactory(document_links=[ResourceDocument(document=...)])``."""

    class Meta:
        model = get_document_model()

    class Params:
        text = "What the document says, for the test."

    title = factory.Sequence(lambda n: f"Test document {n}")
    file = factory.LazyAttribute(
        lambda doc: ContentFile(doc.text.encode(), name=f"{slugify(doc.title)}.txt")
    )
