"""Create local accounts for trying the site: an admin, an editor and a moderator.

All three may open the Wagtail admin (``is_staff``). Only the moderator (the Moderators
group) and the admin (a superuser) moderate the communities: staff status alone gives no
moderation powers. Everyone signs in with the email address, on allauth's page.

Development only: it refuses to run unless DEBUG is on, and prints the credentials.
"""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from home.demo.loader import ensure_dev_registrations, ensure_dev_team

DEV_PASSWORD = "sameside-dev-2024"  # noqa: S105 - development only, printed on purpose
DEV_USERS = [
    ("admin", "admin@sameside.test", None, True),
    ("editor", "editor@sameside.test", "Editors", False),
    ("moderator", "moderator@sameside.test", "Moderators", False),
]


class Command(BaseCommand):
    help = "Create development accounts (admin, editor, moderator). Refuses to run without DEBUG."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Run even when DEBUG is off.")
        parser.add_argument("--port", default="8000", help="Port shown in the admin address.")

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("create_dev_users is for local development only (DEBUG is off).")
        User = get_user_model()
        for username, email, group_name, is_superuser in DEV_USERS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={"email": email, "is_staff": True, "is_superuser": is_superuser},
            )
            if created:
                user.set_password(DEV_PASSWORD)
                user.save()
            if group_name:
                group = Group.objects.filter(name=group_name).first()
                if group:
                    user.groups.add(group)
            EmailAddress.objects.update_or_create(
                user=user, email=email, defaults={"verified": True, "primary": True}
            )
        # They join one demo team (home/demo/content/teams/), when the demo is loaded.
        team = ensure_dev_team()
        # With the team, they are registered for the demo events it is registered for.
        events = ensure_dev_registrations() if team else []
        self.stdout.write(
            self.style.SUCCESS("Development accounts (local use only):")
            + f"\n  Wagtail admin: http://127.0.0.1:{options['port']}/admin/"
            + "".join(
                f"\n  {username:<10} email {email}, password '{DEV_PASSWORD}'"
                for username, email, _, _ in DEV_USERS
            )
            + (f"\n  Their demo team: http://127.0.0.1:{options['port']}/teams/" if team else "")
            + "".join(
                f"\n  Registered with it for: http://127.0.0.1:{options['port']}{event.get_url_parts()[2]}"
                for event in events
            )
        )
