"""What an outside client finds when it pushes the protocol: blank messages, long characters,
many sockets, stray characters, foreign origins, and a document that matches the server."""

import ast
import json
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser

from realtime.models import ChatMessage
from tests.factories import MemberFactory
from tests.realtime.conftest import Socket, run

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("immediate_on_commit")]

ROOT = Path(__file__).resolve().parents[2]
REALTIME_MODULES = ["consumers.py", "connection.py", "handlers.py", "frames.py", "forms.py"]


async def send_and_answer(sock, room, body, client_id="c1"):
    await sock.send(type="send", room=room.pk, client_id=client_id, body=body)
    return await sock.receive_type("ack", "error")


@pytest.mark.parametrize(
    "body",
    [
        '<img src="x" onerror="alert(1)">',
        "<script>alert(1)</script>",
        "![](https://tracker.example/pixel.png)",
        "[](https://example.org/)",
        "&nbsp;",
        "\u2060\u3164",
        "<style>p{}</style>",
    ],
)
def test_a_message_that_sanitises_to_nothing_is_refused_as_invalid(room, member, body):
    """Finding 3: these were stored and broadcast as empty messages."""

    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.join(room)
        return await send_and_answer(sock, room, body)

    answer = run(scenario)
    assert answer["type"] == "error" and answer["code"] == "invalid", answer
    assert "no words" in answer["message"]
    assert not ChatMessage.objects.exists()


@pytest.mark.parametrize("ensure_ascii", [False, True], ids=["raw-utf8", "json-escaped"])
def test_two_thousand_emoji_fit_in_one_message(room, member, ensure_ascii, settings):
    """Finding 4: the 4 KB frame limit refused about 1,000 emoji although 2,000 characters were promised."""
    body = "\U0001f600" * 2000

    async def scenario():
        sock = Socket(member)
        welcome = await sock.open()
        await sock.join(room)
        frame = json.dumps({"type": "send", "room": room.pk, "client_id": "emoji", "body": body},
                           ensure_ascii=ensure_ascii)
        assert len(frame.encode()) <= welcome["limits"]["frame_bytes"]
        await sock.send_text(frame)
        return await sock.receive_type("ack", "error")

    answer = run(scenario)
    assert answer["type"] == "ack", answer
    assert ChatMessage.objects.get().source == body


def test_one_character_over_the_limit_is_too_long_not_too_large(room, member):
    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.join(room)
        await sock.send_text(json.dumps({"type": "send", "room": room.pk, "client_id": "a", "body": "\u4e2d" * 2001}))
        return await sock.receive_type("error")

    assert run(scenario)["code"] == "too_long"


def test_a_member_may_hold_ten_sockets_and_the_eleventh_is_refused_with_4409(member):
    """Finding 5: one member opened 200 sockets in 1.8 s and all were accepted."""
    other = MemberFactory()

    async def scenario():
        socks = [Socket(member) for _ in range(10)]
        welcomes = [await sock.open() for sock in socks]
        extra = Socket(member)
        connected, _ = await extra.comm.connect()
        refused = await extra.receive()
        closed = await extra.comm.receive_output()
        socks.append(Socket(other))
        someone_else = await socks[-1].open()
        await socks[0].close()
        socks.append(Socket(member))
        again = await socks[-1].open()
        return welcomes[0], connected, refused, closed, someone_else, again

    welcome, connected, refused, closed, someone_else, again = run(scenario)
    assert welcome["limits"]["sockets"] == 10
    assert connected and refused["code"] == "too_many_connections" and closed["code"] == 4409
    assert someone_else["type"] == "welcome", "the cap is per member"
    assert again["type"] == "welcome", "closing a socket frees its place"


def test_the_socket_cap_is_configurable(member, settings):
    settings.HAVEN_CHAT_MAX_SOCKETS = 2

    async def scenario():
        socks = [Socket(member), Socket(member), Socket(member)]
        await socks[0].open()
        await socks[1].open()
        await socks[2].comm.connect()
        return await socks[2].receive()

    assert run(scenario)["code"] == "too_many_connections"


def test_nul_characters_are_refused_and_other_control_characters_are_stripped(room, member):
    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.join(room)
        nul = await send_and_answer(sock, room, "hello\x00there", client_id="nul")
        bell = await send_and_answer(sock, room, "hello\x07there\u202e", client_id="bell")
        return nul, bell

    nul, bell = run(scenario)
    assert nul["type"] == "error" and nul["code"] == "invalid"
    assert bell["type"] == "ack" and ChatMessage.objects.get().source == "hellothere"


def test_half_an_emoji_is_refused_instead_of_failing_to_store(room, member):
    async def scenario():
        sock = Socket(member)
        await sock.open()
        await sock.join(room)
        await sock.send_text('{"type": "send", "room": ROOM, "client_id": "s", "body": "a\\ud83d"}'.replace(
            "ROOM", str(room.pk)))
        return await sock.receive_type("ack", "error")

    answer = run(scenario)
    assert answer["code"] == "invalid" and not ChatMessage.objects.exists()


@pytest.mark.parametrize("origin", [None, b"null", b"http://evil.example", b"http://testserver.evil.example"])
def test_handshakes_without_an_allowed_origin_are_refused(client, member, origin):
    from channels.testing import WebsocketCommunicator

    from config.asgi import application

    client.force_login(member)
    headers = [(b"host", b"testserver"), (b"cookie", f"sessionid={client.cookies['sessionid'].value}".encode())]
    if origin is not None:
        headers.append((b"origin", origin))

    async def scenario():
        comm = WebsocketCommunicator(application, "/ws/", headers=headers)
        connected, _ = await comm.connect()
        return connected

    assert run(scenario) is False


def test_signed_out_sockets_are_refused_even_in_bulk():
    async def scenario():
        codes = []
        for _ in range(20):
            sock = Socket(AnonymousUser())
            await sock.comm.connect()
            await sock.receive()
            codes.append((await sock.comm.receive_output())["code"])
        return codes

    assert run(scenario) == [4401] * 20


# --- the document matches the server ----------------------------------------------------


def _codes_the_server_sends() -> set[str]:
    codes: set[str] = set()
    senders = {"refuse", "refuse_and_close", "_end", "FrameRefused"}
    for name in REALTIME_MODULES:
        tree = ast.parse((ROOT / "realtime" / name).read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if func in senders and node.args and isinstance(node.args[0], ast.Constant):
                    codes.add(node.args[0].value)
                for keyword in node.keywords:
                    if keyword.arg == "code" and isinstance(keyword.value, ast.Constant):
                        if isinstance(keyword.value.value, str):
                            codes.add(keyword.value.value)
            if isinstance(node, ast.FunctionDef) and node.name == "error_code_for":
                codes |= {n.value.value for n in ast.walk(node) if isinstance(n, ast.Return)}
    return codes


def test_every_error_code_the_server_can_send_is_in_the_protocol_document():
    document = (ROOT / "docs" / "realtime.md").read_text()
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", document, re.M))
    codes = _codes_the_server_sends()
    assert {"bad_json", "too_many_errors", "too_many_connections", "invalid", "server_error"} <= codes
    assert codes - documented == set()


def test_every_close_code_the_server_uses_is_in_the_protocol_document():
    from realtime import connection

    document = (ROOT / "docs" / "realtime.md").read_text()
    close_codes = {value for name, value in vars(connection).items() if name.startswith("CLOSE_")}
    assert {4401, 4403, 4409, 4429} <= close_codes
    assert {code for code in close_codes if f"| {code} |" not in document} == set()
