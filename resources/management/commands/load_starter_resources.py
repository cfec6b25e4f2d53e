from django.core.management.base import BaseCommand
from django.db import transaction

from resources import services
from resources.citations import parse_citations
from resources.models import Resource
from resources.starter import STARTER_RESOURCES


class Command(BaseCommand):
    help = (
        "Load the starter resources (marked 'Starter content — awaiting clinician review'). "
        "Safe to re-run: existing ones, including any a clinician has taken on, are left alone."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        created = 0
        for item in STARTER_RESOURCES:
            if Resource.objects.filter(slug=item["slug"]).exists():
                continue
            resource = services.create_resource(
                None,
                slug=item["slug"],
                title=item["title"],
                summary=item["summary"],
                audience_note=item["audience_note"],
                body=item["body"],
                citations=parse_citations("\n".join(item["citations"])),
                change_note="Starter content from the Haven team",
                is_starter=True,
            )
            services.submit_resource(resource, by=None)
            created += 1
        self.stdout.write(f"Starter resources: {created} created, {len(STARTER_RESOURCES) - created} already there.")
