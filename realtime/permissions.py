"""Who may do what in chat. Views, the websocket consumer and templates all use these."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils import timezone

from accounts.permissions import can_moderate, can_write, check_can_write, refusal
from forum.permissions import can_view_topic
from realtime.models import ChatMessage, ChatRoom


def _signed_in(user) -> bool:
    return bool(getattr(user, "is_authenticated", False)) and user.is_active


def can_view_room(user, room: ChatRoom) -> bool:
    if not _signed_in(user):
        return False
    if room.is_moderators_only:
        return can_moderate(user)
    return True


def check_view_room(user, room: ChatRoom) -> None:
    """PermissionDenied for signed-out visitors; Http404 hides the moderators' room from members."""
    if not _signed_in(user):
        raise PermissionDenied("Chat rooms are for signed-in members. Please log in first.")
    if not can_view_room(user, room):
        raise Http404("No such room.")


def can_post_in_room(user, room: ChatRoom) -> bool:
    return can_view_room(user, room) and can_write(user)


def post_refusal_reason(user, room: ChatRoom) -> str:
    """Why user may not post in room (the sanction sentence), or "" when they may."""
    return refusal(check_post_in_room, user, room)


def check_post_in_room(user, room: ChatRoom) -> None:
    check_view_room(user, room)
    check_can_write(user)


def can_view_message(user, message: ChatMessage) -> bool:
    if not can_view_room(user, message.room):
        return False
    return message.is_approved or message.author_id == user.pk or can_moderate(user)


def _within_edit_window(message: ChatMessage) -> bool:
    return timezone.now() <= message.editable_until()


def can_edit_message(user, message: ChatMessage) -> bool:
    return (
        _signed_in(user)
        and message.author_id == user.pk
        and not message.is_removed
        and not message.is_hidden
        and _within_edit_window(message)
        and can_write(user)
    )


def _check_own_recent_message(user, message: ChatMessage, verb: str) -> None:
    if not can_view_message(user, message):
        raise Http404("No such message.")
    if message.author_id != user.pk:
        raise PermissionDenied(f"You can only {verb} your own messages.")
    if message.is_removed or message.is_hidden:
        raise PermissionDenied("This message has been removed.")
    if not _within_edit_window(message):
        raise PermissionDenied(f"You can {verb} a message only in the 10 minutes after you send it.")
    check_can_write(user)


def check_edit_message(user, message: ChatMessage) -> None:
    _check_own_recent_message(user, message, "edit")


def can_delete_message(user, message: ChatMessage) -> bool:
    return can_edit_message(user, message)


def check_delete_message(user, message: ChatMessage) -> None:
    _check_own_recent_message(user, message, "delete")


def can_hide_message(user, message: ChatMessage) -> bool:
    return can_moderate(user)


def check_hide_message(user, message: ChatMessage) -> None:
    if not can_hide_message(user, message):
        raise PermissionDenied("Only moderators can hide messages.")


def can_watch_moderation(user) -> bool:
    """Whether the socket joins the moderators' group (queue counts, crisis alerts)."""
    return can_moderate(user)


def can_follow_topic(user, topic) -> bool:
    """Live updates for a forum topic: exactly who may read the topic page."""
    return can_view_topic(user, topic)
