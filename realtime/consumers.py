"""The one websocket endpoint (/ws/): chat rooms, live topics, personal and moderator events.

Thin by design: parse a frame (realtime/frames.py), run its handler (realtime/handlers.py),
turn refusals into ``error`` events. The socket's lifecycle — sends that never fail after a
close, teardown on every way out, the per-member cap — is realtime/connection.py. The
protocol is documented in docs/realtime.md.
"""

import json
import logging
from typing import Any

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404

from accounts.permissions import describe_sanction, login_blocking_sanction
from live import events
from realtime import selectors, services
from realtime.connection import (
    CLOSE_ACCOUNT_BLOCKED,
    CLOSE_NOT_SIGNED_IN,
    CLOSE_RECONNECT,
    CLOSE_TOO_MANY_SOCKETS,
    CLOSE_UNAVAILABLE,
    GuardedConsumer,
    max_sockets_per_member,
)
from realtime.forms import MAX_FRAME_BYTES
from realtime.frames import FrameRefused, parse_frame
from realtime.handlers import RoomHandlers, db, schedule_presence_flush
from realtime.permissions import can_post_in_room, can_watch_moderation

logger = logging.getLogger(__name__)


def _access(user) -> dict[str, Any]:
    """What a socket may do now: blocked (the sentence) or not, and whether it has the staff power."""
    if not user.is_active:
        return {"blocked": "This account is closed."}
    sanction = login_blocking_sanction(user)
    if sanction is not None:
        return {"blocked": describe_sanction(sanction)}
    return {"blocked": "", "moderator": can_watch_moderation(user), "user": user}


class ChatConsumer(RoomHandlers, GuardedConsumer):
    # --- lifecycle -------------------------------------------------------------------------

    async def connect(self):
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.refuse_and_close("not_signed_in", "Please log in to use chat.", CLOSE_NOT_SIGNED_IN)
            return
        self.user_id, self.user_name = user.pk, user.username
        self.session_key = getattr(self.scope.get("session"), "session_key", None)
        self.rooms, self.room_can_post, self.topics, self.last_typing = set(), {}, set(), {}
        access = await db(lambda: _access(self.viewer()))()
        if access["blocked"]:
            await self.refuse_and_close("account_blocked", access["blocked"], CLOSE_ACCOUNT_BLOCKED)
            return
        if not self.take_socket_slot():
            cap = max_sockets_per_member()
            message = f"You have {cap} chat connections open already. Close a tab, then reload this page."
            await self.refuse_and_close("too_many_connections", message, CLOSE_TOO_MANY_SOCKETS)
            return
        self.is_moderator = access["moderator"]
        try:
            await self.group_add(events.user_group(self.user_id))
            if self.is_moderator:
                await self.group_add(events.MODERATORS_GROUP)
        except Exception:  # noqa: BLE001 - channel layer (Redis) unreachable
            logger.warning("channel layer unavailable on connect", exc_info=True)
            await self.refuse_and_close("unavailable", "Chat is not available right now.", CLOSE_UNAVAILABLE)
            return
        await self.accept()
        await self.send_event("welcome", user={"id": self.user_id, "name": self.user_name},
                              moderator=self.is_moderator, limits=self._limits())

    def _limits(self) -> dict[str, int]:
        return {
            "frame_bytes": MAX_FRAME_BYTES,
            "message_chars": services.MAX_MESSAGE_CHARS,
            "rate": settings.HAVEN_CHAT_RATE,
            "rate_window": settings.HAVEN_CHAT_RATE_WINDOW,
            "sockets": max_sockets_per_member(),
        }

    async def leave_everything(self) -> None:
        """Teardown (every way out): presence rows go, and the rooms hear about it."""
        rooms = set(getattr(self, "rooms", ()))
        if not rooms:
            return
        self.rooms.clear()

        def leave():
            services.leave_all_rooms(selectors.fresh_user(self.user_id), channel_name=self.channel_name)

        await db(leave)()
        schedule_presence_flush(rooms)

    # --- events from the channel layer -------------------------------------------------------

    async def haven_event(self, message: dict[str, Any]) -> None:
        """An event published through live.events to a group this socket is in.

        The common case is a hot path (one call per socket per message in a room): the event
        arrives encoded once for everyone (live.events.envelope) and is forwarded as it is —
        no permission check, no rendering, no JSON encoding here. What a socket may hear is
        decided by the groups it is in, and a sanction, a revoked role or a sign-out changes
        those at once through ``access.changed`` (below), never by a check per message.
        """
        text = message.get("text")
        if text is not None:
            if message.get("not_to") != self.user_id:
                await self.send(text_data=text)
            return
        event = message["event"]
        if event.get("type") == events.ACCESS_CHANGED:
            await self.access_changed(event)
            return
        await self.send(text_data=json.dumps(event))

    async def haven_layer_lost(self, message: dict[str, Any]) -> None:
        """The channel layer lost Redis (realtime/layers.py): close, so the client reconnects and catches up."""
        await self.close(code=CLOSE_UNAVAILABLE)

    async def access_changed(self, event: dict[str, Any]) -> None:
        """The member's sessions, role or sanctions changed: close or downgrade this socket now."""
        reason = event.get("reason", "")
        if reason == "signed_out" and event.get("session_key") in (None, self.session_key):
            await self._end("signed_out", "You signed out. Please log in again to chat.", CLOSE_NOT_SIGNED_IN)
            return
        if reason == "password_changed":
            # The session that changed it got a new key (Django cycles it), so no socket can tell
            # whether its own session survived: all reconnect, and only valid sessions get back in.
            await self._end("session_changed", "Your password was changed. Reconnecting…", CLOSE_RECONNECT)
            return
        access = await db(self._access_now)()
        if access["blocked"]:
            await self._end("account_blocked", access["blocked"], CLOSE_ACCOUNT_BLOCKED)
        elif access["moderator"] != self.is_moderator or access["can_post"] != self.room_can_post:
            # Rights changed: leave the staff group at once, then let the client rebuild its
            # rooms with fresh permissions on a new socket.
            if not access["moderator"] and events.MODERATORS_GROUP in self.groups_joined:
                await self.group_discard(events.MODERATORS_GROUP)
            await self._end("permissions_changed", "Your permissions changed. Reconnecting…", CLOSE_RECONNECT)

    def _access_now(self) -> dict[str, Any]:
        access = _access(self.viewer())
        if not access["blocked"]:
            user = access.pop("user")
            access["can_post"] = {
                room.pk: can_post_in_room(user, room) for room in selectors.rooms_by_ids(self.room_can_post)
            }
        return access

    async def _end(self, code: str, message: str, close_code: int) -> None:
        await self.send_event("error", code=code, message=message)
        await self.close(code=close_code)

    # --- receiving -------------------------------------------------------------------------

    async def receive(self, text_data=None, bytes_data=None):
        if self.is_closed:
            return
        try:
            frame = parse_frame(text_data)
        except FrameRefused as refused:
            await self.refuse(refused.code, refused.message, **refused.extra)
            return
        try:
            await getattr(self, "do_" + frame.type)(frame.data, frame.context)
        except Exception as exc:  # noqa: BLE001 - every failure becomes an error event; the socket stays
            await self._refuse_for(exc, frame.type, frame.context)

    async def _refuse_for(self, exc: Exception, frame_type: str, context: dict[str, Any]) -> None:
        if isinstance(exc, services.ChatRateLimited):
            await self.refuse("rate_limited", str(exc), retry_after=exc.retry_after, **context)
        elif isinstance(exc, Http404 | ObjectDoesNotExist):
            await self.refuse("not_found", "That room or message does not exist, or you cannot see it.", **context)
        elif isinstance(exc, PermissionDenied):
            await self.refuse("forbidden", str(exc) or "You cannot do that.", **context)
        elif isinstance(exc, ValidationError):
            await self.refuse("invalid", " ".join(exc.messages), **context)
        else:
            logger.error("chat frame %s failed", frame_type, exc_info=exc)
            await self.send_event(
                "error", code="server_error", message="Something went wrong on our side. Please try again.", **context
            )
