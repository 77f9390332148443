"""Case studies in the search index follow publishing: publish, unpublish, move, delete
and privacy (``casestudies.search.CaseStudySource``)."""

import pytest
from wagtail.models import PageViewRestriction

from casestudies.models import CaseStudyIndexPage
from casestudies.search import CASE_STUDY, CaseStudySource
from home.factories import StandardPageFactory
from search.indexing import page_content_type
from search.models import SearchEntry
from search.sources import registry

pytestmark = pytest.mark.django_db


def entry_for(page):
    # Pages and threads both have entries, and their ids can coincide.
    return SearchEntry.objects.filter(content_type=page_content_type(), object_id=page.pk).first()


def test_case_studies_have_their_source(library):
    source = registry.for_instance(library.toledo)
    assert isinstance(source, CaseStudySource)
    entry = entry_for(library.toledo)
    assert entry.kind == CASE_STUDY
    assert entry.owner_page_id == library.toledo.pk
    assert "OH" in entry.state_codes


def test_publish_updates_the_entry(library, django_capture_on_commit_callbacks):
    toledo = library.toledo
    toledo.title = "Toledo plan renamed"
    with django_capture_on_commit_callbacks(execute=True):
        toledo.save_revision().publish()
    assert entry_for(toledo).title == "Toledo plan renamed"


def test_unpublish_and_delete_remove_the_entry(library, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        library.toledo.unpublish()
    assert entry_for(library.toledo) is None
    baltimore_id = library.baltimore.pk
    with django_capture_on_commit_callbacks(execute=True):
        library.baltimore.delete()
    assert not SearchEntry.objects.filter(
        content_type=page_content_type(), object_id=baltimore_id
    ).exists()


def test_privacy_removes_and_restores(library, django_capture_on_commit_callbacks):
    toledo = library.toledo
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(page=toledo, restriction_type="login")
    assert entry_for(toledo) is None
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert entry_for(toledo) is not None


def test_renaming_a_parent_updates_child_urls(library, django_capture_on_commit_callbacks):
    index = CaseStudyIndexPage.objects.get()
    index.slug = "stories"
    with django_capture_on_commit_callbacks(execute=True):
        index.save_revision().publish()
    assert entry_for(library.toledo).url == "/stories/toledo-peer-assistance-and-review/"


def test_moving_a_section_updates_urls(library, django_capture_on_commit_callbacks):
    about = StandardPageFactory(parent=library.home, title="About", slug="about")
    with django_capture_on_commit_callbacks(execute=True):
        CaseStudyIndexPage.objects.get().move(about, pos="last-child")
    assert entry_for(library.toledo).url.startswith("/about/case-studies/")
