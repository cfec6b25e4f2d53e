"""What a moderator did about a crisis item: recorded in the audit log (an admin told when escalated)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction

from accounts.services import record_audit
from moderation.crisis import CRISIS_OUTCOMES
from moderation.models import QueueItem
from moderation.services.common import ModerationError, _check_can_moderate, _notify
from reviewable import registry

__all__ = ["record_crisis_outcome", "send_crisis_message"]



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


@transaction.atomic
def send_crisis_message(item: QueueItem, *, by, text: str) -> str:
    """Send the item's author the moderator's (edited) prepared reply as a private message, and
    record it as the outcome "reached out privately" in the audit log. Returns the conversation URL.

    The message goes through the conversations app's registered messenger; its refusals (the member
    blocked the moderator, cannot receive messages, the text is too long) come back as errors."""
    _check_can_moderate(by)
    if not item.is_crisis:
        raise ModerationError("This item is not a crisis item.")
    if item.author is None or item.author.pk == by.pk:
        raise ModerationError("There is no one to write to for this item.")
    text = (text or "").strip()
    if not text:
        raise ModerationError("Please write the message first.")
    try:
        url = registry.send_private_message(by, item.author, text)
    except PermissionDenied as refusal:
        raise ModerationError(str(refusal) or "This member can't receive your message.") from refusal
    if url is None:
        raise ModerationError("Private messages are not available on this site; please copy the message instead.")
    record_audit(
        actor=by,
        action="moderation.crisis_outcome",
        target=item,
        target_user=item.author,
        reason=f"{CRISIS_OUTCOMES['reached_out']}: sent the prepared reply as a private message.",
        after="reached_out",
    )
    return url
