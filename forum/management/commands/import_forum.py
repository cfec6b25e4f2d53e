"""Import a community from another forum: `python manage.py import_forum FILE.jsonl`.

Reads the JSON-lines export format of ../shared/bench/FORMAT.md (meta, then users, boards,
topics and posts) line by line, so a file of any size is never held in memory. Rows are
written with bulk_create in batches, each batch in its own transaction. Source ids are kept
in `legacy_id`, so re-running the same file (or a longer export of the same forum) imports
nothing twice and continues where a failed run stopped. See docs/scale.md for the decisions
(accounts, board visibility, why imported content skips the content policy).
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import re
import time
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Count, F, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce, Lower
from django.utils.text import slugify
from tqdm import tqdm

from accounts.validators import DISPLAY_NAME_MAX, DISPLAY_NAME_MIN
from forum.models import Board, BoardGroup, Post, Topic
from forum.sanitize import clean_text, render_markdown

TITLE_MAX = 150
BODY_MAX = 30_000
IMPORTED_GROUP = ("Imported", "imported")
_DISPLAY_NAME = re.compile(r"^[A-Za-z0-9_.-]{3,30}\Z")
_SLUG = re.compile(r"^[-a-zA-Z0-9_]+\Z")
KINDS = ("meta", "user", "board", "topic", "post")


class BadLine(Exception):
    """A line of the export that cannot be imported; the message says what is wrong."""

    def __init__(self, lineno: int, problem: str):
        super().__init__(f"line {lineno}: {problem}")
        self.lineno = lineno


@dataclass
class Pending:
    """A validated record waiting in the current batch."""

    lineno: int
    data: dict[str, Any]


@dataclass
class Stats:
    created: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS[1:], 0))
    skipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS[1:], 0))
    renamed: int = 0
    without_email: int = 0
    source_staff: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        made = ", ".join(f"{self.created[k]} {k}s" for k in KINDS[1:])
        kept = sum(self.skipped.values())
        text = f"Imported {made} in {self.seconds:.1f} s."
        if kept:
            text += f" {kept} records were already here and were left alone."
        if self.renamed:
            text += f" {self.renamed} display names were changed to fit Haven's rules."
        if self.without_email:
            text += f" {self.without_email} accounts have no usable email (missing or used by another account)."
        if self.source_staff:
            text += (
                f" {self.source_staff} accounts were staff on the old forum; give roles with "
                "`manage.py grant_role NAME moderator`."
            )
        return text


# --- field readers: each raises ValueError with a sentence naming the field ---------------


def _int(rec: dict, name: str, *, minimum: int = 0) -> int:
    value = rec.get(name)
    if value is None:
        raise ValueError(f"{name} is missing")
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be a whole number, not {json.dumps(value)[:40]}")
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}")
    return value


def _text(rec: dict, name: str, *, max_length: int | None = None, required: bool = True) -> str:
    value = rec.get(name)
    if value is None:
        if required:
            raise ValueError(f"{name} is missing")
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{name} must be text")
    value = clean_text(value).strip()
    if required and not value:
        raise ValueError(f"{name} is empty")
    if max_length is not None and len(value) > max_length:
        raise ValueError(f"{name} is longer than {max_length:,} characters")
    return value


def _bool(rec: dict, name: str) -> bool:
    value = rec.get(name, False)
    if not isinstance(value, bool):
        raise ValueError(f"{name} must be true or false")
    return value


def _when(rec: dict, name: str) -> dt.datetime:
    value = rec.get(name)
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} is missing (an ISO 8601 date and time)")
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} is not an ISO 8601 date and time: {value[:40]!r}")
    if when.tzinfo is None:  # the format says UTC
        when = when.replace(tzinfo=dt.UTC)
    return when


def display_name_for(raw: str, legacy_id: int) -> str:
    """A valid display name from a source username (before the uniqueness check)."""
    if _DISPLAY_NAME.match(raw):
        return raw
    ascii_name = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode()
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", ascii_name).strip("_.-")[:DISPLAY_NAME_MAX]
    return name if len(name) >= DISPLAY_NAME_MIN else f"member_{legacy_id}"


def _with_suffix(name: str, suffix: str) -> str:
    return name[: DISPLAY_NAME_MAX - len(suffix)] + suffix


# --- the importer -------------------------------------------------------------------------


class ForumImporter:
    """Streams records into the database. Use `run(lines)`; raises BadLine on the first bad line."""

    def __init__(self, *, batch_size: int = 1000, public_boards: bool = False, progress=None, workers: int = 1):
        self.batch_size = batch_size
        self.workers = workers
        self._pool = None
        self.public_boards = public_boards
        self.progress = progress  # a tqdm-like object with update(n), or None
        self.stats = Stats()
        User = get_user_model()
        self.User = User
        # source id -> Haven pk; loaded for records an earlier run imported.
        self.users = dict(User.objects.filter(legacy_id__isnull=False).values_list("legacy_id", "pk"))
        self.boards = dict(Board.objects.filter(legacy_id__isnull=False).values_list("legacy_id", "pk"))
        self.topics: dict[int, int] = {}
        self.topic_boards: dict[int, int] = {}  # topic pk -> board pk
        for legacy_id, pk, board_id in Topic.objects.filter(legacy_id__isnull=False).values_list(
            "legacy_id", "pk", "board_id"
        ):
            self.topics[legacy_id] = pk
            self.topic_boards[pk] = board_id
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
        self.stats.seconds = time.monotonic() - started
        return self.stats

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def _render_all(self, bodies: list[str]) -> list[str]:
        """Sanitise a batch of bodies; Markdown + bleach is most of an import's time, so use several CPUs."""
        if self.workers <= 1 or len(bodies) < 200:
            return [_render_post(body) for body in bodies]
        if self._pool is None:
            # fork: the workers inherit the configured settings and never touch the database.
            self._pool = multiprocessing.get_context("fork").Pool(self.workers)
        return self._pool.map(_render_post, bodies, chunksize=max(1, len(bodies) // (self.workers * 4)))

    # Parsing and validation (no writes) ---------------------------------------------------

    def _parse(self, lineno: int, line: str) -> tuple[str, dict]:
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BadLine(lineno, f"not valid JSON ({exc.msg} at column {exc.colno})")
        if not isinstance(rec, dict):
            raise BadLine(lineno, "expected a JSON object")
        kind = rec.get("type")
        if kind not in KINDS:
            raise BadLine(lineno, f"type must be one of {', '.join(KINDS)}, not {json.dumps(kind)[:40]}")
        if self.batch_kind and KINDS.index(kind) < KINDS.index(self.batch_kind) and kind != "meta":
            raise BadLine(lineno, f"a {kind} line comes after {self.batch_kind} lines (order: {', '.join(KINDS)})")
        return kind, rec

    def _validate(self, kind: str, lineno: int, rec: dict) -> dict[str, Any]:
        try:
            data = getattr(self, f"_validate_{kind}")(rec)
        except ValueError as exc:
            raise BadLine(lineno, f"{kind} {rec.get('id', '')}: {exc}".replace("  ", " "))
        if data["id"] in self.seen[kind]:
            raise BadLine(lineno, f"{kind} id {data['id']} was already given on an earlier line")
        self.seen[kind].add(data["id"])
        return data

    def _validate_user(self, rec: dict) -> dict[str, Any]:
        legacy_id = _int(rec, "id", minimum=1)
        username = _text(rec, "username", max_length=150)
        email = _text(rec, "email", max_length=254, required=False).lower()
        if email:
            try:
                validate_email(email)
            except ValidationError:
                raise ValueError(f"email is not a valid address: {email[:60]!r}")
        return {
            "id": legacy_id,
            "username": username,
            "email": email,
            "date_joined": _when(rec, "date_joined"),
            "is_staff": _bool(rec, "is_staff"),
        }

    def _validate_board(self, rec: dict) -> dict[str, Any]:
        slug = _text(rec, "slug", max_length=100)
        if not _SLUG.match(slug):
            raise ValueError(f"slug may contain only letters, numbers, dashes and underscores: {slug[:40]!r}")
        return {
            "id": _int(rec, "id", minimum=1),
            "name": _text(rec, "name", max_length=100),
            "slug": slug,
            "description": _text(rec, "description", max_length=2000, required=False),
            "position": _int(rec, "position") if rec.get("position") is not None else 0,
        }

    def _validate_topic(self, rec: dict) -> dict[str, Any]:
        legacy_id = _int(rec, "id", minimum=1)
        board_ref = _int(rec, "board_id", minimum=1)
        user_ref = _int(rec, "user_id", minimum=1)
        if board_ref not in self.boards:
            raise ValueError(f"board_id {board_ref} is not a board given earlier in the file")
        if user_ref not in self.users:
            raise ValueError(f"user_id {user_ref} is not a user given earlier in the file")
        title = _text(rec, "title", max_length=TITLE_MAX)
        slug = rec.get("slug")
        if not isinstance(slug, str) or not _SLUG.match(slug) or len(slug) > 160:
            slug = slugify(title)[:160] or "topic"
        return {
            "id": legacy_id,
            "board_id": self.boards[board_ref],
            "author_id": self.users[user_ref],
            "title": title,
            "slug": slug,
            "created": _when(rec, "created"),
            "is_pinned": _bool(rec, "is_pinned"),
            "is_locked": _bool(rec, "is_locked"),
        }

    def _validate_post(self, rec: dict) -> dict[str, Any]:
        legacy_id = _int(rec, "id", minimum=1)
        topic_ref = _int(rec, "topic_id", minimum=1)
        user_ref = _int(rec, "user_id", minimum=1)
        if topic_ref not in self.topics:
            raise ValueError(f"topic_id {topic_ref} is not a topic given earlier in the file")
        if user_ref not in self.users:
            raise ValueError(f"user_id {user_ref} is not a user given earlier in the file")
        position = _int(rec, "position")
        topic_pk = self.topics[topic_ref]
        taken = self.positions.setdefault(topic_pk, set())
        if position in taken:
            raise ValueError(f"topic {topic_ref} already has a post at position {position}")
        taken.add(position)
        self.touched_topics.add(topic_pk)
        return {
            "id": legacy_id,
            "topic_id": topic_pk,
            "author_id": self.users[user_ref],
            "position": position,
            "created": _when(rec, "created"),
            "body": _text(rec, "body", max_length=BODY_MAX),
        }

    # Writing: one transaction per batch ---------------------------------------------------

    def _flush(self) -> None:
        if not self.batch:
            return
        batch, kind = self.batch, self.batch_kind
        self.batch = []
        getattr(self, f"_write_{kind}s")(batch)

    def _bulk_create(self, model, rows: list[tuple[int, Any]]) -> None:
        """bulk_create (lineno, obj) pairs; on a database error name the line that caused it."""
        try:
            with transaction.atomic():
                model.objects.bulk_create([obj for _, obj in rows])
        except IntegrityError:
            # Find the offending row one by one, then roll everything in this batch back.
            with transaction.atomic():
                for lineno, obj in rows:
                    obj.pk = None
                    try:
                        with transaction.atomic():
                            obj.save(force_insert=True)
                    except IntegrityError as exc:
                        raise BadLine(lineno, f"conflicts with data already in Haven ({exc})")
                transaction.set_rollback(True)
            raise

    def _write_users(self, batch: list[Pending]) -> None:
        User = self.User
        new = [p for p in batch if p.data["id"] not in self.users]
        self.stats.skipped["user"] += len(batch) - len(new)
        if not new:
            return
        names = self._unique_names(new)
        emails = {p.data["email"] for p in new if p.data["email"]}
        taken_emails = set(
            User.objects.filter(email__isnull=False)
            .annotate(e=Lower("email"))
            .filter(e__in=emails)
            .values_list("e", flat=True)
        ) | {e.lower() for e in EmailAddress.objects.filter(email__in=emails).values_list("email", flat=True)}
        threshold = max(getattr(settings, "HAVEN_PREMODERATION_THRESHOLD", 3), 1)
        rows, addresses = [], []
        for p in new:
            d = p.data
            email = d["email"] if d["email"] and d["email"] not in taken_emails else None
            if email:
                taken_emails.add(email)
            else:
                self.stats.without_email += 1
            self.stats.source_staff += d["is_staff"]
            user = User(
                username=names[d["id"]],
                email=email,
                password=make_password(None),  # unusable: imported members must reset it
                date_joined=d["date_joined"],
                approved_contributions=threshold,
                legacy_id=d["id"],
            )
            rows.append((p.lineno, user))
            if email:
                addresses.append((d["id"], email))
        with transaction.atomic():
            self._bulk_create(User, rows)
            pks = dict(User.objects.filter(legacy_id__in=[p.data["id"] for p in new]).values_list("legacy_id", "pk"))
            EmailAddress.objects.bulk_create(
                [EmailAddress(user_id=pks[lid], email=email, verified=True, primary=True) for lid, email in addresses]
            )
        self.users.update(pks)
        self.stats.created["user"] += len(rows)

    def _unique_names(self, batch: list[Pending]) -> dict[int, str]:
        """Display names valid by accounts/validators.py and unique ignoring case."""
        wanted = {p.data["id"]: display_name_for(p.data["username"], p.data["id"]) for p in batch}
        for p in batch:
            self.stats.renamed += wanted[p.data["id"]] != p.data["username"]
        taken = self._taken_names({n.lower() for n in wanted.values()})
        result: dict[int, str] = {}
        for p in batch:
            legacy_id = p.data["id"]
            name = wanted[legacy_id]
            if name.lower() in taken:
                self.stats.renamed += name == p.data["username"]
                candidates = (_with_suffix(name, f"-{legacy_id}" + (f"-{n}" if n > 1 else "")) for n in range(1, 1000))
                for candidate in candidates:
                    if candidate.lower() not in taken and not self._taken_names({candidate.lower()}):
                        name = candidate
                        break
            taken.add(name.lower())
            result[legacy_id] = name
        return result

    def _taken_names(self, lowered: set[str]) -> set[str]:
        return set(
            self.User.objects.annotate(n=Lower("username")).filter(n__in=lowered).values_list("n", flat=True)
        )

    def _write_boards(self, batch: list[Pending]) -> None:
        group = None
        for p in batch:
            d = p.data
            if d["id"] in self.boards:
                self.stats.skipped["board"] += 1
                continue
            with transaction.atomic():
                board = Board.objects.filter(slug=d["slug"]).first()
                if board is not None:  # same slug = the same board; keep its settings
                    if board.legacy_id is None:
                        board.legacy_id = d["id"]
                        board.save(update_fields=["legacy_id"])
                    self.stats.skipped["board"] += 1
                else:
                    if group is None:
                        group, _ = BoardGroup.objects.get_or_create(
                            slug=IMPORTED_GROUP[1], defaults={"name": IMPORTED_GROUP[0], "position": 1000}
                        )
                    board = Board.objects.create(
                        group=group,
                        name=d["name"],
                        slug=d["slug"],
                        description=d["description"],
                        position=d["position"],
                        is_public=self.public_boards,
                        legacy_id=d["id"],
                    )
                    self.stats.created["board"] += 1
            self.boards[d["id"]] = board.pk
            self.touched_boards.add(board.pk)

    def _write_topics(self, batch: list[Pending]) -> None:
        new = [p for p in batch if p.data["id"] not in self.topics]
        self.stats.skipped["topic"] += len(batch) - len(new)
        if not new:
            return
        rows = [
            (
                p.lineno,
                Topic(
                    board_id=p.data["board_id"],
                    author_id=p.data["author_id"],
                    title=p.data["title"],
                    slug=p.data["slug"],
                    created_at=p.data["created"],
                    last_post_at=p.data["created"],
                    is_pinned=p.data["is_pinned"],
                    is_locked=p.data["is_locked"],
                    legacy_id=p.data["id"],
                ),
            )
            for p in new
        ]
        with transaction.atomic():
            self._bulk_create(Topic, rows)
            for legacy_id, pk, board_id in Topic.objects.filter(
                legacy_id__in=[p.data["id"] for p in new]
            ).values_list("legacy_id", "pk", "board_id"):
                self.topics[legacy_id] = pk
                self.topic_boards[pk] = board_id
                self.touched_topics.add(pk)
                self.touched_boards.add(board_id)
        self.stats.created["topic"] += len(rows)

    def _write_posts(self, batch: list[Pending]) -> None:
        ids = [p.data["id"] for p in batch]
        done = set(Post.objects.filter(legacy_id__in=ids).values_list("legacy_id", flat=True))
        new = [p for p in batch if p.data["id"] not in done]
        self.stats.skipped["post"] += len(batch) - len(new)
        if not new:
            return
        # Imported content was public on the source forum: it is published as is, without the
        # content policy (see docs/scale.md), but always through the one sanitiser.
        htmls = self._render_all([p.data["body"] for p in new])
        rows = []
        for p, html in zip(new, htmls, strict=True):
            d = p.data
            rows.append(
                (
                    p.lineno,
                    Post(
                        topic_id=d["topic_id"],
                        author_id=d["author_id"],
                        position=d["position"],
                        source=d["body"],
                        html=html,
                        created_at=d["created"],
                        legacy_id=d["id"],
                    ),
                )
            )
        self._bulk_create(Post, rows)
        self.stats.created["post"] += len(rows)

    # Counters, once at the end ------------------------------------------------------------

    def refresh_counters(self) -> None:
        """Recompute topic and board counters and last posts for everything this run touched."""
        for pk in self.touched_topics:
            self.touched_boards.add(self.topic_boards[pk])
        topic_ids = sorted(self.touched_topics)
        with transaction.atomic():
            for start in range(0, len(topic_ids), 500):
                refresh_topic_counters(topic_ids[start : start + 500])
            refresh_board_counters(sorted(self.touched_boards))


def _render_post(body: str) -> str:
    return render_markdown(body, profile="post")


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def _public_posts():
    return Post.objects.filter(is_approved=True, is_hidden=False, is_removed=False)


def refresh_topic_counters(topic_ids: list[int]) -> None:
    """post_count, last_post and last_post_at from public, non-removed posts, in one UPDATE."""
    public = _public_posts().filter(topic=OuterRef("pk"))
    latest = public.order_by("-position")
    Topic.objects.filter(pk__in=topic_ids).update(
        post_count=Coalesce(Subquery(public.values("topic").annotate(n=Count("pk")).values("n")[:1]), 0),
        last_post=Subquery(latest.values("pk")[:1]),
        last_post_at=Coalesce(Subquery(latest.values("created_at")[:1]), F("created_at")),
    )


def refresh_board_counters(board_ids: list[int]) -> None:
    """topic_count, post_count and last_post from public topics and their public posts."""
    public_topic = Q(is_approved=True, is_hidden=False, is_removed=False)
    for board_id in board_ids:
        topics = Topic.objects.filter(public_topic, board_id=board_id)
        totals = topics.aggregate(topics=Count("pk"), posts=Coalesce(Sum("post_count"), 0))
        last = topics.exclude(last_post=None).order_by("-last_post_at", "-pk").values_list("last_post", flat=True)[:1]
        Board.objects.filter(pk=board_id).update(
            topic_count=totals["topics"], post_count=totals["posts"], last_post=next(iter(last), None)
        )


def read_lines(path: Path) -> Iterator[str]:
    """Yield the lines of a UTF-8 file one at a time (never the whole file)."""
    with path.open(encoding="utf-8", newline="\n") as handle:
        yield from handle


def count_lines(path: Path) -> int | None:
    """The total for the progress bar from the meta line, without reading the rest."""
    try:
        with path.open(encoding="utf-8") as handle:
            meta = json.loads(handle.readline())
        if meta.get("type") == "meta":
            return 1 + sum(int(meta.get(k, 0)) for k in ("users", "boards", "topics", "posts"))
    except (ValueError, OSError, AttributeError, TypeError):
        pass
    return None


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
