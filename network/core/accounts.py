"""The allauth adapter: the one place where the site customises accounts.

Every way in (the public sign-in, the Wagtail admin's sign-in, password reset, email
confirmation) goes through allauth, so these rules apply to all of them.
"""

import ipaddress
from types import SimpleNamespace

from allauth import app_settings as allauth_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.auth import get_user_model

from . import links, outbox


class AccountAdapter(DefaultAccountAdapter):
    # --- Sign-in: client address, rate limits and lockout -----------------------------

    def _get_login_attempts_cache_key(self, request, **credentials):
        """What the ``key`` part of the ``login_failed`` rate limit counts: the account
        and the client address together.

        allauth counts failures per account alone, so anyone could lock a member out,
        right password included, by typing five wrong ones. Counted per account and
        address, the attacker's address is locked out of that account while the owner,
        from another address, still signs in. allauth builds the key here both when it
        counts a failure and when a password reset clears the count.
        """
        account = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{account}:{self.client_network(request)}"

    def client_network(self, request):
        """The client address (see ``ALLAUTH_TRUSTED_PROXY_COUNT``); an IPv6 address
        stands for its whole /64 (as in allauth's per-address limits), or one attacker
        would get billions of fresh addresses."""
        address = ipaddress.ip_address(self.get_client_ip(request))
        if address.version == 6:
            prefix = allauth_settings.RATE_LIMIT_IPV6_PREFIX
            return str(ipaddress.IPv6Network(f"{address}/{prefix}", strict=False))
        return str(address)

    # --- Email: written to the outbox first, sent by the worker -----------------------
    def send_mail(self, template_prefix, email, context):
        """Verification, password reset and every other account email go into the
        outbox: sign-up and reset answer at once, and a mail outage delays the email
        rather than failing the page. The pages say "queued" (templates/account/)."""
        request = allauth_context.request
        full = {"request": request, "email": email, "current_site": self.email_site()}
        full.update(context)
        message = self.render_mail(template_prefix, email, full)
        user = context.get("user")
        if not isinstance(user, get_user_model()) or user.pk is None:
            user = None
        # "account/email/password_reset_key" -> "password_reset_key"
        outbox.queue(message, purpose=template_prefix.rsplit("/", 1)[-1], user=user)

    def email_site(self):
        """What allauth's emails sign with ("Hello from SameSide!", and the address).
        Without django.contrib.sites, allauth would name the request's host instead."""
        return SimpleNamespace(name=settings.WAGTAIL_SITE_NAME, domain=links.site_netloc())
