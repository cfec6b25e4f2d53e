from django.core.management.base import BaseCommand

from realtime.services import clear_stale_presence


class Command(BaseCommand):
    help = "Remove chat presence rows nobody has refreshed (e.g. after a server process died) and tell the rooms."

    def handle(self, *args, **options):
        result = clear_stale_presence()
        self.stdout.write(f"Removed {result['deleted']} stale presence rows in {result['rooms']} rooms.")
