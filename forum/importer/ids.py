"""Source ids -> Haven ids: what earlier runs imported (`legacy_id`), so a re-run skips it."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model

from forum.models import Board, Topic


@dataclass
class IdMap:
    users: dict[int, int] = field(default_factory=dict)  # legacy id -> user pk
    boards: dict[int, int] = field(default_factory=dict)  # legacy id -> board pk
    topics: dict[int, int] = field(default_factory=dict)  # legacy id -> topic pk
    topic_boards: dict[int, int] = field(default_factory=dict)  # topic pk -> board pk

    @classmethod
    def load(cls) -> IdMap:
        """Everything an earlier run imported (three queries)."""
        users = get_user_model().objects.filter(legacy_id__isnull=False).values_list("legacy_id", "pk")
        ids = cls(users=dict(users), boards=dict(Board.objects.filter(legacy_id__isnull=False).values_list(
            "legacy_id", "pk")))
        rows = Topic.objects.filter(legacy_id__isnull=False).values_list("legacy_id", "pk", "board_id")
        for legacy_id, pk, board_id in rows:
            ids.topics[legacy_id] = pk
            ids.topic_boards[pk] = board_id
        return ids
