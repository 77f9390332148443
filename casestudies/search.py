"""How case studies reach the site's search: ``CaseStudySource``, registered in
``CasestudiesConfig.ready()``."""

from django.utils.html import strip_tags

from resources.search import library_entry, live_library_pages
from search import facets
from search.indexing import stream_text
from search.sources import IndexSource, registry

from .models import CaseStudyPage

CASE_STUDY = "case_study"


class CaseStudySource(IndexSource):
    model = CaseStudyPage

    def indexed_objects(self):
        return live_library_pages(self.model)

    def entry_for(self, page):
        return library_entry(
            page,
            CASE_STUDY,
            [
                strip_tags(page.challenge),
                strip_tags(page.approach),
                stream_text(page.agreed),
                stream_text(page.outcomes),
                strip_tags(page.lessons),
            ],
            program_name=page.program_name,
        )


def register():
    facets.register_kind(CASE_STUDY, "Case study", order=10)
    registry.register(CaseStudySource)
