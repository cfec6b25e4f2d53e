"""Reading an export: the line format, field readers and validation (no writes).

The JSON-lines format is ../shared/bench/FORMAT.md: meta, then users, boards, topics and posts.
Every reader raises ValueError with a sentence naming the field; the importer turns it into
BadLine("line N: ...").
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.text import slugify

from accounts.validators import DISPLAY_NAME_MAX, DISPLAY_NAME_MIN
from forum.sanitize import clean_text

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


class ValidationMixin:
    """Parsing and validating lines into records (ForumImporter's first half; it writes nothing)."""

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
