"""Each test starts from the state it asks for, and leaves it as it found it."""

import pytest

from casestudies.models import CaseStudyPage
from home.models import HomePage
from resources.models import ResourcePage, Topic


@pytest.mark.django_db
def test_a_plain_test_starts_from_the_skeleton():
    assert HomePage.objects.get().url == "/"
    assert HomePage.objects.get().get_children().count() == 4  # the four sections
    assert not CaseStudyPage.objects.exists()
    assert not Topic.objects.exists()


@pytest.mark.demo
@pytest.mark.django_db
def test_a_demo_test_gets_the_demo(demo):
    assert demo["toledo"].live
    assert CaseStudyPage.objects.count() > 10


@pytest.mark.django_db
def test_the_demo_fixture_needs_the_marker(pytester_demo_request):
    assert "needs @pytest.mark.demo" in pytester_demo_request


@pytest.fixture
def pytester_demo_request(request):
    with pytest.raises(pytest.fail.Exception) as failure:
        request.getfixturevalue("demo")
    return str(failure.value)


@pytest.mark.django_db
def test_changes_to_the_shared_library_do_not_outlive_the_test(library):
    library.mou.delete()
    assert not ResourcePage.objects.filter(slug="sacramento-priority-schools-mou").exists()


@pytest.mark.django_db
def test_the_shared_library_is_whole_for_the_next_test(library):
    assert library.mou.live
    assert CaseStudyPage.objects.count() == 3
    assert ResourcePage.objects.count() == 4
