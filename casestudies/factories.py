"""Test data for case studies."""

import factory

from resources.factories import LibraryPageFactory, PublishedPageFactory

from .models import CaseStudyIndexPage, CaseStudyPage


class CaseStudyIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = CaseStudyIndexPage

    title = "Case studies"
    slug = "case-studies"


class CaseStudyPageFactory(LibraryPageFactory):
    class Meta:
        model = CaseStudyPage

    title = factory.Sequence(lambda n: f"Test case study {n}")
    program_name = ""
    challenge = "<p>What the district and the union faced.</p>"
    approach = "<p>How they went about it together.</p>"
    lessons = "<p>What others can take from it.</p>"
