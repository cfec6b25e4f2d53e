import json
import sys

from django.core.management.base import BaseCommand, CommandError

from mailing import services
from mailing.services.bounces import EVENTS


class Command(BaseCommand):
    help = (
        "Record bounces and complaints from your mail provider. Either one address "
        "(`mail_bounce ADDRESS --event hard|soft|complaint`) or JSON lines on stdin "
        '(`mail_bounce -` with lines like {"email": "a@b.org", "event": "hard", "detail": "550 no such user"}).'
    )

    def add_arguments(self, parser):
        parser.add_argument("address", help="an e-mail address, or - to read JSON lines from stdin")
        parser.add_argument("--event", choices=EVENTS, default="hard")
        parser.add_argument("--detail", default="")

    def handle(self, *args, address, event, detail, **options):
        if address != "-":
            marked = services.record_bounce(address=address, event=event, detail=detail)
            self.stdout.write(f"{event}: {marked} account(s) marked.")
            return
        total = 0
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                total += services.record_bounce(
                    address=row["email"], event=row.get("event", "hard"), detail=row.get("detail", "")
                )
            except (ValueError, KeyError, TypeError) as error:
                raise CommandError(f"line {number}: {error}") from error
        self.stdout.write(f"{total} account(s) marked.")
