"""The only module that publishes to the channel layer.

It owns the group names and the event envelope. Services call ``publish_on_commit`` inside
their transaction; the event goes out only once the transaction has committed, so nobody
hears about something that was rolled back. Choosing a group is a security decision: a group
holds only people allowed to see everything sent to it.

The envelope carries the event already serialised (``text``): it is the same for everyone in
the group, so it is encoded once here, not once per socket, and each socket only forwards it
(bench/RESULTS.md, docs/scale.md). Per-recipient differences ("this is your own message", the
flag link) are worked out by the browser from the shared event. The one exception is
``access.changed``, which the consumer reads and never forwards: it travels as ``event``.
"""

import json
import logging
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

logger = logging.getLogger(__name__)

MODERATORS_GROUP = "moderators"
# Sent to a member's own group when their sessions, role or sanctions change. Open sockets
# re-check at once: they close (signed out, password changed, suspended, banned) or drop
# privileges they no longer have (a revoked role, a mute). Never forwarded to the browser.
ACCESS_CHANGED = "access.changed"


def topic_group(topic_id: int) -> str:
    return f"topic.{topic_id}"


def room_group(room_id: int) -> str:
    return f"room.{room_id}"


def user_group(user_id: int) -> str:
    return f"user.{user_id}"


def rooms_list_group() -> str:
    return "rooms"


def envelope(event_type: str, payload: dict[str, Any], *, not_to: int | None = None) -> dict[str, Any]:
    """The channel-layer message for an event: its text, encoded once for every socket in the group.

    not_to: a member id whose sockets drop it (their own typing indicator).
    """
    event = {"type": event_type, **payload}
    if event_type == ACCESS_CHANGED:
        return {"type": "haven.event", "event": event}
    message = {"type": "haven.event", "text": json.dumps(event)}
    if not_to is not None:
        message["not_to"] = not_to
    return message


def event_of(message: dict[str, Any]) -> dict[str, Any]:
    """The event a channel-layer message carries, decoded (for code that reads rather than forwards)."""
    if "text" in message:
        return json.loads(message["text"])
    return message["event"]


def publish(group: str, event_type: str, payload: dict[str, Any]) -> None:
    """Send now. Failures are logged, never raised: the write already happened and is stored."""
    layer = get_channel_layer()
    if layer is None:
        return
    try:
        async_to_sync(layer.group_send)(group, envelope(event_type, payload))
    except Exception:  # noqa: BLE001 - a broken layer must not break a committed write
        logger.exception("could not publish %s to %s", event_type, group)


def publish_on_commit(group: str, event_type: str, payload: dict[str, Any]) -> None:
    transaction.on_commit(lambda: publish(group, event_type, payload))


async def apublish(group: str, event_type: str, payload: dict[str, Any], *, not_to: int | None = None) -> None:
    """Send now from async code (the consumer's ephemeral events such as typing). Failures are logged."""
    layer = get_channel_layer()
    if layer is None:
        return
    try:
        await layer.group_send(group, envelope(event_type, payload, not_to=not_to))
    except Exception:  # noqa: BLE001 - typing indicators are best effort
        logger.exception("could not publish %s to %s", event_type, group)


def publish_access_changed(user_id: int, *, reason: str, **fields: Any) -> None:
    """Tell the member's open sockets, after commit, that what they may do has changed.

    reason is "role", "sanction", "account", "signed_out" (with session_key: only that
    session's sockets close) or "password_changed" (every socket reconnects; only sessions
    still valid get back in).
    """
    publish_on_commit(user_group(user_id), ACCESS_CHANGED, {"reason": reason, **fields})
