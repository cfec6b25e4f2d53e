"""Counters and last posts, recomputed from the posts (see docs/forum.md, "Counters").

Topic.post_count counts the topic's public, non-removed posts; Board.topic_count/post_count
count public topics and their public, non-removed posts; last_post points at the newest of those.
The forum's services and the importer (import_forum) both call refresh_counters.
"""

from django.db import transaction
from django.db.models import Count, F, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce

from forum.models import Board, Post, Topic
from forum.selectors.content import public_posts_q, public_topics_q

__all__ = ["refresh_counters", "recount_topics", "recount_boards"]


def refresh_counters(topic: Topic | None = None, board: Board | None = None) -> None:
    """Recompute counters and last posts from the posts: for one topic and its board, for all
    topics of a board and the board, or (no arguments) for everything."""
    with transaction.atomic():
        if topic is not None:
            topics = Topic.objects.filter(pk=topic.pk)
            boards = Board.objects.filter(pk=topic.board_id)
        elif board is not None:
            topics = Topic.objects.filter(board=board)
            boards = Board.objects.filter(pk=board.pk)
        else:
            topics, boards = Topic.objects.all(), Board.objects.all()
        # Lock the boards first: the recount below then sees every reply committed before it.
        list(boards.order_by("pk").select_for_update().values_list("pk", flat=True))
        _recount_topics(topics)
        _recount_boards(boards)
    if topic is not None:
        topic.refresh_from_db(fields=["post_count", "last_post", "last_post_at"])


def _recount_topics(topics) -> None:
    """post_count, last_post and last_post_at from public, non-removed posts, in one UPDATE."""
    live = Post.objects.filter(public_posts_q(), topic=OuterRef("pk"), is_removed=False)
    newest = live.order_by("-position")
    topics.update(
        post_count=Coalesce(Subquery(live.values("topic").annotate(n=Count("pk")).values("n")[:1]), 0),
        last_post=Subquery(newest.values("pk")[:1]),
        last_post_at=Coalesce(Subquery(newest.values("created_at")[:1]), F("created_at")),
    )


def _recount_boards(boards) -> None:
    """topic_count, post_count and last_post from public topics and their public posts, in one UPDATE."""
    public = Topic.objects.filter(public_topics_q(), board=OuterRef("pk"))
    boards.update(
        topic_count=Coalesce(Subquery(public.values("board").annotate(n=Count("pk")).values("n")[:1]), 0),
        post_count=Coalesce(Subquery(public.values("board").annotate(n=Sum("post_count")).values("n")[:1]), 0),
        last_post=Subquery(
            public.filter(last_post__isnull=False).order_by("-last_post_at", "-id").values("last_post")[:1]
        ),
    )


def recount_topics(topic_ids: list[int]) -> None:
    """Recount many topics by id (the importer calls it in chunks, in its own transaction)."""
    _recount_topics(Topic.objects.filter(pk__in=topic_ids))


def recount_boards(board_ids: list[int]) -> None:
    """Recount many boards by id (after their topics were recounted)."""
    _recount_boards(Board.objects.filter(pk__in=board_ids))
