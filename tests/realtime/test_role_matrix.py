"""The websocket role matrix: every kind of account × every inbound message type and group.

Each role connects (scope user as channels' AuthMiddlewareStack and accounts' two-step scope
middleware leave it), then tries every client message type; the outcome of each, and the
channel-layer groups the socket ends up in, are compared with one expectation table.
"""

import pytest
from channels.layers import get_channel_layer
from django.contrib.auth.models import AnonymousUser

from accounts.models import Sanction
from forum import services as forum_services
from realtime.models import ChatRoom
from realtime.services import send_chat_message
from tests.factories import BoardFactory, MemberFactory, NewMemberFactory
from tests.realtime.conftest import Socket, make_room, run

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("immediate_on_commit")]

TWO_STEP_MARK = "two_step_verified"
STAFF_WITH_POWER = {"moderator_with_two_step", "admin"}


# role -> (factory, roles granted, this session passed two-step, sanction)
ROLES = {
    "anonymous": (None, [], False, None),
    "new_member": (NewMemberFactory, [], False, None),
    "member": (MemberFactory, [], False, None),
    "muted": (MemberFactory, [], False, Sanction.MUTE),
    "suspended": (MemberFactory, [], False, Sanction.SUSPEND),
    "banned": (MemberFactory, [], False, Sanction.BAN),
    "moderator_without_two_step": (MemberFactory, ["moderator"], False, None),
    "moderator_with_two_step": (MemberFactory, ["moderator"], True, None),
    "clinician": (MemberFactory, ["clinician"], True, None),
    "admin": (MemberFactory, ["admin"], True, None),
}


def make_role(role: str, room: ChatRoom):
    """The scope user for role, and the id of a chat message they wrote (before any sanction)."""
    factory, roles, two_step, sanction = ROLES[role]
    if factory is None:
        return AnonymousUser(), 0
    user = factory(roles=roles)
    message_id = send_chat_message(user, room=room, body="mine", client_id="own").pk
    if sanction is not None:
        Sanction.objects.create(user=user, kind=sanction, reason="Matrix", created_by=MemberFactory())
    setattr(user, TWO_STEP_MARK, two_step)
    return user, message_id


REFUSED_AT_CONNECT = {"anonymous": 4401, "suspended": 4403, "banned": 4403}


def expected(role: str) -> dict:
    staff = role in STAFF_WITH_POWER
    writes = "forbidden" if role == "muted" else "ack"
    return {
        "ping": "pong", "watch_rooms": "rooms", "join": "joined", "history": "history", "catch_up": "catch_up",
        "send": writes, "edit": writes, "delete": writes, "read": "nothing", "typing_heard": role != "muted",
        "can_post": role != "muted", "subscribe": "subscribed", "unsubscribe": "unsubscribed", "leave": "left",
        "join_moderators_room": "joined" if staff else "not_found",
        "moderators_room_in_list": staff, "welcome_moderator": staff,
        "groups": {"user", "room", "topic"} | ({"moderators", "moderators_room"} if staff else set()),
    }


def _groups_of(channel: str, user_id: int, room: ChatRoom, mods_room: ChatRoom, topic_id: int) -> set[str]:
    names = {f"user.{user_id}": "user", f"room.{room.pk}": "room", f"room.{mods_room.pk}": "moderators_room",
             f"topic.{topic_id}": "topic", "moderators": "moderators"}
    return {label for group, label in names.items() if channel in get_channel_layer().groups.get(group, {})}


async def _try(sock, frame: dict, *answers: str) -> str:
    await sock.send(**frame)
    reply = await sock.receive_type(*answers, "error")
    return reply["code"] if reply["type"] == "error" else reply["type"]


async def _walk(sock, watcher, room, mods_room, topic, own_message_id, user_id) -> dict:
    out = {"ping": await _try(sock, {"type": "ping"}, "pong")}
    await sock.send(type="watch_rooms")
    rooms = await sock.receive_type("rooms")
    out["watch_rooms"], out["moderators_room_in_list"] = "rooms", mods_room.pk in {r["room"] for r in rooms["rooms"]}
    await sock.send(type="join", room=room.pk)
    joined = await sock.receive_type("joined", "error")
    out["join"], out["can_post"] = joined["type"], joined.get("can_post")
    await sock.receive_type("history")
    out["join_moderators_room"] = await _try(sock, {"type": "join", "room": mods_room.pk}, "joined")
    out["history"] = await _try(sock, {"type": "history", "room": room.pk}, "history")
    out["catch_up"] = await _try(sock, {"type": "catch_up", "room": room.pk, "after_id": 0}, "catch_up")
    out["send"] = await _try(sock, {"type": "send", "room": room.pk, "client_id": "m1", "body": "hello"}, "ack")
    out["edit"] = await _try(sock, {"type": "edit", "id": own_message_id, "body": "edited"}, "ack")
    out["delete"] = await _try(sock, {"type": "delete", "id": own_message_id}, "ack")
    await watcher.drain()
    await sock.send(type="typing", room=room.pk)
    out["typing_heard"] = not await watcher.nothing(timeout=0.3)
    await sock.send(type="read", room=room.pk, last_id=0)
    await sock.send(type="ping")  # read has no reply: the next reply is the pong, not an error
    out["read"] = "nothing" if (await sock.receive_type("pong", "error"))["type"] == "pong" else "error"
    out["subscribe"] = await _try(sock, {"type": "subscribe", "topic": topic.pk}, "subscribed")
    out["groups"] = _groups_of(sock_channel(sock), user_id, room, mods_room, topic.pk)
    out["unsubscribe"] = await _try(sock, {"type": "unsubscribe", "topic": topic.pk}, "unsubscribed")
    out["leave"] = await _try(sock, {"type": "leave", "room": room.pk}, "left")
    return out


def sock_channel(sock) -> str:
    layer = get_channel_layer()
    return next(channel for channel in layer.groups[f"user.{sock.user.pk}"])


@pytest.mark.parametrize("role", list(ROLES))
def test_each_role_gets_exactly_its_rights_on_the_websocket(role):
    room, mods_room = make_room(), make_room(kind=ChatRoom.MODERATORS)
    topic = forum_services.create_topic(MemberFactory(), board=BoardFactory(is_public=False), title="Matrix topic",
                                        body="A members-only topic.")
    user, own_message_id = make_role(role, room)
    watcher_user = MemberFactory()

    async def scenario():
        sock = Socket(user)
        if role in REFUSED_AT_CONNECT:
            connected, _ = await sock.comm.connect()
            error = await sock.receive()
            closed = await sock.comm.receive_output()
            return {"connected": connected, "error": error["code"], "close": closed["code"]}
        watcher = Socket(watcher_user)
        await watcher.open()
        await watcher.join(room)
        welcome = await sock.open()
        out = await _walk(sock, watcher, room, mods_room, topic, own_message_id, user.pk)
        out["welcome_moderator"] = welcome["moderator"]
        return out

    outcome = run(scenario)
    if role in REFUSED_AT_CONNECT:
        assert outcome["close"] == REFUSED_AT_CONNECT[role]
        return
    want = expected(role)
    assert {k: outcome.get(k) for k in want} == want
