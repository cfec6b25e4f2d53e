from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts import services
from accounts.permissions import ROLE_GROUPS


class Command(BaseCommand):
    help = "Give a member a role (moderator, clinician, admin), or take it away with --revoke."

    def add_arguments(self, parser):
        parser.add_argument("username", help="The member's display name")
        parser.add_argument("role", help="moderator, clinician or admin")
        parser.add_argument("--revoke", action="store_true", help="Take the role away instead")
        parser.add_argument("--reason", default="", help="Why, for the audit log")

    def handle(self, username, role, revoke, reason, **options):
        if role not in ROLE_GROUPS:
            raise CommandError(f"Unknown role '{role}'. Choose one of: {', '.join(ROLE_GROUPS)}.")
        User = get_user_model()
        try:
            user = User.objects.get(username__iexact=username)
        except User.DoesNotExist:
            raise CommandError(f"No member is called '{username}'.")
        reason = reason or "Changed by an operator with manage.py grant_role"
        if revoke:
            services.revoke_role(user, role=role, reason=reason)
            self.stdout.write(self.style.SUCCESS(f"{user.username} is no longer a {role}."))
        else:
            services.grant_role(user, role=role, reason=reason)
            self.stdout.write(self.style.SUCCESS(f"{user.username} is now a {role}."))
