import pytest
from django.core.exceptions import ValidationError

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from resources.factories import ResourcePageFactory
from resources.models import LibraryPage, ResourceIndexPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def case_study(db):
    return CaseStudyPageFactory(parent=CaseStudyIndexPage.objects.get(), start_year=1981)


def test_end_year_before_start_year_is_refused(case_study):
    page = case_study
    page.start_year, page.end_year = 2012, 2010
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert error.value.message_dict["end_year"] == ["The end year cannot be before the start year."]


@pytest.mark.parametrize("year", [1066, 3000])
def test_years_out_of_range_are_refused(case_study, year):
    page = case_study
    page.start_year, page.end_year = year, None
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "Enter a year between 1900" in error.value.message_dict["start_year"][0]


def test_year_range_wording():
    page = CaseStudyPage(start_year=2010, end_year=2013)
    assert page.year_range == "2010–2013"
    page.end_year = None
    assert page.year_range == "From 2010"
    page.start_year = None
    assert page.year_range == ""


def test_one_queryset_lists_both_kinds(case_study):
    ResourcePageFactory(parent=ResourceIndexPage.objects.get())
    kinds = {page.content_label for page in LibraryPage.objects.live().specific()}
    assert kinds == {"Case study", "Resource"}
