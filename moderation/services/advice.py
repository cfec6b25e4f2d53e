"""Content posted anyway after the "experience, not instructions" reminder (forum/nudge.py)."""

from __future__ import annotations

from django.db import transaction

from moderation.models import QueueItem
from moderation.services.common import _announce_queue_count, _get_or_create_item, _spec_for

__all__ = ["note_advice"]


@transaction.atomic
def note_advice(target, *, author, evidence: str) -> QueueItem:
    """A low-priority queue item so moderators see patterns; the content stays as it is.

    An item already waiting for another reason (held, flagged, crisis) keeps its priority.
    """
    item = _get_or_create_item(target, _spec_for(target))
    item.advice_match = evidence[:200]
    item.is_low_priority = not (item.is_held or item.is_edit or item.flag_count or item.is_crisis)
    item.save()
    _announce_queue_count()
    return item
