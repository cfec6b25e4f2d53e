"""No ghosts: presence and channel-layer groups are gone after every way a socket can end."""

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from channels.layers import get_channel_layer
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator

from realtime.handlers import db
from realtime.models import Presence
from realtime.routing import websocket_urlpatterns
from tests.factories import MemberFactory
from tests.realtime.conftest import Socket, run

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("immediate_on_commit")]

ROOT = Path(__file__).resolve().parents[2]


def daphne_like(app):
    """Like daphne: once the app has sent a close, any further send raises (autobahn's
    "Attempt to send on a closed protocol") until the client's disconnect arrives."""

    async def wrapped(scope, receive, send):
        closed = False

        async def guarded_send(message):
            nonlocal closed
            if closed:
                raise RuntimeError("Attempt to send on a closed protocol")
            if message["type"] == "websocket.close":
                closed = True
            await send(message)

        await app(scope, receive, guarded_send)

    return wrapped


class DaphneSocket(Socket):
    def __init__(self, user):
        self.user = user
        self.comm = WebsocketCommunicator(daphne_like(URLRouter(websocket_urlpatterns)), "/ws/")
        self.comm.scope["user"] = user


def groups_holding(channel_name: str) -> list[str]:
    layer = get_channel_layer()
    return sorted(group for group, channels in layer.groups.items() if channel_name in channels)


def present(room) -> int:
    return Presence.objects.filter(room=room).count()


async def joined_socket(user, room, socket_class=Socket):
    sock = socket_class(user)
    await sock.open()
    await sock.join(room)
    channel = await db(lambda: Presence.objects.get(user=user, room=room).channel_name)()
    assert groups_holding(channel) == [f"room.{room.pk}", f"user.{user.pk}"]
    return sock, channel


def test_a_normal_close_leaves_no_presence_and_no_groups(room, member):
    async def scenario():
        sock, channel = await joined_socket(member, room)
        await sock.close()
        return channel

    channel = run(scenario)
    assert present(room) == 0
    assert groups_holding(channel) == []


def test_a_socket_the_scenario_leaves_open_is_torn_down_on_the_tests_thread(room, member):
    """`run` cancels what the scenario left open, as daphne does on shutdown. The teardown used
    to run later, on asgiref's shared thread with a database connection of its own that never
    closed (the test database could not be dropped after a PostgreSQL run) and that could not
    see this test's rows, so the presence stayed."""

    async def scenario():
        _, channel = await joined_socket(member, room)
        return channel

    channel = run(scenario)
    assert present(room) == 0
    assert groups_holding(channel) == []


def test_frames_still_in_flight_after_a_4429_close_leave_no_ghost(room, member):
    """Finding 1: the error reply to a frame that arrived after the close used to raise
    "Attempt to send on a closed protocol", kill the consumer and skip its disconnect."""

    async def scenario():
        sock, channel = await joined_socket(member, room, DaphneSocket)
        for _ in range(30):
            await sock.send_text("nonsense")
        while (output := await sock.comm.receive_output(timeout=5))["type"] != "websocket.close":
            pass
        await asyncio.sleep(0.1)
        alive = not sock.comm.future.done()
        return output, channel, alive

    output, channel, alive = run(scenario)
    assert output["code"] == 4429
    assert alive, "the consumer died from a send after close"
    assert present(room) == 0
    assert groups_holding(channel) == []


def test_a_server_shutdown_cancelling_the_socket_removes_its_presence(room, member):
    """daphne cancels every application on shutdown; the teardown still runs."""

    async def scenario():
        sock, channel = await joined_socket(member, room)
        sock.comm.future.cancel()
        with pytest.raises(asyncio.CancelledError):
            await sock.comm.future
        return channel

    channel = run(scenario)
    assert present(room) == 0
    assert groups_holding(channel) == []


def test_an_exception_escaping_the_consumer_still_removes_presence_and_groups(room, member, monkeypatch):
    def broken(text_data):
        raise RuntimeError("a bug")

    async def scenario():
        sock, channel = await joined_socket(member, room)
        monkeypatch.setattr("realtime.consumers.parse_frame", broken)
        await sock.send(type="ping")
        with pytest.raises(RuntimeError, match="a bug"):
            for _ in range(10):  # a presence update from the join may come first
                await sock.comm.receive_output(timeout=5)
        return channel

    channel = run(scenario)
    assert present(room) == 0
    assert groups_holding(channel) == []


def test_a_server_close_for_a_sanction_removes_presence_at_once(room, member, moderator):
    from accounts.models import Sanction
    from live import events

    async def scenario():
        sock, channel = await joined_socket(member, room)
        await db(Sanction.objects.create)(
            user=member, kind=Sanction.SUSPEND, reason="Cooling off", created_by=moderator
        )
        await get_channel_layer().group_send(
            events.user_group(member.pk), {"type": "haven.event", "event": {"type": events.ACCESS_CHANGED,
                                                                          "reason": "sanction"}}
        )
        error = await sock.receive_type("error")
        closed = await sock.comm.receive_output(timeout=5)
        return error, closed, channel

    error, closed, channel = run(scenario)
    assert error["code"] == "account_blocked" and closed["code"] == 4403
    assert present(room) == 0
    assert groups_holding(channel) == []


def test_reconnect_churn_leaves_exactly_the_sockets_still_open(room):
    members = [MemberFactory() for _ in range(3)]

    async def scenario():
        for _ in range(10):
            for user in members:
                sock, _ = await joined_socket(user, room)
                await sock.close()
        last, channel = await joined_socket(members[0], room)
        present_users = await db(lambda: list(Presence.objects.filter(room=room).values_list("user", flat=True)))()
        in_group = set(get_channel_layer().groups[f"room.{room.pk}"])
        await last.close()
        return channel, present_users, in_group

    channel, present_users, in_group = run(scenario)
    assert present_users == [members[0].pk]
    assert in_group == {channel}
    assert present(room) == 0


def test_a_sqlite_database_url_gets_the_lock_timeout_and_immediate_transactions(tmp_path):
    """Finding 2: a sqlite:/// DATABASE_URL had neither, and two closes at once failed with
    "database is locked" in leave_all_rooms."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'haven.sqlite3'}"
    code = "import json; from config import settings; print(json.dumps(settings.DATABASES['default']['OPTIONS']))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    options = json.loads(result.stdout.strip().splitlines()[-1])
    assert options["timeout"] == 20 and options["transaction_mode"] == "IMMEDIATE"


def test_a_socket_told_that_the_layer_lost_redis_closes_with_4503_and_leaves_no_ghost(room, member):
    """realtime/layers.py sends haven.layer_lost to every socket when the pub/sub layer loses Redis."""

    async def scenario():
        sock, channel = await joined_socket(member, room)
        await get_channel_layer().send(channel, {"type": "haven.layer_lost"})
        while (output := await sock.comm.receive_output(timeout=5))["type"] != "websocket.close":
            pass
        return output, channel

    output, channel = run(scenario)
    assert output["code"] == 4503
    assert present(room) == 0
    assert groups_holding(channel) == []
