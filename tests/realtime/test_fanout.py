"""Fan-out cost: an event is encoded once at the sender and each socket only forwards it.

What a socket may hear is decided by the groups it is in (access changes move it out at once,
tests/realtime/test_live_permissions.py); nothing is checked, rendered or encoded per socket.
"""

import json

import channels.consumer
import pytest
from channels.layers import get_channel_layer

from live import events
from tests.factories import MemberFactory
from tests.realtime.conftest import Socket, run

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("immediate_on_commit")]


class _CountingJson:
    """Stands in for the json module in live.events: counts the encodings of each event type."""

    def __init__(self):
        self.encoded: list[str] = []

    def dumps(self, obj, **kwargs):
        self.encoded.append(obj.get("type"))
        return json.dumps(obj, **kwargs)

    loads = staticmethod(json.loads)


async def _room_of(room, members):
    sockets = [Socket(member) for member in members]
    for sock in sockets:
        await sock.open()
        await sock.join(room)
    return sockets


def test_a_room_message_is_encoded_once_for_every_socket_in_the_room(room, monkeypatch, settings):
    settings.HAVEN_CHAT_RATE = 0
    counting = _CountingJson()
    monkeypatch.setattr(events, "json", counting)
    members = [MemberFactory() for _ in range(4)]

    async def scenario():
        sockets = await _room_of(room, members)
        for sock in sockets:
            await sock.drain()
        counting.encoded.clear()
        await sockets[0].send(type="send", room=room.pk, client_id="once-1", body="One encoding, four sockets")
        heard = [await sock.receive_type("message.new") for sock in sockets]
        for sock in sockets:
            await sock.close()
        return heard

    heard = run(scenario)
    assert counting.encoded.count("message.new") == 1
    assert {event["message"]["client_id"] for event in heard} == {"once-1"}
    assert all(event["message"]["html"] == "<p>One encoding, four sockets</p>" for event in heard)


def test_the_socket_forwards_the_published_text_as_it_is(room, member):
    text = '{"type": "message.new",   "marker": "not re-encoded"}'

    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.join(room)
        await sock.drain()
        await get_channel_layer().group_send(events.room_group(room.pk), {"type": "haven.event", "text": text})
        received = await sock.comm.receive_from(timeout=5)
        await sock.close()
        return received

    assert run(scenario) == text


def test_deliveries_do_not_queue_for_channels_sync_thread(room, monkeypatch, settings):
    """Channels' dispatch runs close_old_connections on its one sync thread before every handler:
    one trip per socket per message. Haven's consumer dispatches without it."""
    settings.HAVEN_CHAT_RATE = 0
    trips = []

    async def counted():
        trips.append(1)

    monkeypatch.setattr(channels.consumer, "aclose_old_connections", counted)
    members = [MemberFactory() for _ in range(3)]

    async def scenario():
        sockets = await _room_of(room, members)
        for n in range(3):
            await sockets[n].send(type="send", room=room.pk, client_id=f"trip-{n}", body=f"message {n}")
            for sock in sockets:
                await sock.receive_type("message.new")
        for sock in sockets:
            await sock.close()

    run(scenario)
    assert trips == []


def test_the_envelope_carries_text_except_for_access_changes_which_are_never_forwarded():
    message = events.envelope("typing", {"room": 3, "user": {"id": 7, "name": "x"}}, not_to=7)
    assert message == {"type": "haven.event", "text": json.dumps({"type": "typing", "room": 3,
                                                                  "user": {"id": 7, "name": "x"}}), "not_to": 7}
    assert events.event_of(message)["user"]["id"] == 7
    control = events.envelope(events.ACCESS_CHANGED, {"reason": "sanction"})
    assert control == {"type": "haven.event", "event": {"type": events.ACCESS_CHANGED, "reason": "sanction"}}
    assert events.event_of(control)["reason"] == "sanction"
