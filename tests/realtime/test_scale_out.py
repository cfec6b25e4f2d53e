"""Real processes: two daphne servers sharing one Redis, and chat surviving a Redis outage.

Needs REDIS_URL and a PostgreSQL DATABASE_URL (the servers share the test database, which an
in-memory SQLite test database cannot do). Every process started here is stopped here. Each
test runs on both channel layers: pub/sub (the default) and core (still selectable).
"""

import asyncio
import os
import urllib.request

import pytest

from bench.ws_client import ConnectionClosed, HandshakeError, WSClient
from realtime.models import ChatMessage, ChatRoom
from tests.conftest import NEEDS_POSTGRES, NEEDS_REDIS
from tests.factories import MemberFactory
from tests.realtime.processes import RedisServer, daphne, database_url_from_settings, session_cookie_for

pytestmark = [NEEDS_POSTGRES, NEEDS_REDIS, pytest.mark.django_db(transaction=True)]
LAYERS = pytest.mark.parametrize("layer", ["pubsub", "core"])


def _server_env(**extra) -> dict[str, str]:
    return {
        "DATABASE_URL": database_url_from_settings(),
        "REDIS_URL": os.environ["REDIS_URL"],
        "DJANGO_DEBUG": "1",
        "DJANGO_LOG_LEVEL": "WARNING",
        **extra,
    }


async def _open(host: str, cookie: str) -> WSClient:
    client = await WSClient.connect(f"ws://{host}/ws/", cookie=cookie, origin=f"http://{host}")
    welcome = await client.recv_json(timeout=10)
    assert welcome["type"] == "welcome", welcome
    return client


async def _join(client: WSClient, room_id: int, **extra) -> tuple[dict, dict]:
    await client.send_json({"type": "join", "room": room_id, **extra})
    joined = await client.recv_type("joined", "error")
    assert joined["type"] == "joined", joined
    page = await client.recv_type("history", "catch_up")
    return joined, page


async def _presence_until(client: WSClient, count: int) -> dict:
    while True:
        event = await client.recv_type("presence", timeout=10)
        if event.get("members") is not None and event["count"] == count:
            return event


@LAYERS
def test_a_message_sent_through_one_process_reaches_a_member_on_another(settings, layer):
    room = ChatRoom.objects.create(name="Night room", slug="night-room")
    alice, bob = MemberFactory(username="alice_p1"), MemberFactory(username="bob_p2")
    alice_cookie, bob_cookie = session_cookie_for(alice), session_cookie_for(bob)

    async def scenario(first: str, second: str):
        a = await _open(first, alice_cookie)
        b = await _open(second, bob_cookie)
        try:
            await _join(a, room.pk)
            await _presence_until(a, 1)
            await _join(b, room.pk)
            seen_by_bob = await _presence_until(b, 2)
            seen_by_alice = await _presence_until(a, 2)
            await a.send_json({"type": "send", "room": room.pk, "client_id": "p1-1", "body": "Is anyone up?"})
            ack = await a.recv_type("ack")
            delivered = await b.recv_type("message.new")
            await b.send_json({"type": "send", "room": room.pk, "client_id": "p2-1", "body": "I am. Hello."})
            reply = await a.recv_type("message.new")
            while reply["message"]["author"]["name"] != "bob_p2":
                reply = await a.recv_type("message.new")
            await b.close()
            after_bob_left = await _presence_until(a, 1)
            return seen_by_bob, seen_by_alice, ack, delivered, reply, after_bob_left
        finally:
            await a.close()
            await b.close()

    with daphne(env=_server_env(HAVEN_CHANNEL_LAYER=layer)) as first, \
            daphne(env=_server_env(HAVEN_CHANNEL_LAYER=layer)) as second:
        seen_by_bob, seen_by_alice, ack, delivered, reply, after = asyncio.run(scenario(first, second))

    names = {m["name"] for m in seen_by_bob["members"]}
    assert names == {"alice_p1", "bob_p2"} and {m["name"] for m in seen_by_alice["members"]} == names
    assert delivered["message"]["id"] == ack["id"] and delivered["message"]["html"] == "<p>Is anyone up?</p>"
    assert reply["message"]["html"] == "<p>I am. Hello.</p>"
    assert [m["name"] for m in after["members"]] == ["alice_p1"]
    assert ChatMessage.objects.filter(room=room).count() == 2


@LAYERS
def test_chat_survives_a_redis_outage_without_a_restart_or_lost_messages(settings, layer):
    room = ChatRoom.objects.create(name="Outage room", slug="outage-room")
    alice, bob = MemberFactory(username="alice_out"), MemberFactory(username="bob_out")
    alice_cookie, bob_cookie = session_cookie_for(alice), session_cookie_for(bob)
    layer_redis = RedisServer()
    layer_redis.start()

    def http_get(host: str, path: str, cookie: str = "") -> tuple[int, str]:
        request = urllib.request.Request(f"http://{host}{path}", headers={"Cookie": cookie} if cookie else {})
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - localhost
            return response.status, response.read().decode()

    async def wait_for_error_state(host: str) -> str:
        """While the layer is down a new socket is refused or closed: the client shows "Reconnecting"."""
        try:
            client = await WSClient.connect(f"ws://{host}/ws/", cookie=alice_cookie, origin=f"http://{host}")
        except (HandshakeError, ConnectionError) as exc:
            return f"refused: {exc}"
        try:
            while True:
                event = await client.recv_json(timeout=15)
                if event["type"] == "error":
                    return f"error event: {event['code']}"
        except ConnectionClosed as exc:
            return f"closed: {exc.code}"
        finally:
            await client.close()

    async def reconnect(host: str, cookie: str, timeout: float = 30) -> WSClient:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        delay = 0.25
        while True:
            try:
                return await _open(host, cookie)
            except (TimeoutError, HandshakeError, ConnectionClosed, ConnectionError, AssertionError):
                if loop.time() > deadline:
                    raise
                await asyncio.sleep(delay)
                delay = min(delay * 2, 2)

    async def scenario(host: str):
        a = await _open(host, alice_cookie)
        await _join(a, room.pk)
        await a.send_json({"type": "send", "room": room.pk, "client_id": "before", "body": "before the outage"})
        before = await a.recv_type("ack")

        layer_redis.stop()
        try:
            while True:  # the open socket notices: the layer's read fails and the server closes it
                await a.recv_json(timeout=20)
        except ConnectionClosed as exc:
            dropped_with = exc.code
        status_home, _ = await asyncio.to_thread(http_get, host, "/chat/")
        status_room, room_page = await asyncio.to_thread(http_get, host, f"/chat/{room.slug}/", alice_cookie)
        error_state = await wait_for_error_state(host)

        layer_redis.start()
        a = await reconnect(host, alice_cookie)
        b = await reconnect(host, bob_cookie)
        _, caught_up = await _join(a, room.pk, after_id=0)
        await _join(b, room.pk)
        await a.send_json({"type": "send", "room": room.pk, "client_id": "after", "body": "after the outage"})
        after = await a.recv_type("ack")
        heard = await b.recv_type("message.new")
        await a.close()
        await b.close()
        return before, dropped_with, status_home, status_room, room_page, error_state, caught_up, after, heard

    try:
        with daphne(env=_server_env(DJANGO_SETTINGS_MODULE="tests.realtime.layer_settings",
                                    HAVEN_TEST_LAYER_REDIS_URL=layer_redis.url, HAVEN_CHANNEL_LAYER=layer)) as host:
            before, dropped_with, status_home, status_room, room_page, error_state, caught_up, after, heard = (
                asyncio.run(scenario(host))
            )
    finally:
        layer_redis.stop()

    assert dropped_with != 1000  # an abnormal close: the browser client reconnects with backoff
    assert status_home == 200 and status_room == 200 and "before the outage" in room_page
    assert error_state.startswith(("refused", "closed", "error event")), error_state
    assert [m["id"] for m in caught_up["messages"]] == [before["id"]]
    assert heard["message"]["id"] == after["id"]
    assert list(ChatMessage.objects.filter(room=room).order_by("id").values_list("source", flat=True)) == [
        "before the outage", "after the outage"]
