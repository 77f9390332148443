"""The allauth adapter: the one place where the site customises accounts.

Every way in (the public sign-in, the Wagtail admin's sign-in, password reset, email
confirmation) goes through allauth, so these rules apply to all of them.
"""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.auth import get_user_model
from django.contrib.sites.shortcuts import get_current_site

from . import outbox


class AccountAdapter(DefaultAccountAdapter):
    # --- Sign-in: client address, rate limits and lockout -----------------------------

    # --- Email: written to the outbox first, sent by the worker -----------------------
    def send_mail(self, template_prefix, email, context):
        """Verification, password reset and every other account email go into the
        outbox: sign-up and reset answer at once, and a mail outage delays the email
        rather than failing the page. The pages say "queued" (templates/account/)."""
        request = allauth_context.request
        full = {"request": request, "email": email, "current_site": get_current_site(request)}
        full.update(context)
        message = self.render_mail(template_prefix, email, full)
        user = context.get("user")
        if not isinstance(user, get_user_model()) or user.pk is None:
            user = None
        # "account/email/password_reset_key" -> "password_reset_key"
        outbox.queue(message, purpose=template_prefix.rsplit("/", 1)[-1], user=user)
