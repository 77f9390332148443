"""The Content-Security-Policy header: a strict policy for the site's pages, a looser one
for the Wagtail admin.

django-csp writes the header from ``CONTENT_SECURITY_POLICY``. The admin's own pages need
a little more (``ADMIN_CONTENT_SECURITY_POLICY``: inline styles and the like, measured in
Chromium by ``tests/browser/test_csp.py``), and only below its address, so that a script
injected into a public page can never run.
"""

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(settings.ADMIN_URL_PREFIX)
        ):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts
