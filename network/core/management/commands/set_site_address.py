"""Point the default Wagtail Site at where the site is served: ``make run`` runs it with
its port before ``runserver``, so emails, calendar files and the sitemap link there
(network/core/links.py). Production sets ``WAGTAILADMIN_BASE_URL``, which wins; running
this there with the public host and port 443 keeps Wagtail's own page URLs in step."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site


class Command(BaseCommand):
    help = "Set the default Site's hostname and port (where the site is served)."

    def add_arguments(self, parser):
        parser.add_argument("--hostname", default="127.0.0.1", help="Default: 127.0.0.1.")
        parser.add_argument("--port", type=int, default=8000, help="Default: 8000.")

    def handle(self, *args, hostname, port, **options):
        if not 0 < port < 65536:
            raise CommandError(f"{port} is not a port number.")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default Site yet: run migrate first.")
        taken = Site.objects.filter(hostname=hostname, port=port).exclude(pk=site.pk)
        if taken.exists():
            raise CommandError(f"Another Site already uses {hostname}:{port}.")
        if (site.hostname, site.port) != (hostname, port):
            site.hostname, site.port = hostname, port
            site.save(update_fields=["hostname", "port"])
        if options["verbosity"]:
            self.stdout.write(f"The default Site is at {site.root_url}/.")
