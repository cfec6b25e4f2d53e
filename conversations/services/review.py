"""What moderators and admins do with private messages, every step written to the audit log.

Moderators never browse conversations: a report shows the reported message and a window
around it (record_report_view audits each look); an admin may open a whole conversation only
with a written reason (record_whole_conversation_view). The callers check permission.
"""

from django.core.exceptions import ValidationError
from django.db import transaction

from accounts.services import record_audit
from conversations.models import Conversation, Message
from conversations.selectors import ReportWindow
from conversations.services.delivery import deliver
from live import events

__all__ = ["set_message_approved", "set_message_hidden", "record_report_view", "record_whole_conversation_view"]


def set_message_approved(message: Message, *, by) -> Message:
    """A moderator releases a held message: it is delivered now, as if just sent."""
    if message.is_approved:
        return message
    with transaction.atomic():
        message.is_approved = True
        message.save(update_fields=["is_approved"])
        deliver(message)
    return message


def set_message_hidden(message: Message, *, hidden: bool, by, audit: bool = True) -> Message:
    """A moderator hides a reported message from everyone but its author (who sees it is hidden).

    audit=False when the review queue's decision writes the one audit entry for the action.
    """
    if message.is_hidden == hidden:
        return message
    with transaction.atomic():
        message.is_hidden = hidden
        message.save(update_fields=["is_hidden"])
        if audit:
            record_audit(actor=by, action="messages.hide" if hidden else "messages.unhide", target=message,
                         target_user=message.author)
        if hidden:
            for user_id in message.conversation.participants.values_list("user_id", flat=True):
                events.publish_on_commit(events.user_group(user_id), "pm.removed",
                                         {"conversation": message.conversation_id, "id": message.pk})
    return message


def record_report_view(moderator, *, window: ReportWindow, item_ref: str = "") -> None:
    """Audit one look at a report's window: who looked, at which messages."""
    ids = [m.pk for m in window.messages]
    focus = window.focus
    record_audit(
        actor=moderator,
        action="messages.report_view",
        target=focus if focus is not None else window.conversation,
        target_user=focus.author if focus is not None else None,
        reason=item_ref,
        after=f"conversation {window.conversation.pk}, messages {ids[0] if ids else '-'}..{ids[-1] if ids else '-'}"
        f" ({len(ids)} shown)",
    )


def record_whole_conversation_view(admin, *, conversation: Conversation, reason: str) -> None:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("Please write why you need to read this whole conversation.", code="required")
    record_audit(actor=admin, action="messages.admin_open", target=conversation, reason=reason)
