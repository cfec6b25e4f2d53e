"""What members have read, and how often a topic was viewed."""

import logging
from functools import cache

import redis
from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from forum.models import Topic, TopicRead

__all__ = ["mark_topic_read", "record_topic_view", "flush_topic_views"]

logger = logging.getLogger(__name__)
# Redis hash of topic id -> views not yet written to forum_topic.view_count.
PENDING_VIEWS_KEY = "haven:topic-views"

_UNKNOWN = object()


def mark_topic_read(user, *, topic: Topic, position: int, known_position=_UNKNOWN) -> None:
    """Remember that user has read topic up to position (never moves backwards).

    known_position: the member's stored position if the caller has just read it (None when
    there is no row yet), which saves a query on every topic page view.
    """
    if not getattr(user, "is_authenticated", False):
        return
    if known_position is not _UNKNOWN and known_position is not None and known_position >= position:
        return
    now = timezone.now()
    if known_position is _UNKNOWN or known_position is not None:
        updated = TopicRead.objects.filter(user=user, topic=topic, last_read_position__lt=position).update(
            last_read_position=position, updated_at=now
        )
        if updated or known_position is not _UNKNOWN:
            return
    # No row yet (or unknown): insert, and let a concurrent insert by another tab win quietly.
    TopicRead.objects.bulk_create(
        [TopicRead(user=user, topic=topic, last_read_position=position, updated_at=now)], ignore_conflicts=True
    )


@cache
def _redis() -> redis.Redis:
    return redis.Redis.from_url(settings.REDIS_URL, socket_timeout=2, socket_connect_timeout=2)


def record_topic_view(topic: Topic) -> None:
    """Count one view. With HAVEN_DEFER_VIEW_COUNTS (on with Redis) the view is added up in Redis
    and written by flush_topic_views every minute, so readers of a busy topic do not queue on its
    row lock; if Redis does not answer, or without it, the row is updated at once."""
    if settings.HAVEN_DEFER_VIEW_COUNTS:
        try:
            _redis().hincrby(PENDING_VIEWS_KEY, str(topic.pk), 1)
            return
        except redis.RedisError:
            logger.warning("view count for topic %s written directly: Redis did not answer", topic.pk)
    Topic.objects.filter(pk=topic.pk).update(view_count=F("view_count") + 1)


def flush_topic_views() -> int:
    """Write the views gathered in Redis to the topics; returns how many topics changed."""
    if not settings.HAVEN_DEFER_VIEW_COUNTS:
        return 0
    client = _redis()
    # Take the whole hash atomically: views recorded meanwhile start a fresh one.
    pipe = client.pipeline(transaction=True)
    pipe.hgetall(PENDING_VIEWS_KEY)
    pipe.delete(PENDING_VIEWS_KEY)
    counts, _ = pipe.execute()
    try:
        with transaction.atomic():
            for topic_id, views in sorted(counts.items()):
                Topic.objects.filter(pk=int(topic_id)).update(view_count=F("view_count") + int(views))
    except Exception:
        for topic_id, views in counts.items():  # put them back for the next run
            client.hincrby(PENDING_VIEWS_KEY, topic_id, int(views))
        raise
    return len(counts)
