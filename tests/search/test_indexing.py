"""The index follows publishing: publish, unpublish, move, delete and privacy."""

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from casestudies.models import CaseStudyIndexPage
from search.indexing import page_content_type
from search.models import SearchEntry

pytestmark = pytest.mark.django_db


def entry_for(page):
    # Pages and threads both have entries, and their ids can coincide.
    return SearchEntry.objects.filter(content_type=page_content_type(), object_id=page.pk).first()


def test_every_live_public_library_page_has_an_entry(demo):
    from resources.models import LibraryPage

    library = SearchEntry.objects.exclude(kind="discussion")
    assert library.count() == LibraryPage.objects.live().public().count()


def test_publish_updates_the_entry(demo, django_capture_on_commit_callbacks):
    toledo = demo["toledo"]
    toledo.title = "Toledo plan renamed"
    with django_capture_on_commit_callbacks(execute=True):
        toledo.save_revision().publish()
    assert entry_for(toledo).title == "Toledo plan renamed"


def test_unpublish_and_delete_remove_the_entry(demo, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        demo["toledo"].unpublish()
    assert entry_for(demo["toledo"]) is None
    baltimore_id = demo["baltimore"].pk
    with django_capture_on_commit_callbacks(execute=True):
        demo["baltimore"].delete()
    assert not SearchEntry.objects.filter(
        content_type=page_content_type(), object_id=baltimore_id
    ).exists()


def test_privacy_removes_and_restores(demo, django_capture_on_commit_callbacks):
    toledo = demo["toledo"]
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(page=toledo, restriction_type="login")
    assert entry_for(toledo) is None
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert entry_for(toledo) is not None


def test_renaming_a_parent_updates_child_urls(demo, django_capture_on_commit_callbacks):
    index = CaseStudyIndexPage.objects.get()
    index.slug = "stories"
    with django_capture_on_commit_callbacks(execute=True):
        index.save_revision().publish()
    assert entry_for(demo["toledo"]).url == "/stories/toledo-peer-assistance-and-review/"


def test_moving_a_section_updates_urls(demo, django_capture_on_commit_callbacks):
    from home.models import StandardPage

    about = StandardPage.objects.get(slug="about")
    with django_capture_on_commit_callbacks(execute=True):
        CaseStudyIndexPage.objects.get().move(about, pos="last-child")
    assert entry_for(demo["toledo"]).url.startswith("/about/case-studies/")


def test_rebuild_command_shows_progress(capsys):
    SearchEntry.objects.all().delete()
    call_command("search_index", "rebuild")
    out = capsys.readouterr().out
    assert "Entries" in out and "/" in out
    assert "Indexed" in out
    assert SearchEntry.objects.exists()


def test_deleting_a_document_drops_its_text(demo, django_capture_on_commit_callbacks):
    from resources.models import ResourcePage

    mou = ResourcePage.objects.get(slug="sacramento-priority-schools-mou")
    assert "SEIU" in entry_for(mou).document_text
    with django_capture_on_commit_callbacks(execute=True):
        mou.document_links.first().document.delete()
    entry = entry_for(mou)
    assert entry.documents == []
    assert "SEIU" not in entry.document_text
