"""The socket's life: sending that never fails after close, teardown that always runs, the
per-member socket cap and the strike count for refused frames.

Every way out of a consumer — the client closing, the server closing (4429, 4403…), daphne
shutting down (it cancels the application), or an exception escaping a handler — passes
through ``_teardown`` exactly once: the socket leaves every channel-layer group it joined,
gives back its slot in the per-member cap, and the subclass's ``leave_everything`` removes
its presence. Once a close has been sent, ``send`` is a no-op: daphne raises "Attempt to send
on a closed protocol" for frames sent in that window, which used to kill the consumer before
its disconnect handler ran and left a ghost in the room.
"""

import asyncio
import json
import logging
import time
from collections import deque
from typing import Any

from channels.consumer import get_handler_name
from channels.exceptions import StopConsumer
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings

logger = logging.getLogger(__name__)

# Close codes (4000-4999 are ours; see docs/realtime.md).
CLOSE_NOT_SIGNED_IN = 4401
CLOSE_ACCOUNT_BLOCKED = 4403
CLOSE_TOO_MANY_SOCKETS = 4409
CLOSE_TOO_MANY_ERRORS = 4429
CLOSE_UNAVAILABLE = 4503
CLOSE_RECONNECT = 4205

# More than this many refused frames (invalid, unknown, oversize, rate limited) within the
# window closes the socket: a well-behaved client never gets near it.
MAX_STRIKES = 20
STRIKE_WINDOW_SECONDS = 60

# Open sockets per member in this process (member id -> consumers, oldest first).
_open_sockets: dict[int, list["GuardedConsumer"]] = {}


def max_sockets_per_member() -> int:
    return int(getattr(settings, "HAVEN_CHAT_MAX_SOCKETS", 10))


def open_socket_count(user_id: int) -> int:
    return len(_open_sockets.get(user_id, ()))


async def refuse_unavailable(receive, send) -> None:
    """Accept the handshake, send ``unavailable`` and close 4503 (the client retries with backoff)."""
    message = await receive()
    if message.get("type") != "websocket.connect":
        return
    await send({"type": "websocket.accept"})
    error = {"type": "error", "code": "unavailable", "message": "Chat is not available right now."}
    await send({"type": "websocket.send", "text": json.dumps(error)})
    await send({"type": "websocket.close", "code": CLOSE_UNAVAILABLE})


class GuardedConsumer(AsyncWebsocketConsumer):
    user_id: int | None = None

    async def __call__(self, scope, receive, send):
        self._closed = False
        self._torn_down = False
        self._slot_held = False
        self.groups_joined: set[str] = set()
        self.strikes: deque[float] = deque()
        try:
            await super().__call__(scope, receive, send)
        except Exception:
            if hasattr(self, "channel_name"):
                raise
            # The layer could not even give the socket a channel (the pub/sub layer while Redis
            # is away): refuse it as a failed group_add is refused, not with a failed handshake.
            logger.warning("channel layer unavailable for a new socket", exc_info=True)
            await refuse_unavailable(receive, send)
        finally:
            # Shielded: on server shutdown this task was cancelled, and the clean-up must finish.
            await asyncio.shield(self._teardown())

    async def dispatch(self, message):
        """Channels' dispatch without its per-message ``aclose_old_connections()``.

        Channels runs close_old_connections on its one thread-sensitive thread before every
        handler, so each delivery to each socket (200 per message in a 200-member room) queued
        behind the others for that thread: 28 % of the server's event-loop time in the chat
        benchmark (bench/RESULTS.md). Haven's handlers never touch the database on the event
        loop: all their ORM work runs through realtime.handlers.db (database_sync_to_async),
        which closes old connections before and after each call in the thread that runs it.
        """
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    # --- sending and closing ---------------------------------------------------------------

    async def send(self, text_data=None, bytes_data=None, close=False):
        """Send a frame; after a close (ours or the client's) this does nothing."""
        if self._closed:
            return
        try:
            await super().send(text_data=text_data, bytes_data=bytes_data, close=close)
        except Exception:  # noqa: BLE001 - the protocol closed under us; teardown still runs
            self._closed = True
            logger.debug("send on a closed socket dropped", exc_info=True)

    async def send_event(self, event_type: str, **fields: Any) -> None:
        await self.send(text_data=json.dumps({"type": event_type, **fields}))

    async def close(self, code=None, reason=None):
        """Close once. The teardown runs first, so presence and groups are gone by the time the
        client sees the close (not whenever, or if ever, it acknowledges)."""
        if self._closed:
            return
        self._closed = True
        await self._teardown()
        try:
            await super().close(code=code)
        except Exception:  # noqa: BLE001
            logger.warning("close on a closed socket dropped", exc_info=True)

    @property
    def is_closed(self) -> bool:
        return self._closed

    async def refuse_and_close(self, code: str, message: str, close_code: int) -> None:
        """Accept (so the client can read why), send the error, close with close_code."""
        await self.accept()
        await self.send_event("error", code=code, message=message)
        await self.close(code=close_code)

    async def refuse(self, code: str, message: str, **fields: Any) -> None:
        """An error event for a frame we did not accept; too many of them closes the socket."""
        await self.send_event("error", code=code, message=message, **fields)
        now = time.monotonic()
        self.strikes.append(now)
        while self.strikes and self.strikes[0] < now - STRIKE_WINDOW_SECONDS:
            self.strikes.popleft()
        if len(self.strikes) > MAX_STRIKES and not self._closed:
            await self.send_event(
                "error", code="too_many_errors", message="Too many messages were refused. Please reload the page."
            )
            await self.close(code=CLOSE_TOO_MANY_ERRORS)

    # --- groups and the per-member cap -----------------------------------------------------

    async def group_add(self, group: str) -> None:
        await self.channel_layer.group_add(group, self.channel_name)
        self.groups_joined.add(group)

    async def group_discard(self, group: str) -> None:
        self.groups_joined.discard(group)
        await self.channel_layer.group_discard(group, self.channel_name)

    def take_socket_slot(self) -> bool:
        """Count this socket against its member's cap; False (and nothing counted) when full."""
        sockets = _open_sockets.setdefault(self.user_id, [])
        if len(sockets) >= max_sockets_per_member():
            return False
        sockets.append(self)
        self._slot_held = True
        return True

    def _give_back_slot(self) -> None:
        if not self._slot_held:
            return
        self._slot_held = False
        sockets = _open_sockets.get(self.user_id, [])
        if self in sockets:
            sockets.remove(self)
        if not sockets:
            _open_sockets.pop(self.user_id, None)

    # --- teardown --------------------------------------------------------------------------

    async def websocket_disconnect(self, message):
        self._closed = True
        await self._teardown()
        raise StopConsumer()

    async def leave_everything(self) -> None:
        """Subclasses remove presence and other per-socket state here. Must not raise."""

    async def _teardown(self) -> None:
        if getattr(self, "_torn_down", True):
            return
        self._torn_down = True
        self._closed = True
        self._give_back_slot()
        for group in list(self.groups_joined):
            try:
                await self.channel_layer.group_discard(group, self.channel_name)
            except Exception:  # noqa: BLE001 - Redis down: the group entry expires by itself
                logger.warning("could not leave %s", group, exc_info=True)
        self.groups_joined.clear()
        try:
            await self.leave_everything()
        except Exception:  # noqa: BLE001 - presence rows go stale and are cleaned up later
            logger.warning("socket teardown failed", exc_info=True)
