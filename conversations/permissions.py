"""Who may do what with private messages. Views, services and templates all use these.

Refusals about another member are worded so that nobody learns they were blocked: a blocked
member reads the same sentence as someone writing to a member whose messages are off.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils import timezone

from accounts.permissions import (
    can_administer,
    can_moderate,
    can_write,
    check_can_write,
    describe_sanction,
    is_staff_role,
    login_blocking_sanction,
)
from conversations import selectors
from conversations.models import Conversation, MessagingSettings, Participant

__all__ = [
    "new_member_reason",
    "can_start_conversation",
    "check_start_conversation",
    "can_message_member",
    "check_message_member",
    "participant_row",
    "can_view_conversation",
    "check_view_conversation",
    "can_reply",
    "check_reply",
    "can_write_to_team",
    "check_write_to_team",
    "can_answer_as_team",
    "can_open_whole_conversation",
    "check_open_whole_conversation",
    "can_block",
    "check_block",
]


def _signed_in(user) -> bool:
    return bool(getattr(user, "is_authenticated", False)) and user.is_active


def _min_posts() -> int:
    return getattr(settings, "HAVEN_MESSAGES_MIN_POSTS", 3)


def _min_age() -> timedelta:
    return timedelta(hours=getattr(settings, "HAVEN_MESSAGES_MIN_AGE_HOURS", 48))


def new_member_reason(user) -> str:
    """Why a new member can't start a conversation yet ("" when they can)."""
    if is_staff_role(user):
        return ""
    posts_needed = _min_posts() - user.approved_contributions
    young = user.date_joined > timezone.now() - _min_age()
    if posts_needed <= 0 and not young:
        return ""
    parts = []
    if posts_needed > 0:
        parts.append(f"{posts_needed} more approved post{'s' if posts_needed != 1 else ''}")
    if young:
        hours = int(_min_age().total_seconds() // 3600)
        parts.append(f"an account at least {hours} hours old")
    return (
        "To keep members safe, new members can start private conversations once they have "
        + " and ".join(parts)
        + ". You can reply when someone writes to you, and you can always message the Haven team."
    )


def can_start_conversation(user) -> bool:
    return can_write(user) and not new_member_reason(user)


def check_start_conversation(user) -> None:
    check_can_write(user)
    reason = new_member_reason(user)
    if reason:
        raise PermissionDenied(reason)


def _unreachable(recipient) -> str:
    return f"{recipient.username} can't receive new messages from you at the moment."


def _refusal(sender, recipient) -> str:
    """The sentence explaining why sender can't start a conversation with recipient ("" if they can)."""
    if recipient.pk == sender.pk:
        return "You can't start a conversation with yourself."
    if not recipient.is_active or recipient.deleted_at is not None:
        return _unreachable(recipient)
    if selectors.is_blocked_by(sender, recipient):
        return f"You have blocked {recipient.username}. Unblock them in your message settings first."
    if selectors.is_blocked_by(recipient, sender):
        return _unreachable(recipient)
    if is_staff_role(sender):
        return ""
    allow = selectors.allow_from(recipient)
    if allow == MessagingSettings.NOBODY:
        return _unreachable(recipient)
    if allow == MessagingSettings.FOLLOWING and not selectors.follows(recipient, sender):
        return _unreachable(recipient)
    return ""


def can_message_member(sender, recipient) -> bool:
    return _signed_in(sender) and not _refusal(sender, recipient)


def check_message_member(sender, recipient) -> None:
    reason = _refusal(sender, recipient)
    if reason:
        raise PermissionDenied(reason)


def participant_row(user, conversation: Conversation) -> Participant | None:
    """The user's own row in the conversation (cached on the conversation for the request)."""
    if not _signed_in(user):
        return None
    cache = conversation.__dict__.setdefault("_rows", {})
    if user.pk not in cache:
        cache[user.pk] = selectors.participant_of(conversation, user)
    return cache[user.pk]


def _is_active_participant(user, conversation: Conversation) -> bool:
    row = participant_row(user, conversation)
    return row is not None and row.left_at is None


def can_view_conversation(user, conversation: Conversation) -> bool:
    """Participants who have not left; for team conversations also every moderator."""
    if not _signed_in(user):
        return False
    if conversation.is_team and can_moderate(user):
        return True
    return _is_active_participant(user, conversation)


def check_view_conversation(user, conversation: Conversation) -> None:
    """PermissionDenied for visitors; Http404 for everyone else who may not see it (existence is private)."""
    if not _signed_in(user):
        raise PermissionDenied("Private messages are for signed-in members. Please log in first.")
    if not can_view_conversation(user, conversation):
        raise Http404("No such conversation.")


def can_answer_as_team(user, conversation: Conversation) -> bool:
    return conversation.is_team and can_moderate(user) and not _is_active_participant(user, conversation)


def can_write_to_team(user) -> bool:
    """Muted members may still write to the team (appeals go there); suspended and banned can't."""
    return _signed_in(user) and login_blocking_sanction(user) is None


def check_write_to_team(user) -> None:
    if not _signed_in(user):
        raise PermissionDenied("Please sign in first.")
    sanction = login_blocking_sanction(user)
    if sanction is not None:
        raise PermissionDenied(describe_sanction(sanction))


def can_reply(user, conversation: Conversation) -> bool:
    if not can_view_conversation(user, conversation):
        return False
    if conversation.is_team and participant_row(user, conversation) is not None:
        return can_write_to_team(user)
    return can_write(user)


def check_reply(user, conversation: Conversation) -> None:
    check_view_conversation(user, conversation)
    if conversation.is_team and participant_row(user, conversation) is not None:
        check_write_to_team(user)
    else:
        check_can_write(user)


def can_open_whole_conversation(user, conversation: Conversation) -> bool:
    """Admins only, and only with a written reason (the view asks for it and audits it)."""
    return can_administer(user)


def check_open_whole_conversation(user, conversation: Conversation) -> None:
    if not can_open_whole_conversation(user, conversation):
        raise Http404("No such conversation.")


def can_block(user, other) -> bool:
    return _signed_in(user) and other.pk != user.pk and not is_staff_role(other)


def check_block(user, other) -> None:
    if other.pk == user.pk:
        raise PermissionDenied("You can't block yourself.")
    if is_staff_role(other):
        raise PermissionDenied(
            "You can't block the Haven team. If a team member has upset you, please message the team."
        )
