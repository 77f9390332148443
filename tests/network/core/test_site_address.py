"""The site's public address, one source for every absolute link: the default Wagtail
Site's hostname and port (``make run`` sets them), or ``WAGTAILADMIN_BASE_URL`` when set
(production requires it). Sitemap, emails, calendar files, allauth's emails and
robots.txt all agree; the favicon is served."""

import base64
import re
import subprocess
from io import StringIO
from pathlib import Path
from xml.etree import ElementTree

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.urls import reverse
from icalendar import Calendar
from wagtail.models import Site

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from events import registration
from events.factories import EventPageFactory
from events.models import EventIndexPage
from network.core import links
from network.core.factories import UserFactory
from network.core.models import OutgoingEmail

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[3]
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture(autouse=True)
def fresh_address():
    """The address is cached; a rolled-back Site change must not outlive its test."""
    cache.delete(links.CACHE_KEY)
    yield
    cache.delete(links.CACHE_KEY)


@pytest.fixture
def no_base_url(settings):
    """As in development: WAGTAILADMIN_BASE_URL unset."""
    if hasattr(settings, "WAGTAILADMIN_BASE_URL"):
        del settings.WAGTAILADMIN_BASE_URL


@pytest.fixture
def served_on_8011(no_base_url):
    """As after ``make run PORT=8011``: no WAGTAILADMIN_BASE_URL, the Site on 8011."""
    call_command("set_site_address", "--port", "8011", stdout=StringIO())
    return "http://127.0.0.1:8011"


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ElementTree.fromstring(response.content)  # noqa: S314 - our own response
    return [loc.text for loc in tree.findall("sm:url/sm:loc", SITEMAP_NS)]


# The command that `make run` runs -------------------------------------------------------


def test_the_command_points_the_default_site_at_the_port():
    out = StringIO()
    call_command("set_site_address", "--port", "8011", stdout=out)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8011)
    assert "http://127.0.0.1:8011/" in out.getvalue()
    call_command("set_site_address", "--hostname", "sameside.example", "--port", "443")
    site.refresh_from_db()
    assert site.root_url == "https://sameside.example"


def test_the_address_follows_a_site_change_at_once(no_base_url):
    call_command("set_site_address", "--port", "8011", stdout=StringIO())
    assert links.site_url("/x/") == "http://127.0.0.1:8011/x/"  # now cached
    call_command("set_site_address", "--port", "8012", stdout=StringIO())
    assert links.site_url("/x/") == "http://127.0.0.1:8012/x/"


@pytest.mark.parametrize("port", ["0", "70000"])
def test_the_command_refuses_a_bad_port(port):
    with pytest.raises(CommandError, match="not a port"):
        call_command("set_site_address", "--port", port)


def test_the_command_refuses_an_address_another_site_holds():
    home = Site.objects.get(is_default_site=True).root_page
    Site.objects.create(hostname="127.0.0.1", port=8011, root_page=home)
    with pytest.raises(CommandError, match="Another Site"):
        call_command("set_site_address", "--port", "8011")


def test_the_command_needs_a_default_site():
    Site.objects.all().delete()
    with pytest.raises(CommandError, match="no default Site"):
        call_command("set_site_address", "--port", "8011")


def test_make_run_sets_the_site_address_before_serving():
    """`make -n` prints the recipe without running anything."""
    result = subprocess.run(
        ["make", "-n", "serve", "PORT=8011"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    commands = result.stdout.splitlines()
    (address,) = [i for i, line in enumerate(commands) if "set_site_address" in line]
    (serve,) = [i for i, line in enumerate(commands) if "runserver" in line]
    assert "--hostname 127.0.0.1 --port 8011" in commands[address]
    assert "runserver 127.0.0.1:8011" in commands[serve]
    assert address < serve


# Where the address comes from ------------------------------------------------------------


def test_without_the_setting_links_follow_the_default_site(served_on_8011):
    assert links.site_url("/events/") == "http://127.0.0.1:8011/events/"
    assert links.site_hostname() == "127.0.0.1"
    assert links.site_netloc() == "127.0.0.1:8011"


@pytest.mark.parametrize(
    ("port", "root"),
    [(80, "http://localhost"), (443, "https://localhost"), (8011, "http://localhost:8011")],
)
def test_ports_80_and_443_are_left_out(no_base_url, port, root):
    Site.objects.filter(is_default_site=True).update(port=port)  # no signal: clear by hand
    cache.delete(links.CACHE_KEY)
    assert links.site_url("/") == root + "/"


def test_the_setting_wins_when_set(served_on_8011, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://sameside.example/"
    assert links.site_url("/events/") == "https://sameside.example/events/"
    assert links.site_hostname() == "sameside.example"


# The sitemap --------------------------------------------------------------------------------


def test_the_sitemap_lists_pages_on_the_site_address(client, served_on_8011):
    study = CaseStudyPageFactory(parent=CaseStudyIndexPage.objects.get())
    locations = sitemap_locations(client)
    assert locations
    assert all(location.startswith(served_on_8011 + "/") for location in locations), locations
    assert served_on_8011 + study.url in locations
    assert not any("localhost" in location for location in locations)


def test_the_sitemap_uses_the_base_url_in_production(client, settings):
    """Production: the Site may still say localhost; WAGTAILADMIN_BASE_URL is the address."""
    settings.WAGTAILADMIN_BASE_URL = "https://sameside.example"
    study = CaseStudyPageFactory(parent=CaseStudyIndexPage.objects.get())
    locations = sitemap_locations(client)
    assert "https://sameside.example/" in locations  # the home page
    assert "https://sameside.example" + study.url in locations
    assert all(location.startswith("https://sameside.example/") for location in locations)


# Emails and calendar files ------------------------------------------------------------------


def test_an_event_email_and_its_ics_carry_the_port(served_on_8011):
    event = EventPageFactory(parent=EventIndexPage.objects.get(), title="Port check")
    member = UserFactory()
    registration.register(event, member)
    (email,) = OutgoingEmail.objects.filter(purpose="events.confirmation", user=member)
    page = served_on_8011 + event.url
    assert page in email.body
    assert "127.0.0.1:8000" not in email.body
    (attachment,) = [a for a in email.attachments if a["name"] == "event.ics"]
    (entry,) = Calendar.from_ical(base64.b64decode(attachment["content"])).walk("VEVENT")
    assert str(entry["url"]) == page
    assert page in str(entry["description"])
    assert str(entry["uid"]) == f"event-{event.pk}@127.0.0.1"
    assert email.headers["Message-ID"].endswith("@127.0.0.1>")


def test_the_event_ics_download_carries_the_port(client, served_on_8011):
    event = EventPageFactory(parent=EventIndexPage.objects.get())
    response = client.get(reverse("events:event_ics", args=[event.slug]))
    assert response.status_code == 200
    (entry,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(entry["url"]) == served_on_8011 + event.url


def test_the_calendar_subscription_address_carries_the_port(client, served_on_8011):
    client.force_login(UserFactory())
    html = client.get(reverse("events:mine")).content.decode()
    assert "webcal://127.0.0.1:8011/events/feeds/mine/" in html


# allauth's emails ---------------------------------------------------------------------------


def test_account_emails_greet_from_sameside(
    client, make_user, served_on_8011, django_capture_on_commit_callbacks
):
    make_user(email="board@district.example")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_reset_password"), {"email": "board@district.example"})
    (message,) = mail.outbox
    assert message.subject.startswith("[SameSide]")
    assert "Hello from SameSide!" in message.body
    assert "Thank you for using SameSide!\n127.0.0.1:8011" in message.body
    assert "testserver!" not in message.body  # the request's host is no site name
    # The link itself is the request's (it was asked for there).
    assert re.search(r"http://testserver/accounts/password/reset/key/\S+", message.body)


# robots.txt and the favicon ---------------------------------------------------------------


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_accounts(
    client, served_on_8011
):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert f"Sitemap: {served_on_8011}/sitemap.xml" in lines
    disallowed = {line.split(": ", 1)[1] for line in lines if line.startswith("Disallow: ")}
    for name in ("wagtailadmin_home", "account_login", "account_signup", "forums_preferences"):
        assert any(reverse(name).startswith(prefix) for prefix in disallowed), name
    for public in ("/", "/case-studies/", "/resources/", "/events/", "/sitemap.xml"):
        assert not any(public.startswith(prefix) for prefix in disallowed), public


def test_robots_txt_in_production_names_the_public_sitemap(client, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://sameside.example"
    assert "Sitemap: https://sameside.example/sitemap.xml" in client.get("/robots.txt").text


def test_the_pages_link_the_favicon_and_it_is_served(client):
    html = client.get("/").content.decode()
    (href,) = re.findall(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', html)
    assert href.endswith("favicon.svg")
    svg = (ROOT / "home" / "static" / "favicon.svg").read_text()
    ElementTree.fromstring(svg)  # noqa: S314 - well-formed; our own file
    assert svg.startswith("<svg")
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == href
    assert client.head("/favicon.ico").status_code == 302
    assert client.head("/robots.txt").status_code == 200
    assert client.post("/robots.txt").status_code == 405


def test_the_favicon_file_is_found_by_staticfiles():
    from django.contrib.staticfiles import finders

    assert finders.find("favicon.svg")
