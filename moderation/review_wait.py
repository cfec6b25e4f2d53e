"""How long new members' held posts typically wait (docs/care.md, "The first week")."""

from __future__ import annotations

from datetime import timedelta
from statistics import median

from django.core.cache import cache
from django.utils import timezone

from moderation.models import QueueItem

__all__ = ["median_approval_wait", "MIN_SAMPLES", "WINDOW_DAYS"]

WINDOW_DAYS = 30
# Below this many approvals in the window the figure would mislead, so none is shown.
MIN_SAMPLES = 10
_CACHE_SECONDS = 600


def median_approval_wait(*, days: int = WINDOW_DAYS, min_samples: int = MIN_SAMPLES) -> timedelta | None:
    """Median time from holding to approval of held new content over the last `days` days, or
    None with fewer than min_samples approvals. Cached for ten minutes."""
    key = f"moderation:median-approval-wait:{days}:{min_samples}"
    seconds = cache.get(key)
    if seconds is None:
        since = timezone.now() - timedelta(days=days)
        rows = (
            QueueItem.objects.filter(is_held=True, resolution=QueueItem.APPROVED, resolved_at__gte=since)
            .order_by("-resolved_at")
            .values_list("created_at", "resolved_at")[:5000]
        )
        waits = [(resolved - created).total_seconds() for created, resolved in rows if resolved >= created]
        seconds = median(waits) if len(waits) >= min_samples else -1
        cache.set(key, seconds, _CACHE_SECONDS)
    return timedelta(seconds=seconds) if seconds >= 0 else None
