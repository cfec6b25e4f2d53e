"""`python manage.py import_forum FILE.jsonl`: import a community from another forum (forum/importer/)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from forum.importer import default_workers, import_lines
from forum.importer.records import count_lines, display_name_for, read_lines

__all__ = ["Command", "display_name_for", "import_lines"]


class Command(BaseCommand):
    help = "Import users, boards, topics and posts from a JSON-lines export (see docs/scale.md). Safe to re-run."

    def add_arguments(self, parser):
        parser.add_argument("file", help="The .jsonl export (format: docs/scale.md)")
        parser.add_argument("--batch-size", type=int, default=1000, help="Rows per transaction (default 1000)")
        parser.add_argument(
            "--public-boards",
            action="store_true",
            help="Make boards this import creates readable by anyone (default: members-only)",
        )
        parser.add_argument("--no-progress", action="store_true", help="Do not show the progress bar")
        parser.add_argument(
            "--workers", type=int, default=default_workers(), help="Processes that render posts (default: CPUs)"
        )

    def handle(self, *args, file, batch_size, public_boards, no_progress, workers, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No file at {path}.")
        stats = import_lines(
            read_lines(path),
            total=count_lines(path),
            batch_size=batch_size,
            public_boards=public_boards,
            progress_file=None if no_progress else self.stderr._out,
            workers=workers,
        )
        self.stdout.write(self.style.SUCCESS(stats.summary()))
