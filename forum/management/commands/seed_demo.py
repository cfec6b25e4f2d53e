"""Deterministic demo data: `python manage.py seed_demo --scale S [--seed N]`.

Runs bench/gen_dataset.py (a copy of the project's benchmark generator) and streams its
output straight into the importer, so the same scale and seed always give the same forum,
the one other forum engines are benchmarked on. Scale 1 = 1,000 members, 4,000 topics,
100,000 posts; --scale 0.005 = 500 posts (tests). Safe to re-run: nothing is imported twice.
"""

import subprocess
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from forum.importer import default_workers, import_lines

GENERATOR = settings.BASE_DIR / "bench" / "gen_dataset.py"
DEFAULT_SEED = 20250101  # gen_dataset.py's default: figures compare with other engines on it


def generate_lines(scale: float, seed: int):
    """Yield the generator's JSON lines as it writes them (nothing is held in memory)."""
    if not GENERATOR.is_file():
        raise CommandError(f"The data generator is missing: {GENERATOR}.")
    process = subprocess.Popen(
        [sys.executable, str(GENERATOR), "--scale", repr(scale), "--seed", str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        yield from process.stdout
        if process.wait() != 0:
            raise CommandError(f"gen_dataset.py failed: {process.stderr.read().strip()[-500:]}")
    finally:
        if process.poll() is None:  # the importer stopped early: stop the generator too
            process.kill()
        process.wait()
        process.stdout.close()
        process.stderr.close()


def expected_lines(scale: float) -> int:
    """Line count gen_dataset.py writes at this scale (for the progress bar)."""
    users = max(20, round(1000 * scale))
    topics = max(40, round(4000 * scale))
    posts = max(topics * 3, round(100000 * scale))
    return 1 + users + 8 + topics + posts


class Command(BaseCommand):
    help = "Load deterministic demo data (bench/gen_dataset.py) through the importer. Safe to re-run."

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=float, default=0.01, help="1 = 100,000 posts; 0.005 = 500 (default 0.01)")
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"Random seed (default {DEFAULT_SEED})")
        parser.add_argument(
            "--public-boards",
            action="store_true",
            help="Make the boards it creates readable by anyone (default: members-only)",
        )
        parser.add_argument("--no-progress", action="store_true", help="Do not show the progress bar")
        parser.add_argument(
            "--workers", type=int, default=default_workers(), help="Processes that render posts (default: CPUs)"
        )

    def handle(self, *args, scale, seed, public_boards, no_progress, workers, **options):
        if not 0 < scale <= 20:
            raise CommandError("--scale must be more than 0 and at most 20.")
        stats = import_lines(
            generate_lines(scale, seed),
            total=expected_lines(scale),
            public_boards=public_boards,
            progress_file=None if no_progress else self.stderr._out,
            workers=workers,
        )
        self.stdout.write(self.style.SUCCESS(f"Demo data (scale {scale}, seed {seed}): {stats.summary()}"))
