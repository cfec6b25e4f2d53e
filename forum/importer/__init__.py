"""Import a community from another forum (the `import_forum` command is a thin wrapper).

Reads the JSON-lines export format of ../shared/bench/FORMAT.md (meta, then users, boards,
topics and posts) line by line, so a file of any size is never held in memory. Rows are
written with bulk_create in batches, each batch in its own transaction. Source ids are kept
in `legacy_id`, so re-running the same file (or a longer export of the same forum) imports
nothing twice and continues where a failed run stopped. See docs/scale.md for the decisions
(accounts, board visibility, why imported content skips the content policy).

Modules: records (reading and validation), ids (source id -> Haven id), writers (batches),
and the counters shared with the forum's services (forum/services/counters.py).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError
from django.db import connection, transaction
from tqdm import tqdm

from forum.importer.ids import IdMap
from forum.importer.records import KINDS, BadLine, Pending, Stats, ValidationMixin
from forum.importer.writers import WritersMixin
from forum.models import Post, Topic
from forum.services.counters import recount_boards, recount_topics

__all__ = ["ForumImporter", "import_lines", "default_workers"]


class ForumImporter(ValidationMixin, WritersMixin):
    """Streams records into the database. Use `run(lines)`; raises BadLine on the first bad line."""

    def __init__(self, *, batch_size: int = 1000, public_boards: bool = False, progress=None, workers: int = 1):
        self.batch_size = batch_size
        self.workers = workers
        self._pool = None
        self.public_boards = public_boards
        self.progress = progress  # a tqdm-like object with update(n), or None
        self.stats = Stats()
        self.User = get_user_model()
        # source id -> Haven pk; loaded for records an earlier run imported.
        ids = IdMap.load()
        self.users, self.boards, self.topics, self.topic_boards = ids.users, ids.boards, ids.topics, ids.topic_boards
        self.seen: dict[str, set[int]] = {k: set() for k in KINDS[1:]}
        self.positions: dict[int, set[int]] = {}  # topic pk -> positions given in this run
        self.touched_topics: set[int] = set()
        self.touched_boards: set[int] = set()
        self.batch: list[Pending] = []
        self.batch_kind = ""
        self.meta: dict[str, Any] = {}

    # The public entry point ---------------------------------------------------------------

    def run(self, lines: Iterable[str]) -> Stats:
        started = time.monotonic()
        for lineno, line in enumerate(lines, start=1):
            if self.progress is not None:
                self.progress.update(1)
            if not line.strip():
                continue
            kind, rec = self._parse(lineno, line)
            if kind == "meta":
                self.meta = rec
                continue
            if kind != self.batch_kind or len(self.batch) >= self.batch_size:
                self._flush()
                self.batch_kind = kind
            self.batch.append(Pending(lineno, self._validate(kind, lineno, rec)))
        self._flush()
        self.refresh_counters()
        self.analyze()
        self.stats.seconds = time.monotonic() - started
        return self.stats

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    # Counters, once at the end ------------------------------------------------------------

    def refresh_counters(self) -> None:
        """Recompute topic and board counters and last posts for everything this run touched."""
        for pk in self.touched_topics:
            self.touched_boards.add(self.topic_boards[pk])
        topic_ids = sorted(self.touched_topics)
        with transaction.atomic():
            for start in range(0, len(topic_ids), 500):
                recount_topics(topic_ids[start : start + 500])
            recount_boards(sorted(self.touched_boards))


    def analyze(self) -> None:
        """Fresh planner statistics for the tables a bulk load filled (PostgreSQL). Search's plan
        depends on them: on a 100,000-post load analysed half-way, search's p50 was 110 ms;
        after ANALYZE, 19 ms (bench/RESULTS.md). Autovacuum would get there too, later."""
        if connection.vendor != "postgresql":
            return
        with connection.cursor() as cursor:
            for model in (self.User, Topic, Post):
                cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def import_lines(
    lines: Iterable[str],
    *,
    total: int | None = None,
    batch_size: int = 1000,
    public_boards: bool = False,
    progress_file=None,
    workers: int = 1,
) -> Stats:
    """Run the importer over lines; a bad line becomes a CommandError "line N: ..." (non-zero exit)."""
    bar = tqdm(total=total, unit=" lines", file=progress_file, disable=progress_file is None, mininterval=0.5)
    importer = None
    try:
        importer = ForumImporter(batch_size=batch_size, public_boards=public_boards, progress=bar, workers=workers)
        return importer.run(lines)
    except BadLine as exc:
        raise CommandError(f"{exc}. Nothing from that line's batch was saved; earlier batches were. "
                           "Fix the file and run the command again: it continues where it stopped.")
    finally:
        if importer is not None:
            importer.close()
        bar.close()
