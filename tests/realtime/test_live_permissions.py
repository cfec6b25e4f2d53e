"""Open sockets lose rights the moment they are taken away (issue 12, finding 5)."""

import time

import pytest
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator
from django.test import Client

from accounts.services import revoke_role
from moderation.services.members import lift_sanction, mute_member, suspend_member
from realtime.handlers import db
from realtime.models import Presence
from tests.factories import DEFAULT_PASSWORD, MemberFactory
from tests.realtime.conftest import Socket, run

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("immediate_on_commit")]


def in_group(group: str) -> set[str]:
    return set(get_channel_layer().groups.get(group, {}))


async def closed_with(sock):
    error = await sock.receive_type("error")
    while (output := await sock.comm.receive_output(timeout=2))["type"] != "websocket.close":
        pass
    return error["code"], output["code"]


def test_a_revoked_moderator_leaves_the_moderators_group_and_room_within_two_seconds(moderators_room, moderator):
    async def scenario():
        sock = Socket(moderator)
        assert (await sock.open())["moderator"] is True
        await sock.join(moderators_room)
        before = in_group("moderators")
        started = time.monotonic()
        await db(revoke_role)(moderator, role="moderator")
        codes = await closed_with(sock)
        elapsed = time.monotonic() - started
        after = in_group("moderators")
        again = Socket(moderator)
        welcome = await again.open()
        await again.send(type="join", room=moderators_room.pk)
        refused = await again.receive_type("error")
        return before, codes, elapsed, after, welcome, refused

    before, codes, elapsed, after, welcome, refused = run(scenario)
    assert len(before) == 1 and after == set()
    assert codes == ("permissions_changed", 4205)
    assert elapsed < 2
    assert welcome["moderator"] is False and refused["code"] == "not_found"
    assert not Presence.objects.filter(room=moderators_room).exists()


def test_a_suspension_closes_the_members_sockets_and_clears_their_presence(room, member, moderator):
    async def scenario():
        socks = [Socket(member), Socket(member)]
        for sock in socks:
            await sock.open()
            await sock.join(room)
        started = time.monotonic()
        await db(suspend_member)(member, by=moderator, reason="Cooling off", duration=None)
        codes = [await closed_with(sock) for sock in socks]
        return codes, time.monotonic() - started

    codes, elapsed = run(scenario)
    assert codes == [("account_blocked", 4403)] * 2
    assert elapsed < 2
    assert not Presence.objects.filter(user=member).exists()


def test_a_muted_member_is_reconnected_read_only_and_their_typing_reaches_nobody(room, member, moderator):
    other = MemberFactory()

    async def scenario():
        sock, watcher = Socket(member), Socket(other)
        await sock.open()
        await watcher.open()
        await sock.join(room)
        await watcher.join(room)
        sanction = await db(mute_member)(member, by=moderator, reason="Heated thread", duration=None)
        codes = await closed_with(sock)
        again = Socket(member)
        await again.open()
        joined, _ = await again.join(room)
        await watcher.drain()
        await again.send(type="typing", room=room.pk)
        await again.send(type="send", room=room.pk, client_id="m1", body="hello")
        refused = await again.receive_type("error")
        typing_seen = not await watcher.nothing(timeout=0.3)
        await db(lift_sanction)(sanction, by=moderator)
        lifted = await closed_with(again)
        return codes, joined, refused, typing_seen, lifted

    codes, joined, refused, typing_seen, lifted = run(scenario)
    assert codes == ("permissions_changed", 4205)
    assert joined["can_post"] is False and "muted" in joined["reason"]
    assert refused["code"] == "forbidden"
    assert typing_seen is False
    assert lifted == ("permissions_changed", 4205)


def test_a_warning_changes_nothing_on_open_sockets(room, member, moderator):
    from moderation.services.members import warn_member

    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.join(room)
        await db(warn_member)(member, by=moderator, reason="Please keep it kind")
        await sock.drain()
        await sock.send(type="ping")
        return await sock.receive_type("pong")

    assert run(scenario) == {"type": "pong"}


def _browser(member) -> Client:
    client = Client()
    client.force_login(member)
    return client


def _socket_for(client: Client) -> WebsocketCommunicator:
    from config.asgi import application

    cookie = f"sessionid={client.cookies['sessionid'].value}".encode()
    return WebsocketCommunicator(
        application, "/ws/", headers=[(b"origin", b"http://testserver"), (b"host", b"testserver"), (b"cookie", cookie)]
    )


async def _opened(comm):
    connected, _ = await comm.connect()
    assert connected
    assert (await comm.receive_json_from())["type"] == "welcome"
    return comm


async def _close_code(comm):
    frames = []
    while (output := await comm.receive_output(timeout=2))["type"] != "websocket.close":
        frames.append(output)
    return output["code"]


def test_signing_out_closes_that_sessions_sockets_only(member):
    laptop, phone = _browser(member), _browser(member)

    async def scenario():
        on_laptop = await _opened(_socket_for(laptop))
        on_phone = await _opened(_socket_for(phone))
        await db(laptop.post)("/account/logout/")
        laptop_code = await _close_code(on_laptop)
        phone_still_open = await on_phone.receive_nothing(timeout=0.3)
        await on_phone.send_json_to({"type": "ping"})
        pong = await on_phone.receive_json_from()
        return laptop_code, phone_still_open, pong

    laptop_code, phone_still_open, pong = run(scenario)
    assert laptop_code == 4401
    assert phone_still_open and pong == {"type": "pong"}


def test_changing_the_password_signs_out_the_other_sessions_sockets(member):
    laptop, phone = _browser(member), _browser(member)

    async def scenario():
        on_laptop = await _opened(_socket_for(laptop))
        on_phone = await _opened(_socket_for(phone))
        response = await db(laptop.post)("/account/password/change/", {
            "oldpassword": DEFAULT_PASSWORD, "password1": "another-long-passphrase-9",
            "password2": "another-long-passphrase-9"})
        assert response.status_code == 302
        codes = [await _close_code(on_laptop), await _close_code(on_phone)]
        laptop_again = _socket_for(laptop)
        welcome = (await laptop_again.connect())[0] and await laptop_again.receive_json_from()
        phone_again = _socket_for(phone)
        await phone_again.connect()
        refused = await phone_again.receive_json_from()
        return codes, welcome, refused, await _close_code(phone_again)

    codes, welcome, refused, phone_code = run(scenario)
    assert codes == [4205, 4205]
    assert welcome["type"] == "welcome", "the session that changed the password reconnects"
    assert refused["code"] == "not_signed_in" and phone_code == 4401
