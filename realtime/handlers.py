"""What each client message type does: one ``do_<type>`` per row of docs/realtime.md.

Each handler checks permission, calls one service or selector off the event loop, and
replies. Errors (PermissionDenied, Http404, ValidationError, ChatRateLimited) propagate to
the consumer, which turns them into ``error`` events.
"""

import asyncio
import json
import logging
import time
from typing import Any

from channels.db import database_sync_to_async
from django.conf import settings
from django.http import Http404

from live import events
from realtime import selectors, services
from realtime.permissions import can_post_in_room, post_refusal_reason

logger = logging.getLogger(__name__)

TYPING_INTERVAL_SECONDS = 3
# Topics one socket may follow at once (a page follows one).
MAX_TOPICS = 20

# Rooms with a trailing presence update already scheduled in this process.
_presence_flush_scheduled: set[int] = set()


def db(func):
    """Run ORM work off the event loop.

    By default on the loop's small thread pool (each thread keeps its own database connection),
    so one slow commit does not hold up every socket in the process, as Channels' single
    "thread-sensitive" thread would. Tests set settings.HAVEN_CHAT_DB_THREAD_SENSITIVE = True to
    run it on the test's thread, inside the test's transaction.
    """
    return database_sync_to_async(func, thread_sensitive=getattr(settings, "HAVEN_CHAT_DB_THREAD_SENSITIVE", False))


def schedule_presence_flush(room_ids) -> None:
    """After the throttle window, send the presence update that a burst of joins/leaves held back."""
    delay = services.presence_throttle_seconds()
    if delay <= 0:
        return
    loop = asyncio.get_running_loop()
    for room_id in set(room_ids) - _presence_flush_scheduled:
        _presence_flush_scheduled.add(room_id)

        async def flush(room_id=room_id):
            _presence_flush_scheduled.discard(room_id)
            try:
                await db(services.flush_presence)(room_id)
            except Exception:  # noqa: BLE001 - the next change or heartbeat corrects presence
                logger.warning("presence flush failed", exc_info=True)

        loop.call_later(delay + 0.1, lambda f=flush: loop.create_task(f()))


def _crisis_reply(message) -> dict[str, Any] | None:
    decision = message.policy_decision
    if decision is None or not decision.crisis:
        return None
    return {"message_id": message.pk, "lines": [list(line) for line in decision.crisis_lines]}


def _payload(message) -> dict[str, Any]:
    """The message as the room heard it (services keep the broadcast payload), or rendered now."""
    return getattr(message, "published_payload", None) or selectors.message_payload(message)


class RoomHandlers:
    """Mixed into the consumer: rooms, messages, typing, read marks, live topics."""

    user_id: int
    rooms: set[int]
    room_can_post: dict[int, bool]
    topics: set[int]
    last_typing: dict[int, float]

    def viewer(self):
        return selectors.fresh_user(self.user_id, like=self.scope.get("user"))

    async def do_ping(self, data, context):
        if self.rooms:
            await db(services.touch_presence)(channel_name=self.channel_name)
        await self.send_event("pong")

    async def do_watch_rooms(self, data, context):
        await self.group_add(events.rooms_list_group())
        counts = await db(lambda: selectors.room_counts(self.viewer()))()
        await self.send_event("rooms", rooms=counts)

    async def do_join(self, data, context):
        room = await db(lambda: selectors.viewable_room(viewer=self.viewer(), room_id=data["room"]))()
        # Join the group before reading, so nothing published in between is missed
        # (the client drops duplicates by id).
        await self.group_add(events.room_group(room.pk))
        reply = await db(self._join)(room, data.get("after_id"))
        self.rooms.add(room.pk)
        self.room_can_post[room.pk] = reply["joined"]["can_post"]
        schedule_presence_flush([room.pk])
        await self.send_event("joined", **reply["joined"])
        await self.send(text_data=json.dumps(reply["page"]))

    def _join(self, room, after_id: int | None) -> dict[str, Any]:
        user = self.viewer()
        services.join_room(user, room=room, channel_name=self.channel_name)
        can_post = can_post_in_room(user, room)
        joined = {"room": room.pk, "name": room.name, "slug": room.slug, "can_post": can_post}
        if not can_post:
            joined["reason"] = post_refusal_reason(user, room)
        if after_id is None:
            page = selectors.history_page(viewer=user, room=room, before_id=None)
        else:
            page = selectors.catch_up_page(viewer=user, room=room, after_id=after_id)
        return {"joined": joined, "page": page}

    async def do_leave(self, data, context):
        room_id = data["room"]
        if room_id not in self.rooms:
            await self.refuse("not_in_room", "You are not in that room.", **context)
            return
        self.rooms.discard(room_id)
        await self.group_discard(events.room_group(room_id))
        await db(self._leave)(room_id)
        schedule_presence_flush([room_id])
        await self.send_event("left", room=room_id)

    def _leave(self, room_id: int) -> None:
        services.leave_room(self.viewer(), room=selectors.room_by_id(room_id), channel_name=self.channel_name)

    async def do_history(self, data, context):
        def read():
            user = self.viewer()
            room = selectors.viewable_room(viewer=user, room_id=data["room"])
            return selectors.history_page(viewer=user, room=room, before_id=data.get("before_id"))

        await self.send(text_data=json.dumps(await db(read)()))

    async def do_catch_up(self, data, context):
        def read():
            user = self.viewer()
            room = selectors.viewable_room(viewer=user, room_id=data["room"])
            return selectors.catch_up_page(viewer=user, room=room, after_id=data["after_id"])

        await self.send(text_data=json.dumps(await db(read)()))

    async def do_send(self, data, context):
        def write():
            room = selectors.room_by_id(data["room"])
            message = services.send_chat_message(
                self.viewer(), room=room, body=data["body"], client_id=data["client_id"]
            )
            ack = {"client_id": data["client_id"], "id": message.pk, "room": room.pk,
                   "duplicate": message.was_duplicate, "state": message.state,
                   "message": _payload(message)}
            return ack, _crisis_reply(message)

        ack, crisis = await db(write)()
        await self.send_event("ack", request="send", **ack)
        if crisis is not None:
            await self.send_event("crisis", **crisis)

    async def do_edit(self, data, context):
        def write():
            message = selectors.message_by_id(data["id"])
            message = services.edit_chat_message(message, editor=self.viewer(), body=data["body"])
            ack = {"id": message.pk, "room": message.room_id, "state": message.state,
                   "message": _payload(message)}
            return ack, _crisis_reply(message)

        ack, crisis = await db(write)()
        await self.send_event("ack", request="edit", **ack)
        if crisis is not None:
            await self.send_event("crisis", **crisis)

    async def do_delete(self, data, context):
        def write():
            message = services.delete_chat_message(selectors.message_by_id(data["id"]), by=self.viewer())
            return {"id": message.pk, "room": message.room_id, "state": message.state}

        await self.send_event("ack", request="delete", **await db(write)())

    async def do_typing(self, data, context):
        room_id = data["room"]
        if room_id not in self.rooms:
            await self.refuse("not_in_room", "Join the room first.", **context)
            return
        if not self.room_can_post.get(room_id):
            return
        now = time.monotonic()
        if now - self.last_typing.get(room_id, 0) < TYPING_INTERVAL_SECONDS:
            return
        self.last_typing[room_id] = now
        who = {"id": self.user_id, "name": self.user_name}
        await events.apublish(events.room_group(room_id), "typing", {"room": room_id, "user": who}, not_to=self.user_id)

    async def do_read(self, data, context):
        def write():
            user = self.viewer()
            room = selectors.viewable_room(viewer=user, room_id=data["room"])
            services.mark_room_read(user, room=room, last_id=data["last_id"])

        await db(write)()

    async def do_subscribe(self, data, context):
        topic_id = data["topic"]
        if topic_id not in self.topics and len(self.topics) >= MAX_TOPICS:
            await self.refuse("invalid", f"One connection can follow up to {MAX_TOPICS} topics.", **context)
            return
        if not await db(lambda: selectors.may_follow_topic(viewer=self.viewer(), topic_id=topic_id))():
            raise Http404("No such topic.")
        await self.group_add(events.topic_group(topic_id))
        self.topics.add(topic_id)
        await self.send_event("subscribed", topic=topic_id)

    async def do_unsubscribe(self, data, context):
        topic_id = data["topic"]
        self.topics.discard(topic_id)
        await self.group_discard(events.topic_group(topic_id))
        await self.send_event("unsubscribed", topic=topic_id)
