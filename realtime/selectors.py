"""Reads for a viewer: rooms, messages, presence, and the JSON shape of a message."""

from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from accounts.permissions import can_moderate
from accounts.templatetags.haven_accounts import author as author_context
from forum.models import Topic
from realtime.models import ChatMessage, ChatRoom, Presence, RoomMembership
from realtime.permissions import can_follow_topic, can_view_message, check_view_room

PAGE_SIZE = 50
CATCH_UP_LIMIT = 200
# A socket that has not been heard from for this long no longer counts as present
# (clients send a ping every 25 seconds; a process that died leaves rows behind).
PRESENCE_STALE_SECONDS = 75


def presence_cutoff():
    return timezone.now() - timedelta(seconds=PRESENCE_STALE_SECONDS)


def _signed_in(viewer) -> bool:
    return bool(getattr(viewer, "is_authenticated", False))


def rooms_for(viewer) -> list[ChatRoom]:
    """Rooms the viewer may see, each with `present_count` and (for members) `unread_count`, in one query."""
    rooms = ChatRoom.objects.all()
    if not can_moderate(viewer):
        rooms = rooms.exclude(kind=ChatRoom.MODERATORS)
    present = (
        Presence.objects.filter(room=OuterRef("pk"), last_seen__gte=presence_cutoff())
        .order_by()
        .values("room")
        .annotate(n=Count("user", distinct=True))
        .values("n")
    )
    rooms = rooms.annotate(present_count=Coalesce(Subquery(present, output_field=IntegerField()), Value(0)))
    if _signed_in(viewer):
        last_read = RoomMembership.objects.filter(room=OuterRef("pk"), user=viewer).values("last_read_id")[:1]
        unread = (
            ChatMessage.objects.filter(
                room=OuterRef("pk"), id__gt=OuterRef("last_read"), is_approved=True, is_hidden=False, is_removed=False
            )
            .exclude(author=viewer)
            .order_by()
            .values("room")
            .annotate(n=Count("id"))
            .values("n")
        )
        rooms = rooms.annotate(last_read=Subquery(last_read)).annotate(
            unread_count=Coalesce(Subquery(unread, output_field=IntegerField()), Value(0))
        )
    return list(rooms)


def message_permalink_url(*, viewer, message_id: int) -> str:
    """The room page (and anchor) showing the message; Http404 if it is missing or hidden from viewer."""
    message = get_object_or_404(ChatMessage.objects.select_related("room"), pk=message_id)
    if not can_view_message(viewer, message):
        raise Http404("No such message.")
    newer = ChatMessage.objects.filter(room=message.room, id__gt=message.pk).count()
    url = message.room.get_absolute_url()
    if newer >= PAGE_SIZE:
        url += f"?before={message.pk + 1}"
    return f"{url}#msg-{message.pk}"


def room_for_viewer(*, viewer, slug: str) -> ChatRoom:
    """The room, or 404; raises PermissionDenied for visitors who are not signed in."""
    room = get_object_or_404(ChatRoom, slug=slug)
    check_view_room(viewer, room)
    return room


def _visible_messages(*, viewer, room: ChatRoom) -> QuerySet[ChatMessage]:
    qs = ChatMessage.objects.filter(room=room).select_related("author", "room").prefetch_related("author__groups")
    if not can_moderate(viewer):
        qs = qs.filter(Q(is_approved=True) | Q(author=viewer))
    return qs


def room_messages(
    *, viewer, room: ChatRoom, before_id: int | None = None, limit: int = PAGE_SIZE
) -> tuple[list[ChatMessage], bool]:
    """The latest `limit` messages (older than before_id if given), oldest first, and whether there are more."""
    qs = _visible_messages(viewer=viewer, room=room)
    if before_id is not None:
        qs = qs.filter(id__lt=before_id)
    page = list(qs.order_by("-id")[: limit + 1])
    has_more = len(page) > limit
    return list(reversed(page[:limit])), has_more


def messages_after(
    *, viewer, room: ChatRoom, after_id: int, limit: int = CATCH_UP_LIMIT
) -> tuple[list[ChatMessage], bool]:
    """Messages after after_id, oldest first, and whether more follow (ask again from the last id)."""
    qs = _visible_messages(viewer=viewer, room=room).filter(id__gt=after_id).order_by("id")
    page = list(qs[: limit + 1])
    return page[:limit], len(page) > limit


def latest_message_id(room: ChatRoom) -> int:
    return ChatMessage.objects.filter(room=room).order_by("-id").values_list("id", flat=True).first() or 0


def present_members(room: ChatRoom) -> list[dict[str, Any]]:
    """Members with a live socket in the room, by name."""
    rows = (
        Presence.objects.filter(room=room, last_seen__gte=presence_cutoff())
        .values_list("user_id", "user__username")
        .distinct()
        .order_by("user__username")
    )
    return [{"id": user_id, "name": name} for user_id, name in rows]


def presence_payload(room: ChatRoom) -> dict[str, Any]:
    members = present_members(room)
    return {"room": room.pk, "count": len(members), "members": members[:200]}


def author_html(user) -> str:
    return render_to_string("partials/author.html", author_context(user))


def flag_url(message: ChatMessage) -> str | None:
    try:
        return reverse("moderation:flag", args=["chat", message.pk])
    except NoReverseMatch:
        return None


def message_payloads(messages: list[ChatMessage]) -> list[dict[str, Any]]:
    """Payloads for a page of messages, rendering each author's name and badges once."""
    rendered: dict[int, str] = {}
    out = []
    for message in messages:
        if message.author_id not in rendered:
            rendered[message.author_id] = author_html(message.author)
        out.append(message_payload(message, author_markup=rendered[message.author_id]))
    return out


def message_payload(message: ChatMessage, *, author_markup: str | None = None) -> dict[str, Any]:
    """The JSON shape of a message sent over the socket (same for every viewer)."""
    shown = message.state in ("visible", "held")
    if author_markup is None:
        author_markup = author_html(message.author)
    return {
        "id": message.pk,
        "room": message.room_id,
        "author": {"id": message.author_id, "name": message.author.username, "html": author_markup},
        "html": message.html if shown else "",
        "source": message.source if shown else "",
        "state": message.state,
        "created_at": message.created_at.isoformat(),
        "edited_at": message.edited_at.isoformat() if message.edited_at else None,
        "editable_until": message.editable_until().isoformat(),
        "client_id": message.client_id,
        "flag_url": flag_url(message),
    }


# --- Reads for the websocket consumer -----------------------------------------------------


# The connection's two-step answer, marked on scope["user"] once per connection by accounts'
# websocket middleware (accounts.permissions: staff powers need the role AND this mark).
TWO_STEP_MARK = "two_step_verified"


def fresh_user(user_id: int, *, like=None):
    """The member re-read for every socket action: sanctions and roles may have changed since
    connecting. The session's two-step mark is carried over from `like` (the scope's user)."""
    user = get_user_model().objects.get(pk=user_id)
    if like is not None and hasattr(like, TWO_STEP_MARK):
        setattr(user, TWO_STEP_MARK, getattr(like, TWO_STEP_MARK))
    return user


def viewable_room(*, viewer, room_id: int) -> ChatRoom:
    """The room by id; DoesNotExist, Http404 (moderators' room for members) or PermissionDenied."""
    room = ChatRoom.objects.get(pk=room_id)
    check_view_room(viewer, room)
    return room


def room_by_id(room_id: int) -> ChatRoom:
    return ChatRoom.objects.get(pk=room_id)


def rooms_by_ids(room_ids) -> list[ChatRoom]:
    return list(ChatRoom.objects.filter(pk__in=list(room_ids)))


def message_by_id(message_id: int) -> ChatMessage:
    return ChatMessage.objects.select_related("room", "author").get(pk=message_id)


def room_counts(viewer) -> list[dict[str, int]]:
    return [{"room": r.pk, "count": r.present_count} for r in rooms_for(viewer)]


def history_page(*, viewer, room: ChatRoom, before_id: int | None) -> dict[str, Any]:
    messages, has_more = room_messages(viewer=viewer, room=room, before_id=before_id)
    return {"type": "history", "room": room.pk, "before_id": before_id,
            "messages": message_payloads(messages), "has_more": has_more}


def catch_up_page(*, viewer, room: ChatRoom, after_id: int) -> dict[str, Any]:
    messages, has_more = messages_after(viewer=viewer, room=room, after_id=after_id)
    return {"type": "catch_up", "room": room.pk, "after_id": after_id,
            "messages": message_payloads(messages), "has_more": has_more}


def may_follow_topic(*, viewer, topic_id: int) -> bool:
    topic = Topic.objects.select_related("board").filter(pk=topic_id).first()
    return topic is not None and can_follow_topic(viewer, topic)
