"""What members have read, and how often a topic was viewed."""

from django.db.models import F
from django.utils import timezone

from forum.models import Topic, TopicRead

__all__ = ["mark_topic_read", "record_topic_view"]

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


def record_topic_view(topic: Topic) -> None:
    Topic.objects.filter(pk=topic.pk).update(view_count=F("view_count") + 1)
