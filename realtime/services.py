"""Every chat write: messages, edits, deletions, moderator hiding, presence and read marks.

Each service runs in a transaction, stores first and publishes after commit (through
live.events), so a broadcast never announces something that was rolled back and nothing
that was accepted is lost if the channel layer is down: clients catch up from the database.
"""

import logging
import math
import re
import time
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.services import record_audit
from forum.sanitize import clean_message
from forum.services import note_advice_if_any
from live import events
from realtime.models import ChatMessage, ChatRoom, Presence, RoomMembership
from realtime.permissions import check_delete_message, check_edit_message, check_post_in_room, check_view_room
from realtime.selectors import latest_message_id, message_payload, presence_cutoff, presence_payload
from reviewable import registry

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 2000
CLIENT_ID_PATTERN = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")

__all__ = [
    "ChatRateLimited",
    "send_chat_message",
    "edit_chat_message",
    "delete_chat_message",
    "set_message_hidden",
    "set_message_approved",
    "join_room",
    "leave_room",
    "leave_all_rooms",
    "touch_presence",
    "mark_room_read",
    "clear_stale_presence",
    "flush_presence",
]


class ChatRateLimited(Exception):
    """Too many messages in the current window; retry_after is in whole seconds."""

    def __init__(self, retry_after: int):
        self.retry_after = retry_after
        unit = "second" if retry_after == 1 else "seconds"
        super().__init__(f"You are sending messages quickly. You can send again in {retry_after} {unit}.")


def _check_rate(user) -> None:
    """A fixed-window counter in the shared cache, so the limit holds across processes."""
    rate, window = settings.HAVEN_CHAT_RATE, settings.HAVEN_CHAT_RATE_WINDOW
    if rate <= 0 or window <= 0:
        return
    now = time.time()
    bucket = int(now // window)
    key = f"realtime:rate:{user.pk}:{bucket}"
    try:
        cache.add(key, 0, timeout=window + 1)
        count = cache.incr(key)
    except Exception:  # noqa: BLE001 - an unreachable cache must not stop people talking
        logger.warning("chat rate limit unavailable; allowing message", exc_info=True)
        return
    if count > rate:
        raise ChatRateLimited(max(1, math.ceil((bucket + 1) * window - now)))


def _clean_body(body: str) -> tuple[str, str]:
    """The cleaned source and its sanitised HTML; blank, invisible-only or too long is refused."""
    return clean_message(body, max_chars=MAX_MESSAGE_CHARS)


def _publish_message(message: ChatMessage, event_type: str) -> None:
    # Kept on the message so the sender's ack reuses it (the author's markup is rendered once).
    message.published_payload = message_payload(message)
    events.publish_on_commit(events.room_group(message.room_id), event_type, {"message": message.published_payload})


def _publish_removed(message: ChatMessage, reason: str) -> None:
    events.publish_on_commit(
        events.room_group(message.room_id), "message.removed", {"room": message.room_id, "id": message.pk,
                                                                  "reason": reason}
    )


def send_chat_message(author, *, room: ChatRoom, body: str, client_id: str) -> ChatMessage:
    """Store a message and broadcast it after commit; a repeated client_id returns the stored message.

    The returned message has `was_duplicate` and `policy_decision` (None for duplicates). A
    message that reads as medication instructions (sent as it is after the rule 2 reminder,
    realtime/forms.py) becomes a low-priority queue item, as posts do.
    """
    check_view_room(author, room)
    if not CLIENT_ID_PATTERN.match(client_id or ""):
        raise ValidationError("The message id from your browser is not valid. Please reload the page.",
                              code="client_id")
    existing = _stored(author, client_id)
    if existing is not None:
        return _as_duplicate(existing, room)
    check_post_in_room(author, room)
    body, html = _clean_body(body)
    _check_rate(author)
    try:
        with transaction.atomic():
            message = ChatMessage.objects.create(
                room=room, author=author, client_id=client_id, source=body, html=html
            )
            decision = registry.content_policy().on_created(message, author=author)
            note_advice_if_any(message, author=author, body=body)
            if decision.held_for_review and message.is_approved:
                message.is_approved = False
            if not message.is_approved:
                message.save(update_fields=["is_approved"])
            RoomMembership.objects.filter(user=author, room=room, last_read_id__lt=message.pk).update(
                last_read_id=message.pk
            )
            if message.is_approved:
                _publish_message(message, "message.new")
    except IntegrityError:
        # The same client_id arrived twice at once (two processes); the first one won.
        existing = _stored(author, client_id)
        if existing is None:
            raise
        return _as_duplicate(existing, room)
    message.was_duplicate = False
    message.policy_decision = decision
    return message


def _stored(author, client_id: str) -> ChatMessage | None:
    return ChatMessage.objects.select_related("author", "room").filter(author=author, client_id=client_id).first()


def _as_duplicate(message: ChatMessage, room: ChatRoom) -> ChatMessage:
    if message.room_id != room.pk:
        raise ValidationError("That message id was already used in another room.", code="client_id")
    message.was_duplicate = True
    message.policy_decision = None
    return message


def edit_chat_message(message: ChatMessage, *, editor, body: str) -> ChatMessage:
    """The author changes their message within 10 minutes; the content policy checks it again."""
    check_edit_message(editor, message)
    body, html = _clean_body(body)
    _check_rate(editor)
    with transaction.atomic():
        was_public = message.is_public
        previous_source = message.source
        message.source = body
        message.html = html
        message.edited_at = timezone.now()
        decision = registry.content_policy().on_edited(message, editor=editor, previous_source=previous_source)
        if decision.held_for_review:
            message.is_approved = False
        message.save(update_fields=["source", "html", "edited_at", "is_approved"])
        note_advice_if_any(message, author=editor, body=body, previous=previous_source)
        if message.is_public:
            _publish_message(message, "message.edited")
        elif was_public:
            _publish_removed(message, "held")
    message.policy_decision = decision
    return message


def delete_chat_message(message: ChatMessage, *, by) -> ChatMessage:
    """The author removes their own message within 10 minutes; it stays as a "deleted" placeholder."""
    check_delete_message(by, message)
    with transaction.atomic():
        was_public = message.is_public
        message.is_removed = True
        message.removed_at = timezone.now()
        message.save(update_fields=["is_removed", "removed_at"])
        if was_public:
            _publish_removed(message, "author")
    return message


def set_message_hidden(
    message: ChatMessage, *, hidden: bool, by, reason: str = "", audit: bool = True
) -> ChatMessage:
    """Moderators hide a message (shown as "removed by a moderator") or show it again.

    Audited (chat.hide/chat.unhide) unless audit=False: the review queue passes that, because
    its own decision is the one audit entry for the action. The caller checks permission with
    realtime.permissions.check_hide_message.
    """
    if message.is_hidden == hidden:
        return message
    with transaction.atomic():
        was_public = message.is_public
        message.is_hidden = hidden
        message.hidden_by = by if hidden else None
        message.hidden_at = timezone.now() if hidden else None
        message.save(update_fields=["is_hidden", "hidden_by", "hidden_at"])
        if audit:
            record_audit(
                actor=by,
                action="chat.hide" if hidden else "chat.unhide",
                target=message,
                target_user=message.author,
                reason=reason,
                before="hidden" if not hidden else "visible",
                after="hidden" if hidden else "visible",
            )
        if hidden and was_public:
            _publish_removed(message, "moderator")
        elif not hidden and message.is_public:
            _publish_message(message, "message.edited")
    return message


def set_message_approved(message: ChatMessage, *, approved: bool, by, reason: str = "") -> ChatMessage:
    """Moderators release a held message to the room (or hold it again). Audited."""
    if message.is_approved == approved:
        return message
    with transaction.atomic():
        was_public = message.is_public
        message.is_approved = approved
        message.save(update_fields=["is_approved"])
        record_audit(
            actor=by,
            action="chat.approve" if approved else "chat.hold",
            target=message,
            target_user=message.author,
            reason=reason,
            before="held" if approved else "approved",
            after="approved" if approved else "held",
        )
        if message.is_public and not was_public:
            _publish_message(message, "message.new")
        elif was_public and not message.is_public:
            _publish_removed(message, "held")
    return message


# --- Read marks and presence --------------------------------------------------------------


def mark_room_read(user, *, room: ChatRoom, last_id: int | None = None) -> RoomMembership:
    """Record that user has seen the room up to last_id (default: its latest message). Never goes back."""
    latest = latest_message_id(room)
    target = latest if last_id is None else min(max(last_id, 0), latest)
    membership, created = RoomMembership.objects.get_or_create(user=user, room=room, defaults={"last_read_id": target})
    if not created and membership.last_read_id < target:
        RoomMembership.objects.filter(pk=membership.pk, last_read_id__lt=target).update(last_read_id=target)
        membership.last_read_id = target
    return membership


def presence_throttle_seconds() -> float:
    """At most one presence broadcast per room per this many seconds (settings.HAVEN_PRESENCE_THROTTLE).

    A burst of N members joining would otherwise send N broadcasts to up to N sockets each.
    """
    return float(getattr(settings, "HAVEN_PRESENCE_THROTTLE", 2))


def _send_presence(room: ChatRoom) -> None:
    payload = presence_payload(room)
    events.publish(events.room_group(room.pk), "presence", payload)
    counts_group = events.MODERATORS_GROUP if room.is_moderators_only else events.rooms_list_group()
    events.publish(counts_group, "presence", {"room": room.pk, "count": payload["count"]})


def _publish_presence(room: ChatRoom) -> None:
    """After commit, tell the room who is here and the rooms page how many (computed then, not now).

    Within the throttle window the update is only marked pending; flush_presence sends it.
    """
    throttle = presence_throttle_seconds()
    if throttle > 0:
        try:
            first = cache.add(f"realtime:presence:{room.pk}:sent", 1, timeout=max(1, math.ceil(throttle)))
            if not first:
                cache.set(f"realtime:presence:{room.pk}:pending", 1, timeout=60)
                return
        except Exception:  # noqa: BLE001 - without the cache, publish every change
            logger.warning("presence throttle unavailable", exc_info=True)
    transaction.on_commit(lambda: _send_presence(room))


def flush_presence(room_id: int) -> bool:
    """Send the pending presence update for a room, if one is waiting (called after the throttle window)."""
    try:
        pending = cache.delete(f"realtime:presence:{room_id}:pending")
    except Exception:  # noqa: BLE001
        return False
    if not pending:
        return False
    room = ChatRoom.objects.filter(pk=room_id).first()
    if room is not None:
        _send_presence(room)
    return True


def join_room(user, *, room: ChatRoom, channel_name: str) -> RoomMembership:
    """A socket enters a room: present, read up to now."""
    check_view_room(user, room)
    with transaction.atomic():
        Presence.objects.filter(room=room, last_seen__lt=presence_cutoff()).delete()
        Presence.objects.update_or_create(
            channel_name=channel_name, room=room, defaults={"user": user, "last_seen": timezone.now()}
        )
        membership = mark_room_read(user, room=room)
        _publish_presence(room)
    return membership


def leave_room(user, *, room: ChatRoom, channel_name: str) -> None:
    with transaction.atomic():
        deleted, _ = Presence.objects.filter(channel_name=channel_name, room=room).delete()
        mark_room_read(user, room=room)
        if deleted:
            _publish_presence(room)


def leave_all_rooms(user, *, channel_name: str) -> None:
    """A socket closed: it leaves every room it was in."""
    with transaction.atomic():
        rooms = list(ChatRoom.objects.filter(presences__channel_name=channel_name).distinct())
        Presence.objects.filter(channel_name=channel_name).delete()
        for room in rooms:
            if getattr(user, "is_authenticated", False):
                mark_room_read(user, room=room)
            _publish_presence(room)


def touch_presence(*, channel_name: str) -> int:
    """A heartbeat from a socket keeps it present."""
    return Presence.objects.filter(channel_name=channel_name).update(last_seen=timezone.now())


def clear_stale_presence() -> dict[str, Any]:
    """Drop presence rows nobody refreshed (a process that died); tell the affected rooms."""
    with transaction.atomic():
        stale = Presence.objects.filter(last_seen__lt=presence_cutoff())
        rooms = list(ChatRoom.objects.filter(pk__in=stale.values("room")))
        deleted, _ = stale.delete()
        for room in rooms:
            _publish_presence(room)
    return {"deleted": deleted, "rooms": len(rooms)}
