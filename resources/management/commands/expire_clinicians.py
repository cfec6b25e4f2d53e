from django.core.management.base import BaseCommand

from resources import services


class Command(BaseCommand):
    help = "End clinician verifications past their expiry date (role, badge, audit entry, notification). Run daily."

    def handle(self, *args, **options):
        expired = services.expire_clinicians()
        for application in expired:
            self.stdout.write(f"Expired: {application.applicant.username} ({application.profession})")
        self.stdout.write(self.style.SUCCESS(f"{len(expired)} verification(s) expired."))
