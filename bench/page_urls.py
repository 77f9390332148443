"""Print, as JSON, one real URL per page kind of the loaded demo content (bench/http_bench.py and
bench/locustfile.py read it), and the demo member that signs in. Run with the settings the
server runs with: ``python bench/page_urls.py``."""

import json
import os
import sys
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "network.settings.dev")

import django  # noqa: E402

django.setup()

from django.urls import reverse  # noqa: E402

from casestudies.models import CaseStudyIndexPage, CaseStudyPage  # noqa: E402
from casestudies.search import CASE_STUDY  # noqa: E402
from events.models.pages import EventIndexPage, EventPage  # noqa: E402
from forums.models.communities import CommunityIndexPage, CommunityPage  # noqa: E402
from forums.models.posts import Thread  # noqa: E402
from home.management.commands.create_dev_users import DEV_PASSWORD, DEV_USERS  # noqa: E402
from home.models import HomePage  # noqa: E402
from resources.models import ResourceIndexPage, ResourcePage, Topic  # noqa: E402
from teams.models.teams import Team  # noqa: E402

# The editor: a member of the demo team, neither a superuser nor a moderator.
MEMBER_EMAIL = next(email for username, email, _, _ in DEV_USERS if username == "editor")


def first_url(pages):
    page = pages.live().public().order_by("path").first()
    return page.url if page else None


def page_urls():
    public_communities = CommunityPage.objects.live().public().filter(private_group__isnull=True)
    threads = Thread.objects.filter(held=False, community__in=public_communities)
    # The thread with most posts: the heaviest of the ordinary thread pages.
    thread = threads.order_by("-post_count", "pk").first()
    topic = Topic.objects.filter(tagged_pages__isnull=False).distinct().order_by("name").first()
    team = Team.objects.filter(memberships__user__email=MEMBER_EMAIL).order_by("pk").first()
    search = {"q": "peer review", "type": CASE_STUDY}
    if topic:
        search["topic"] = topic.slug
    urls = {
        "home": first_url(HomePage.objects),
        "case-study index": first_url(CaseStudyIndexPage.objects),
        "resource index": first_url(ResourceIndexPage.objects),
        "case study": first_url(CaseStudyPage.objects),
        "resource": first_url(ResourcePage.objects),
        "topic": reverse("topic_detail", args=[topic.slug]) if topic else None,
        "search": f"{reverse('search')}?{urlencode(search)}",
        "community index": first_url(CommunityIndexPage.objects),
        "community": first_url(public_communities),
        "thread": thread.get_absolute_url() if thread else None,
        "member directory": reverse("network:members"),
        "team page": team.get_absolute_url() if team else None,
        "event index": first_url(EventIndexPage.objects),
        "event page": first_url(EventPage.objects),
        "ceiling": "/_bench/ceiling/",
    }
    return {
        "pages": {kind: url for kind, url in urls.items() if url},
        "missing": [kind for kind, url in urls.items() if not url],
        "member": {"email": MEMBER_EMAIL, "password": DEV_PASSWORD},
        "threads": [t.get_absolute_url() for t in threads.order_by("pk")[:50]],
    }


if __name__ == "__main__":
    print(json.dumps(page_urls()))
