"""The sitemap: Wagtail's, with every address on the site's public address.

Wagtail builds each page's address from its Site's hostname and port; in production the
public address is ``WAGTAILADMIN_BASE_URL`` (``links.site_root``), which wins.
"""

from wagtail.contrib.sitemaps import Sitemap

from .links import on_site_address


class SiteSitemap(Sitemap):
    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url_info in urls:
            url_info["location"] = on_site_address(url_info["location"])
        return urls
