"""Every write for private messages (see docs/messages.md)."""

from conversations.services.members import (
    block_member,
    follow_member,
    unblock_member,
    unfollow_member,
    update_messaging_settings,
)
from conversations.services.messaging import (
    MassMessaging,
    clear_conversation,
    leave_conversation,
    mark_conversation_read,
    send_message,
    start_conversation,
    start_team_conversation,
)
from conversations.services.review import (
    record_report_view,
    record_whole_conversation_view,
    set_message_approved,
    set_message_hidden,
)

__all__ = [
    "MassMessaging",
    "block_member",
    "clear_conversation",
    "follow_member",
    "leave_conversation",
    "mark_conversation_read",
    "record_report_view",
    "record_whole_conversation_view",
    "send_message",
    "set_message_approved",
    "set_message_hidden",
    "start_conversation",
    "start_team_conversation",
    "unblock_member",
    "unfollow_member",
    "update_messaging_settings",
]
