"""The allauth adapter: the one place where the site customises accounts.

Every way in (the public sign-in, the Wagtail admin's sign-in, password reset, email
confirmation) goes through allauth, so these rules apply to all of them.
"""

from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    # --- Sign-in: client address, rate limits and lockout -----------------------------

    # --- Email: written to the outbox first, sent by the worker -----------------------
    pass
