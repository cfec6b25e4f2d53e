"""Writing validated records: one transaction per batch, with bulk_create (ForumImporter's second half)."""

from __future__ import annotations

import multiprocessing
from typing import Any

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower

from forum.importer.records import IMPORTED_GROUP, BadLine, Pending, _with_suffix, display_name_for
from forum.models import Board, BoardGroup, Post, Topic
from forum.sanitize import render_markdown


def _render_post(body: str) -> str:
    return render_markdown(body, profile="post")


class WritersMixin:
    """Batches of users, boards, topics and posts into the database."""

    def _render_all(self, bodies: list[str]) -> list[str]:
        """Sanitise a batch of bodies; Markdown + bleach is most of an import's time, so use several CPUs."""
        if self.workers <= 1 or len(bodies) < 200:
            return [_render_post(body) for body in bodies]
        if self._pool is None:
            # fork: the workers inherit the configured settings and never touch the database.
            self._pool = multiprocessing.get_context("fork").Pool(self.workers)
        return self._pool.map(_render_post, bodies, chunksize=max(1, len(bodies) // (self.workers * 4)))

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
