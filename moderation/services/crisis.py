"""What a moderator did about a crisis item: recorded in the audit log (an admin told when escalated)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction

from accounts.services import record_audit
from moderation.crisis import CRISIS_OUTCOMES
from moderation.models import QueueItem
from moderation.services.common import ModerationError, _check_can_moderate, _notify

__all__ = ["record_crisis_outcome"]



def _admins():
    return get_user_model().objects.filter(groups__name="Admins", is_active=True).distinct()


@transaction.atomic
def record_crisis_outcome(item: QueueItem, *, by, outcome: str, note: str = "") -> QueueItem:
    """Record what was done for the member; "escalated" also tells every admin, with a link."""
    _check_can_moderate(by)
    if not item.is_crisis:
        raise ModerationError("This item is not a crisis item.")
    if outcome not in CRISIS_OUTCOMES:
        raise ModerationError("Please choose what you did from the list.")
    label = CRISIS_OUTCOMES[outcome]
    record_audit(
        actor=by,
        action="moderation.crisis_outcome",
        target=item,
        target_user=item.author,
        reason=f"{label}. {note}".strip() if note else label,
        after=outcome,
    )
    if outcome == "escalated":
        for admin in _admins():
            if admin.pk != by.pk:
                _notify(admin, text=f"{by.username} escalated a crisis item to the admins.", url=f"/review/{item.pk}/")
    return item
