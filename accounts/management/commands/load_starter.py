from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from accounts import services

DEMO_PASSWORD = "haven-demo-password"  # noqa: S105 - printed on purpose; debug mode only
DEMO_ACCOUNTS = [
    ("river", "river@example.com", []),
    ("willow", "willow@example.com", []),
    ("mod_heron", "heron@example.com", ["moderator"]),
    ("dr_oak", "oak@example.com", ["clinician"]),
    ("dr_fern", "fern@example.com", ["clinician"]),
    ("admin_wren", "wren@example.com", ["admin", "moderator"]),
]
# Staff roles need two-step sign-in; demo staff share this authenticator secret so a
# developer can add it to an authenticator app (or compute codes) and try team pages.
DEMO_CLINICIAN_TITLES = {"dr_oak": "General practitioner", "dr_fern": "Pharmacist"}
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPHAVENDEMOHAVEN23"  # noqa: S105


class Command(BaseCommand):
    help = "Load starter content (boards, rooms, resources); in debug mode also demo accounts. Safe to re-run."

    def handle(self, *args, **options):
        # Demo accounts first: starter commands (demo topics) write as those accounts.
        if settings.DEBUG:
            created = self.create_demo_accounts()
            self.stdout.write("Demo accounts (debug mode only), all with password " + DEMO_PASSWORD + ":")
            for username, email, roles in DEMO_ACCOUNTS:
                self.stdout.write(f"  {username:<12} {email:<22} {', '.join(roles) or 'member'}")
            self.stdout.write(f"  Team accounts' authenticator secret: {DEMO_TOTP_SECRET}")
            if created:
                self.stdout.write(f"  ({created} created now)")
        for command in settings.HAVEN_STARTER_COMMANDS:
            call_command(*command.split())

    @transaction.atomic
    def create_demo_accounts(self) -> int:
        from allauth.mfa.models import Authenticator
        from allauth.mfa.totp.internal.auth import TOTP

        User = get_user_model()
        created = 0
        for username, email, roles in DEMO_ACCOUNTS:
            user = User.objects.filter(username__iexact=username).first()
            if user is not None:
                continue
            user = User.objects.create_user(username=username, email=email, password=DEMO_PASSWORD)
            services.record_signup_agreements(user)
            user.approved_contributions = 10
            user.clinician_title = DEMO_CLINICIAN_TITLES.get(username, "")
            user.save(update_fields=["approved_contributions", "clinician_title"])
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            for role in roles:
                services.grant_role(user, role=role, reason="Demo account")
            if roles and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
                TOTP.activate(user, DEMO_TOTP_SECRET)
            created += 1
        return created
