"""The one websocket endpoint (/ws/): chat rooms, live topics, personal and moderator events.

Thin by design: parse a frame with a form (realtime/forms.py), check permission, call one
service or selector, reply. Every frame and every event is a JSON object with a "type".
The protocol is documented in docs/realtime.md.
"""

import asyncio
import json
import logging
import time
from collections import deque
from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404

from accounts.permissions import can_moderate, check_can_write, describe_sanction, login_blocking_sanction
from live import events
from realtime import selectors, services
from realtime.forms import FORMS, MAX_FRAME_BYTES, error_code_for
from realtime.models import ChatMessage, ChatRoom
from realtime.permissions import can_follow_topic, can_post_in_room, check_view_room

logger = logging.getLogger(__name__)

# Close codes (4000-4999 are ours; see docs/realtime.md).
CLOSE_NOT_SIGNED_IN = 4401
CLOSE_ACCOUNT_BLOCKED = 4403
CLOSE_TOO_MANY_ERRORS = 4429
CLOSE_UNAVAILABLE = 4503

# More than this many refused frames (invalid, unknown, oversize, rate limited) within the
# window closes the socket: a well-behaved client never gets near it.
MAX_STRIKES = 20
STRIKE_WINDOW_SECONDS = 60
TYPING_INTERVAL_SECONDS = 3
# Topics one socket may follow at once (a page follows one).
MAX_TOPICS = 20

User = get_user_model()


# Rooms with a trailing presence update already scheduled in this process.
_presence_flush_scheduled: set[int] = set()


def _schedule_presence_flush(room_ids) -> None:
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


def db(func):
    """Run ORM work off the event loop.

    By default on the loop's small thread pool (each thread keeps its own database connection),
    so one slow commit does not hold up every socket in the process, as Channels' single
    "thread-sensitive" thread would. Tests set settings.HAVEN_CHAT_DB_THREAD_SENSITIVE = True to
    run it on the test's thread, inside the test's transaction.
    """
    return database_sync_to_async(func, thread_sensitive=getattr(settings, "HAVEN_CHAT_DB_THREAD_SENSITIVE", False))


def _fresh_user(user_id: int):
    """Re-read the member for every action: sanctions and roles may have changed since connecting."""
    return User.objects.get(pk=user_id)


class ChatConsumer(AsyncWebsocketConsumer):
    user_id: int | None = None

    # --- lifecycle -------------------------------------------------------------------------

    async def connect(self):
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.accept()
            await self.send_event("error", code="not_signed_in", message="Please log in to use chat.")
            await self.close(code=CLOSE_NOT_SIGNED_IN)
            return
        self.user_id = user.pk
        self.user_name = user.username
        self.rooms: set[int] = set()
        self.room_can_post: dict[int, bool] = {}
        self.topics: set[int] = set()
        self.groups_joined: set[str] = set()
        self.strikes: deque[float] = deque()
        self.last_typing: dict[int, float] = {}
        blocked, is_moderator = await db(self._connect_checks)()
        if blocked:
            await self.accept()
            await self.send_event("error", code="account_blocked", message=blocked)
            await self.close(code=CLOSE_ACCOUNT_BLOCKED)
            return
        try:
            await self._group_add(events.user_group(self.user_id))
            if is_moderator:
                await self._group_add(events.MODERATORS_GROUP)
        except Exception:  # noqa: BLE001 - channel layer (Redis) unreachable
            logger.warning("channel layer unavailable on connect", exc_info=True)
            await self.accept()
            await self.send_event("error", code="unavailable", message="Chat is not available right now.")
            await self.close(code=CLOSE_UNAVAILABLE)
            return
        await self.accept()
        await self.send_event(
            "welcome",
            user={"id": self.user_id, "name": self.user_name},
            moderator=is_moderator,
            limits={
                "frame_bytes": MAX_FRAME_BYTES,
                "message_chars": services.MAX_MESSAGE_CHARS,
                "rate": settings.HAVEN_CHAT_RATE,
                "rate_window": settings.HAVEN_CHAT_RATE_WINDOW,
            },
        )

    def _connect_checks(self) -> tuple[str, bool]:
        user = _fresh_user(self.user_id)
        if not user.is_active:
            return "This account is closed.", False
        sanction = login_blocking_sanction(user)
        if sanction is not None:
            return describe_sanction(sanction), False
        return "", can_moderate(user)

    async def disconnect(self, code):
        if self.user_id is None:
            return
        for group in list(getattr(self, "groups_joined", ())):
            try:
                await self.channel_layer.group_discard(group, self.channel_name)
            except Exception:  # noqa: BLE001
                logger.debug("could not leave %s", group, exc_info=True)
        if getattr(self, "rooms", None):
            await db(self._leave_all)()
            _schedule_presence_flush(self.rooms)

    def _leave_all(self) -> None:
        services.leave_all_rooms(_fresh_user(self.user_id), channel_name=self.channel_name)

    async def _group_add(self, group: str) -> None:
        await self.channel_layer.group_add(group, self.channel_name)
        self.groups_joined.add(group)

    async def _group_discard(self, group: str) -> None:
        self.groups_joined.discard(group)
        await self.channel_layer.group_discard(group, self.channel_name)

    # --- sending ---------------------------------------------------------------------------

    async def send_event(self, event_type: str, **fields: Any) -> None:
        await self.send(text_data=json.dumps({"type": event_type, **fields}))

    async def haven_event(self, message: dict[str, Any]) -> None:
        """An event published through live.events to a group this socket is in."""
        event = message["event"]
        if event.get("type") == "typing" and event.get("user", {}).get("id") == self.user_id:
            return
        await self.send(text_data=json.dumps(event))

    async def refuse(self, code: str, message: str, **fields: Any) -> None:
        """An error event for a frame we did not accept; too many of them closes the socket."""
        await self.send_event("error", code=code, message=message, **fields)
        now = time.monotonic()
        self.strikes.append(now)
        while self.strikes and self.strikes[0] < now - STRIKE_WINDOW_SECONDS:
            self.strikes.popleft()
        if len(self.strikes) > MAX_STRIKES:
            await self.send_event(
                "error", code="too_many_errors", message="Too many messages were refused. Please reload the page."
            )
            await self.close(code=CLOSE_TOO_MANY_ERRORS)

    # --- receiving -------------------------------------------------------------------------

    async def receive(self, text_data=None, bytes_data=None):
        if text_data is None:
            await self.refuse("bad_json", "Send text frames containing JSON.")
            return
        if len(text_data.encode("utf-8")) > MAX_FRAME_BYTES:
            await self.refuse("too_large", f"Frames can be up to {MAX_FRAME_BYTES} bytes.")
            return
        try:
            data = json.loads(text_data)
        except ValueError:
            await self.refuse("bad_json", "That was not valid JSON.")
            return
        if not isinstance(data, dict):
            await self.refuse("bad_json", 'Each frame must be a JSON object with a "type".')
            return
        frame_type = data.get("type")
        if not isinstance(frame_type, str) or frame_type not in FORMS:
            await self.refuse("unknown_type", f"Unknown message type: {str(frame_type)[:40]!r}.")
            return
        context = {"request": frame_type}
        for key in ("client_id", "room", "id", "topic"):
            if isinstance(data.get(key), str | int) and not isinstance(data.get(key), bool):
                context[key] = data[key]
        if any(isinstance(value, dict | list | bool) for key, value in data.items() if key != "type"):
            await self.refuse("invalid", "Fields must be plain numbers or text.", **context)
            return
        form = FORMS[frame_type](data=data)
        if not form.is_valid():
            fields = {name: [str(m) for m in msgs] for name, msgs in form.errors.items()}
            first = next(iter(fields.values()))[0]
            await self.refuse(error_code_for(form), first, fields=fields, **context)
            return
        handler = getattr(self, "do_" + frame_type)
        try:
            await handler(form.cleaned_data, context)
        except services.ChatRateLimited as exc:
            await self.refuse("rate_limited", str(exc), retry_after=exc.retry_after, **context)
        except (Http404, ObjectDoesNotExist):
            await self.refuse("not_found", "That room or message does not exist, or you cannot see it.", **context)
        except PermissionDenied as exc:
            await self.refuse("forbidden", str(exc) or "You cannot do that.", **context)
        except ValidationError as exc:
            await self.refuse("invalid", " ".join(exc.messages), **context)
        except Exception:  # noqa: BLE001 - keep the socket; the client may retry
            logger.exception("chat frame %s failed", frame_type)
            await self.send_event(
                "error", code="server_error", message="Something went wrong on our side. Please try again.", **context
            )

    # --- handlers (one per client message type) -------------------------------------------------

    async def do_ping(self, data, context):
        if self.rooms:
            await db(services.touch_presence)(channel_name=self.channel_name)
        await self.send_event("pong")

    async def do_watch_rooms(self, data, context):
        await self._group_add(events.rooms_list_group())
        counts = await db(self._room_counts)()
        await self.send_event("rooms", rooms=counts)

    def _room_counts(self) -> list[dict[str, int]]:
        return [{"room": r.pk, "count": r.present_count} for r in selectors.rooms_for(_fresh_user(self.user_id))]

    async def do_join(self, data, context):
        room = await db(self._viewable_room)(data["room"])
        # Join the group before reading, so nothing published in between is missed
        # (the client drops duplicates by id).
        await self._group_add(events.room_group(room.pk))
        reply = await db(self._join)(room, data.get("after_id"))
        self.rooms.add(room.pk)
        self.room_can_post[room.pk] = reply["joined"]["can_post"]
        _schedule_presence_flush([room.pk])
        await self.send_event("joined", **reply["joined"])
        await self.send(text_data=json.dumps(reply["page"]))

    def _viewable_room(self, room_id: int) -> ChatRoom:
        room = ChatRoom.objects.get(pk=room_id)
        check_view_room(_fresh_user(self.user_id), room)
        return room

    def _join(self, room: ChatRoom, after_id: int | None) -> dict[str, Any]:
        user = _fresh_user(self.user_id)
        services.join_room(user, room=room, channel_name=self.channel_name)
        can_post = can_post_in_room(user, room)
        joined = {"room": room.pk, "name": room.name, "slug": room.slug, "can_post": can_post}
        if not can_post:
            sanction_text = ""
            try:
                check_can_write(user)
            except PermissionDenied as exc:
                sanction_text = str(exc)
            joined["reason"] = sanction_text
        if after_id is None:
            page = self._history_page(user, room, None)
        else:
            page = self._catch_up_page(user, room, after_id)
        return {"joined": joined, "page": page}

    def _history_page(self, user, room: ChatRoom, before_id: int | None) -> dict[str, Any]:
        messages, has_more = selectors.room_messages(viewer=user, room=room, before_id=before_id)
        return {
            "type": "history",
            "room": room.pk,
            "before_id": before_id,
            "messages": selectors.message_payloads(messages),
            "has_more": has_more,
        }

    def _catch_up_page(self, user, room: ChatRoom, after_id: int) -> dict[str, Any]:
        messages, has_more = selectors.messages_after(viewer=user, room=room, after_id=after_id)
        return {
            "type": "catch_up",
            "room": room.pk,
            "after_id": after_id,
            "messages": selectors.message_payloads(messages),
            "has_more": has_more,
        }

    async def do_leave(self, data, context):
        room_id = data["room"]
        if room_id not in self.rooms:
            await self.refuse("not_in_room", "You are not in that room.", **context)
            return
        self.rooms.discard(room_id)
        await self._group_discard(events.room_group(room_id))
        await db(self._leave)(room_id)
        _schedule_presence_flush([room_id])
        await self.send_event("left", room=room_id)

    def _leave(self, room_id: int) -> None:
        room = ChatRoom.objects.get(pk=room_id)
        services.leave_room(_fresh_user(self.user_id), room=room, channel_name=self.channel_name)

    async def do_history(self, data, context):
        page = await db(self._history)(data["room"], data.get("before_id"))
        await self.send(text_data=json.dumps(page))

    def _history(self, room_id: int, before_id: int | None) -> dict[str, Any]:
        room = self._viewable_room(room_id)
        return self._history_page(_fresh_user(self.user_id), room, before_id)

    async def do_catch_up(self, data, context):
        page = await db(self._catch_up)(data["room"], data["after_id"])
        await self.send(text_data=json.dumps(page))

    def _catch_up(self, room_id: int, after_id: int) -> dict[str, Any]:
        room = self._viewable_room(room_id)
        return self._catch_up_page(_fresh_user(self.user_id), room, after_id)

    async def do_send(self, data, context):
        reply = await db(self._send)(data["room"], data["body"], data["client_id"])
        await self.send_event("ack", request="send", **reply["ack"])
        if reply["crisis"] is not None:
            await self.send_event("crisis", **reply["crisis"])

    def _send(self, room_id: int, body: str, client_id: str) -> dict[str, Any]:
        room = ChatRoom.objects.get(pk=room_id)
        message = services.send_chat_message(_fresh_user(self.user_id), room=room, body=body, client_id=client_id)
        decision = message.policy_decision
        crisis = None
        if decision is not None and decision.crisis:
            crisis = {"message_id": message.pk, "lines": [list(line) for line in decision.crisis_lines]}
        payload = selectors.message_payload(message)
        return {
            "ack": {"client_id": client_id, "id": message.pk, "room": room.pk, "duplicate": message.was_duplicate,
                    "state": message.state, "message": payload},
            "crisis": crisis,
        }

    async def do_edit(self, data, context):
        reply = await db(self._edit)(data["id"], data["body"])
        await self.send_event("ack", request="edit", **reply["ack"])
        if reply["crisis"] is not None:
            await self.send_event("crisis", **reply["crisis"])

    def _edit(self, message_id: int, body: str) -> dict[str, Any]:
        message = ChatMessage.objects.select_related("room", "author").get(pk=message_id)
        message = services.edit_chat_message(message, editor=_fresh_user(self.user_id), body=body)
        decision = message.policy_decision
        crisis = None
        if decision is not None and decision.crisis:
            crisis = {"message_id": message.pk, "lines": [list(line) for line in decision.crisis_lines]}
        return {
            "ack": {"id": message.pk, "room": message.room_id, "state": message.state,
                    "message": selectors.message_payload(message)},
            "crisis": crisis,
        }

    async def do_delete(self, data, context):
        ack = await db(self._delete)(data["id"])
        await self.send_event("ack", request="delete", **ack)

    def _delete(self, message_id: int) -> dict[str, Any]:
        message = ChatMessage.objects.select_related("room", "author").get(pk=message_id)
        message = services.delete_chat_message(message, by=_fresh_user(self.user_id))
        return {"id": message.pk, "room": message.room_id, "state": message.state}

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
        await events.apublish(events.room_group(room_id), "typing", {"room": room_id, "user": who})

    async def do_read(self, data, context):
        await db(self._read)(data["room"], data["last_id"])

    def _read(self, room_id: int, last_id: int) -> None:
        room = self._viewable_room(room_id)
        services.mark_room_read(_fresh_user(self.user_id), room=room, last_id=last_id)

    async def do_subscribe(self, data, context):
        topic_id = data["topic"]
        if topic_id not in self.topics and len(self.topics) >= MAX_TOPICS:
            await self.refuse("invalid", f"One connection can follow up to {MAX_TOPICS} topics.", **context)
            return
        allowed = await db(self._may_follow_topic)(topic_id)
        if not allowed:
            raise Http404("No such topic.")
        await self._group_add(events.topic_group(topic_id))
        self.topics.add(topic_id)
        await self.send_event("subscribed", topic=topic_id)

    def _may_follow_topic(self, topic_id: int) -> bool:
        from forum.models import Topic

        topic = Topic.objects.select_related("board").filter(pk=topic_id).first()
        return topic is not None and can_follow_topic(_fresh_user(self.user_id), topic)

    async def do_unsubscribe(self, data, context):
        topic_id = data["topic"]
        self.topics.discard(topic_id)
        await self._group_discard(events.topic_group(topic_id))
        await self.send_event("unsubscribed", topic=topic_id)
