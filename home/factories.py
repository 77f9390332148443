"""Test data for the site itself: the home page, its Site and the standing sections."""

import factory
from wagtail.models import Page, Site

from casestudies.factories import CaseStudyIndexPageFactory
from events.factories import EventIndexPageFactory
from forums.factories import CommunityIndexPageFactory
from resources.factories import PublishedPageFactory, ResourceIndexPageFactory

from .models import HomePage, StandardPage


class HomePageFactory(PublishedPageFactory):
    class Meta:
        model = HomePage

    title = "SameSide (test)"
    slug = "home"
    tagline = "A test home page."


class StandardPageFactory(PublishedPageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Test page {n}")


def build_site():
    """The skeleton every page hangs from: a default Site whose root is a home page, with
    the case-study, resource, community and events sections under it. Wagtail's placeholder
    "Welcome" page is replaced. Returns the pages by name."""
    root = Page.get_first_root_node()
    for placeholder in root.get_children().filter(slug="home"):
        if type(placeholder.specific) is Page:
            placeholder.delete()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "SameSide"},
    )
    return {
        "home": home,
        "case_studies": CaseStudyIndexPageFactory(parent=home),
        "resources": ResourceIndexPageFactory(parent=home),
        "communities": CommunityIndexPageFactory(parent=home),
        "events": EventIndexPageFactory(parent=home),
    }
